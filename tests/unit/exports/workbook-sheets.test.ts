import { beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/data/metrics.ts';
import type { Dataset, MetricDef, Unit } from '../../../src/engine/index.ts';
import { formatLocalDateTime } from '../../../src/ui/i18n/format.ts';
import { PROBABILITY_FORMAT, type SheetCell, type SheetRow } from '../../../src/ui/exports/sheet-cells.ts';
import {
  answersSheet,
  datasetSheet,
  projectionsSheet,
  workbookSheets,
  type WorkbookInput,
} from '../../../src/ui/exports/workbook-sheets.ts';
import { realRun, type RealRun } from '../cells/real-engine.ts';

const FORMATS: Record<Unit, string> = { people: '#,##0', percent: '0.00', 'VND billion': '#,##0.0', cases: '#,##0' };

let run: RealRun;
let input: WorkbookInput;
beforeAll(() => {
  run = realRun({ cityTopupOther: 60 });
  const { dataset, region, regionNames } = run.opened;
  input = { result: run.result, dataset, region, regionNames, metrics: METRICS, scenarioTitle: run.scenario.title, lang: 'vi' };
});

const texts = (row: SheetRow | undefined) => (row ?? []).map((c) => (c?.kind === 'text' ? c.text : null));
const number = (cell: SheetCell) => {
  if (cell?.kind !== 'number') throw new Error(`not a number cell: ${JSON.stringify(cell)}`);
  return cell;
};
const isBoldRow = (row: SheetRow) => row.every((c) => c?.kind === 'text' && c.bold === true);
const column = (header: SheetRow, name: string) => {
  const i = texts(header).indexOf(name);
  expect(i, name).toBeGreaterThanOrEqual(0);
  return i;
};

describe('workbook sheets', () => {
  it('are named in the UI language, Vietnamese first, and each title names the open region', () => {
    expect(workbookSheets(input).map((s) => s.name)).toEqual(['Câu trả lời', 'Dự báo', 'Dữ liệu']);
    expect(workbookSheets({ ...input, lang: 'en' }).map((s) => s.name)).toEqual(['Answers', 'Projections', 'Dataset']);
    for (const sheet of workbookSheets(input)) {
      expect(sheet.rows[0]).toHaveLength(1);
      expect(texts(sheet.rows[0])[0]).toBe(`${sheet.name}: Hà Nội, kịch bản “${run.scenario.title}”`);
    }
    // The region comes from the opened scenario, not from a hard-coded Hanoi.
    const elsewhere = { ...input, region: 'Da Nang', regionNames: { 'Da Nang': { vi: 'Đà Nẵng', en: 'Da Nang' } }, lang: 'en' as const };
    expect(texts(answersSheet(elsewhere).rows[0])[0]).toBe(`Answers: Da Nang, scenario “${run.scenario.title}”`);
    expect(texts(answersSheet({ ...elsewhere, lang: 'vi' }).rows[0])[0]).toContain('Đà Nẵng');
  });

  it('set a width for every column used', () => {
    for (const sheet of workbookSheets(input)) {
      const used = Math.max(...sheet.rows.filter((r) => r.length > 1).map((r) => r.length));
      expect(sheet.widths).toHaveLength(used);
      for (const w of sheet.widths) expect(w).toBeGreaterThanOrEqual(8);
    }
  });
});

describe('answers sheet', () => {
  it('has one row per forecast target with the engine numbers, formats by unit, probabilities and dates', () => {
    const sheet = answersSheet(input);
    const header = sheet.rows[1]!;
    expect(isBoldRow(header)).toBe(true);
    expect(sheet.frozenRows).toBe(2);
    const id = column(header, 'Mã');
    const plan = column(header, 'Kế hoạch');
    const median = column(header, 'Trung vị');
    const low = column(header, 'Khoảng 80%: thấp (P10)');
    const high = column(header, 'Khoảng 80%: cao (P90)');
    const prob = column(header, 'Khả năng đạt');
    const baseProb = column(header, 'Cơ sở: Khả năng đạt');
    const deadline = column(header, 'Hạn');
    const unit = column(header, 'Đơn vị');
    const dateMedian = column(header, 'Ngày đạt: trung vị');
    const body = sheet.rows.slice(2);
    expect(body).toHaveLength(run.result.targets.length + run.result.outcomes.length);
    for (const t of run.result.targets) {
      const row = body.find((r) => texts(r)[id] === t.target.id)!;
      const format = FORMATS[t.target.unit];
      expect(number(row[plan]!)).toEqual({ kind: 'number', value: t.target.value, format });
      expect(number(row[median]!)).toEqual({ kind: 'number', value: t.yearEnd.p50, format });
      expect(number(row[low]!).value).toBe(t.yearEnd.p10);
      expect(number(row[high]!).value).toBe(t.yearEnd.p90);
      expect(number(row[prob]!)).toEqual({ kind: 'number', value: t.probMeet, format: PROBABILITY_FORMAT });
      expect(number(row[baseProb]!).value).toBe(t.baselineProbMeet);
      expect(row[deadline]).toEqual({ kind: 'date', date: t.target.deadline });
      expect(texts(row)[unit]).toBe({ people: 'người', percent: '%', 'VND billion': 'tỷ đồng', cases: 'lượt' }[t.target.unit]);
      expect(row[dateMedian]).toEqual(t.crossing.medianDate ? { kind: 'date', date: t.crossing.medianDate } : null);
    }
    const units = new Set(run.result.targets.map((t) => t.target.unit));
    expect(units.size).toBeGreaterThan(1);
  });

  it('gives the passed deadlines their outcome from the data', () => {
    expect(run.result.outcomes.length).toBeGreaterThan(0);
    const sheet = answersSheet(input);
    const header = sheet.rows[1]!;
    const id = column(header, 'Mã');
    const status = column(header, 'Kết quả');
    const evidence = column(header, 'Căn cứ: số liệu');
    const words = { met: 'Đạt', missed: 'Không đạt', unknown: 'Chưa rõ', unavailable: 'Không dự báo được' };
    for (const o of run.result.outcomes) {
      const row = sheet.rows.find((r) => texts(r)[id] === o.target.id)!;
      expect(texts(row)[status]).toBe(words[o.status]);
      if ('evidence' in o) expect(number(row[evidence]!).value).toBe(o.evidence.value);
    }
    for (const t of run.result.targets) expect(texts(sheet.rows.find((r) => texts(r)[id] === t.target.id))[status]).toBe('Dự báo');
  });

  it('takes metric names from the definitions it is given', () => {
    const renamed = METRICS.map((m): MetricDef => ({ ...m, label: { vi: `Riêng: ${m.label.vi}`, en: m.label.en } }));
    const sheet = answersSheet({ ...input, metrics: renamed });
    const names = sheet.rows.slice(2).map((r) => texts(r)[0]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^Riêng: /);
  });
});

describe('projections sheet', () => {
  it('has a block per metric headed by name and unit, by date, with the baseline beside the scenario', () => {
    const sheet = projectionsSheet(input);
    const { metrics, dates } = run.result;
    const headings = sheet.rows.filter((r) => r.length === 1).slice(1);
    expect(headings).toHaveLength(metrics.length);
    let r = 1;
    for (const [i, m] of metrics.entries()) {
      if (i > 0) expect(sheet.rows[r++]).toEqual([]);
      const def = METRICS.find((d) => d.id === m.metric)!;
      const unitWord = { people: 'người', percent: '%', 'VND billion': 'tỷ đồng', cases: 'lượt' }[def.unit];
      expect(texts(sheet.rows[r++])).toEqual([`${def.label.vi} (${unitWord})`]);
      const header = sheet.rows[r++]!;
      expect(isBoldRow(header)).toBe(true);
      expect(texts(header)).toEqual([
        'Ngày',
        'Trung vị',
        'Khoảng 80%: thấp (P10)',
        'Khoảng 80%: cao (P90)',
        'Khoảng 95%: thấp',
        'Khoảng 95%: cao',
        'Cơ sở: Trung vị',
        'Cơ sở: Khoảng 80%: thấp (P10)',
        'Cơ sở: Khoảng 80%: cao (P90)',
        'Cơ sở: Khoảng 95%: thấp',
        'Cơ sở: Khoảng 95%: cao',
      ]);
      for (const [d, date] of dates.entries()) {
        const row = sheet.rows[r++]!;
        expect(row[0]).toEqual({ kind: 'date', date });
        const s = m.bands[d]!;
        const b = m.baseline[d]!;
        const expected = [s.p50, s.p10, s.p90, s.p2_5, s.p97_5, b.p50, b.p10, b.p90, b.p2_5, b.p97_5];
        expect(row.slice(1).map((c) => number(c).value)).toEqual(expected);
        for (const c of row.slice(1)) expect(number(c).format).toBe(FORMATS[def.unit]);
      }
    }
    expect(r).toBe(sheet.rows.length);
  });
});

describe('dataset sheet', () => {
  it('lists every figure and target with its provenance', () => {
    const sheet = datasetSheet({ ...input, lang: 'en' });
    const { observations, targets } = run.opened.dataset;
    expect(texts(sheet.rows[1])).toEqual(['Figures']);
    const header = sheet.rows[2]!;
    const id = column(header, 'Id');
    const value = column(header, 'Value');
    const date = column(header, 'Date');
    const doc = column(header, 'Document');
    const quote = column(header, 'Quote');
    const origin = column(header, 'Origin');
    const figures = sheet.rows.slice(3, 3 + observations.length);
    expect(new Set(figures.map((r) => texts(r)[id]))).toEqual(new Set(observations.map((o) => o.id)));
    for (const o of observations) {
      const row = figures.find((r) => texts(r)[id] === o.id)!;
      expect(row[value]).toEqual({ kind: 'number', value: o.value, format: FORMATS[o.unit] });
      expect(row[date]).toEqual({ kind: 'date', date: o.asOf });
      expect(texts(row)[doc]).toBe(o.source.document);
      expect(texts(row)[quote]).toBe(o.source.quote);
      expect(texts(row)[origin]).toBe({ seed: 'shipped report', user: 'user entry', reference: 'reference document' }[o.source.origin]);
    }
    const rest = sheet.rows.slice(3 + observations.length);
    expect(rest[0]).toEqual([]);
    expect(texts(rest[1])).toEqual(['Targets']);
    column(rest[2]!, 'Deadline');
    expect(rest.slice(3).map((r) => texts(r)[id])).toEqual(expect.arrayContaining(targets.map((t) => t.id)));
    expect(rest.slice(3)).toHaveLength(targets.length);
  });

  it('keeps a hostile text as plain text, exactly (a string cell is never a formula)', () => {
    const [first] = run.opened.dataset.observations;
    const hostile = '=HYPERLINK("http://evil.example","click")';
    const dataset: Dataset = { observations: [{ ...first!, source: { ...first!.source, quote: hostile, document: '+cmd' } }], targets: [] };
    const sheet = datasetSheet({ ...input, dataset });
    const row = sheet.rows[3]!;
    expect(row).toContainEqual({ kind: 'text', text: hostile });
    expect(row).toContainEqual({ kind: 'text', text: '+cmd' });
  });

  it('shows where an imported figure was read and when', () => {
    const [first] = run.opened.dataset.observations;
    const at = '2026-11-24T07:03:12Z';
    const source = { ...first!.source, origin: 'user' as const, place: "'Số liệu'!E7", at };
    const sheet = datasetSheet({ ...input, lang: 'en', dataset: { observations: [{ ...first!, source }], targets: [] } });
    const header = sheet.rows[2]!;
    const row = sheet.rows[3]!;
    expect(texts(row)[column(header, 'Place in the file')]).toBe("'Số liệu'!E7");
    expect(texts(row)[column(header, 'Imported or edited at')]).toBe(formatLocalDateTime(at, 'en'));
    expect(texts(row)[column(header, 'Origin')]).toBe('user entry');
    expect(texts(datasetSheet(input).rows[3])[column(header, 'Place in the file')]).toBeNull();
  });
});
