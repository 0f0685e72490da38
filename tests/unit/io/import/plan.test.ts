// The import's preview and its application: new figures, revisions the user takes or keeps,
// proposed metrics accepted or declined, another region's file replacing the notebook's data.
import { describe, expect, it } from 'vitest';
import type { ImportReading } from '../../../../src/engine/io/import/reading.ts';
import { applyImport, previewImport, proposedAsOwn, type PlanInput } from '../../../../src/engine/io/import/plan.ts';
import { hanoi } from '../../../support/hanoi.ts';

const AT = '2026-12-02T07:00:00.000Z';
const scenario = hanoi.newScenario({}, new Date(AT));
const data = hanoi.scenarioData(scenario);
if (!data.ok) throw new Error('embedded data');
const place = (cell: string) => ({ sheet: 'Số liệu', cell: `'Số liệu'!${cell}` });

function reading(over: Partial<ImportReading>): ImportReading {
  return { fileName: 'bao-cao.xlsx', format: 'xlsx', sheets: [], figures: [], targets: [], newMetrics: [], definedMetrics: [], problems: [], ...over };
}
const input = (r: ImportReading): PlanInput => ({ reading: r, dataset: data.value, metrics: hanoi.metricsOf(scenario), region: 'Hanoi', at: AT });

describe('the import preview', () => {
  const r = reading({
    figures: [
      // A month after the embedded figures: new.
      { metric: 'hi.coverage', date: '2025-10-31', value: 95.7, qualifier: 'exact', period: 'month', place: place('C7') },
      // The embedded 30 September 2025 coverage is 95.56: the same figure, nothing to do.
      { metric: 'hi.coverage', date: '2025-09-30', value: 95.56, qualifier: 'exact', period: 'month', place: place('B7') },
      // A revision of an embedded figure.
      { metric: 'hi.participants', date: '2025-09-30', value: 8_250_000, qualifier: 'exact', period: 'month', place: place('B8') },
      { metric: 'own.so-don-vi', date: '2025-10-31', value: 41_000, qualifier: 'exact', period: 'month', place: place('C9') },
      // A unit the metric does not have: refused with its place.
      { metric: 'hi.participants', date: '2025-10-31', value: 8.3, qualifier: 'exact', period: 'month', unit: 'percent', place: place('C8') },
    ],
    targets: [{ metric: 'hi.coverage', deadline: '2027-12-31', value: 96, qualifier: 'exact', period: 'year', place: { sheet: 'Chỉ tiêu kế hoạch', cell: "'Chỉ tiêu kế hoạch'!C2" } }],
    newMetrics: [{ id: 'own.so-don-vi', name: 'Số đơn vị tham gia', unit: 'cases', kind: 'stock', unitStated: false, places: ["'Số liệu'!A9"] }],
  });
  const preview = previewImport(input(r));

  it('sorts the file into new, unchanged and revised figures, each with its provenance', () => {
    expect(preview.suggestedMode).toBe('add');
    expect(preview.added.map((o) => [o.metric, o.asOf, o.value])).toEqual([
      ['hi.coverage', '2025-10-31', 95.7],
      ['own.so-don-vi', '2025-10-31', 41_000],
    ]);
    expect(preview.added[0]!.source).toEqual({ document: 'bao-cao.xlsx', quote: "'Số liệu'!C7", origin: 'user', place: "'Số liệu'!C7", at: AT });
    expect(preview.added[0]).toMatchObject({ unit: 'percent', kind: 'share', denominator: 'population', region: 'Hanoi' });
    expect(preview.unchanged).toBe(1);
    expect(preview.revisions).toHaveLength(1);
    const [revision] = preview.revisions;
    expect(revision!.existing.value).toBe(8_240_000);
    // The revision keeps the embedded record's id, so it replaces it rather than adding a second figure.
    expect(revision!.incoming).toMatchObject({ id: revision!.existing.id, value: 8_250_000 });
    expect(preview.addedTargets.map((t) => [t.metric, t.deadline, t.value])).toEqual([['hi.coverage', '2027-12-31', 96]]);
    expect(preview.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^'Số liệu'!C8: .*hi\.participants.*people.*percent/),
    ]);
    expect(preview.dateRange).toEqual({ from: '2025-09-30', to: '2025-10-31' });
  });

  it('applies what the user chose: a revision kept, a proposed metric declined', () => {
    const { scenario: next } = applyImport(scenario, input(r), {
      mode: 'add',
      region: 'Hanoi',
      acceptMetrics: [],
      keepExisting: [revision()],
    });
    expect(next.data.base).toBe(scenario.data.base);
    expect(next.data.observations.map((o) => [o.metric, o.asOf])).toEqual([['hi.coverage', '2025-10-31']]);
    expect(next.data.targets).toHaveLength(1);
    expect(next.data.metrics).toBeUndefined();
    // Levers take effect after the newest figure.
    expect(next.leversFrom).toBe('2025-11-01');
    expect(hanoi.validateScenario(next).ok).toBe(true);
  });

  it('takes a revision and defines an accepted metric, and the result opens', () => {
    const own = proposedAsOwn(r.newMetrics[0]!);
    const { scenario: next } = applyImport(scenario, input(r), { mode: 'add', region: 'Hanoi', acceptMetrics: [{ ...own, label: { vi: 'Số đơn vị', en: 'Employers' } }], keepExisting: [] });
    expect(next.data.metrics).toEqual([{ id: 'own.so-don-vi', label: { vi: 'Số đơn vị', en: 'Employers' }, unit: 'cases', kind: 'stock' }]);
    expect(next.data.observations.find((o) => o.metric === 'hi.participants')!.value).toBe(8_250_000);
    const merged = hanoi.scenarioData(next);
    expect(merged.ok && merged.value.observations.filter((o) => o.metric === 'hi.participants' && o.asOf === '2025-09-30')).toHaveLength(1);
  });

  function revision(): string {
    return preview.revisions[0]!.key;
  }
});

describe('another region’s file', () => {
  const r = reading({
    figures: ['2025-10-31', '2025-11-30', '2025-12-31'].map((date, i) => ({
      metric: 'hi.coverage',
      region: 'Đà Nẵng',
      date,
      value: 93 + i * 0.1,
      qualifier: 'exact' as const,
      period: 'month' as const,
      place: place(`C${i + 2}`),
    })),
  });

  it('suggests replacing the notebook’s data, and the result is about that region with no embedded base', () => {
    const preview = previewImport(input(r));
    expect(preview).toMatchObject({ suggestedMode: 'replace', region: 'Đà Nẵng', fileRegions: ['Đà Nẵng'], revisions: [] });
    expect(preview.added).toHaveLength(3);
    const { scenario: next } = applyImport(scenario, input(r), { mode: 'replace', region: 'Đà Nẵng', acceptMetrics: [], keepExisting: [] });
    expect(next.data).toMatchObject({ base: 'none', region: 'Đà Nẵng', removed: [] });
    expect(next.data.observations).toHaveLength(3);
    expect(next.leversFrom).toBe('2026-01-01');
    // The notebook's horizon (the end of next year) already reaches past a year after the newest figure.
    expect(next.horizon).toBe(scenario.horizon);
  });

  it('starts a new dataset’s levers after its own newest figure, even one older than the notebook’s', () => {
    const older = reading({ figures: r.figures.map((f, i) => ({ ...f, date: ['2025-04-30', '2025-05-31', '2025-06-30'][i]! })) });
    const { scenario: next } = applyImport(scenario, input(older), { mode: 'replace', region: 'Đà Nẵng', acceptMetrics: [], keepExisting: [] });
    expect(next.leversFrom).toBe('2025-07-01');
  });

  it('previews again with the mode the user picks', () => {
    const added = previewImport(input(r), { mode: 'add', region: 'Hanoi' });
    expect(added.suggestedMode).toBe('add');
    expect(added.added.every((o) => o.region === 'Đà Nẵng')).toBe(true);
  });
});
