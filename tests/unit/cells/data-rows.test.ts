import { beforeAll, describe, expect, it } from 'vitest';
import { observationSchema } from '../../../src/engine/io/observation-schema.ts';
import { importCsv } from '../../../src/ui/notebook/cells/data-csv.ts';
import { checkDate, checkTypedValue, dataTables, editedObservation, figureAt } from '../../../src/ui/notebook/cells/data-rows.ts';
import { realRun, type RealRun } from './real-engine.ts';

let run: RealRun;
beforeAll(() => {
  run = realRun();
});
const dataset = () => run.opened.dataset;
const find = (id: string) => dataset().observations.find((o) => o.id === id)!;
const open = () => run.opened;

describe('data tables from the resolved dataset', () => {
  it('lists a metric’s Hanoi figures by date, formatted, with the denominator in the unit', () => {
    const [hi] = dataTables(['hi.coverage'], open(), [], 'vi');
    expect(hi!.caption).toBe('Tỷ lệ bao phủ BHYT (% dân số)');
    expect(hi!.rows.length).toBeGreaterThan(3);
    const dates = hi!.rows.map((r) => r.observation.asOf);
    expect(dates).toEqual([...dates].sort());
    expect(hi!.rows.every((r) => r.observation.region === 'Hanoi' && !r.user)).toBe(true);
    const dec2024 = hi!.rows.find((r) => r.observation.asOf === '2024-12-31')!;
    expect(dec2024.dateText).toBe('31/12/2024');
    expect(dec2024.valueText).toMatch(/^(\S+ )?95,25%$/);
    const [revenue] = dataTables(['revenue.total'], open(), [], 'en');
    expect(revenue!.unitText).toBe('VND billion');
    expect(revenue!.rows.find((r) => r.observation.asOf === '2024-12-31')!.valueText).toBe('70,577.2 VND billion');
  });

  it('marks the user’s figures, and keeps a figure others are derived from from being removed', () => {
    const edited = editedObservation(find('revenue.total.2025-09-30'), 57_000);
    const [table] = dataTables(['revenue.total'], open(), [edited], 'vi');
    expect(table!.rows.find((r) => r.observation.id === edited.id)!.user).toBe(true);
    // revenue.total.2024-12-31 is the base of the derived 2023 figure and of the 2024 plan.
    const base = table!.rows.find((r) => r.observation.id === 'revenue.total.2024-12-31')!;
    expect(base.removable).toBe(false);
    const derived = table!.rows.find((r) => r.observation.id === 'revenue.total.2023-12-31')!;
    expect(derived.observation.derived?.rule).toMatch(/minus/);
    expect(derived.removable).toBe(true);
  });

  it('names an unknown metric instead of failing', () => {
    const [t] = dataTables(['no.such.metric'], open(), [], 'vi');
    expect(t).toMatchObject({ def: undefined, caption: 'no.such.metric', rows: [] });
  });
});

describe('edits, added rows and values', () => {
  it('an edit is the user’s, no longer derived, and quotes what it replaced', () => {
    const derived = find('revenue.total.2023-12-31');
    const edited = editedObservation(derived, 61_000);
    expect(edited).not.toHaveProperty('derived');
    expect(edited.source).toEqual({
      document: 'user edit',
      quote: 'Edited in targetcast from 61,455.1 VND billion (002_d8ec15ea85ab6afb.txt)',
      origin: 'user',
    });
    expect(observationSchema.safeParse(edited).success).toBe(true);
    // Editing the user's figure again keeps the first quote.
    expect(editedObservation(edited, 60_000).source).toEqual(edited.source);
  });

  it('a new row gets the metric’s unit, kind and denominator and the id metric.date', () => {
    const o = figureAt('hi.coverage', '2025-11-30', 95.6, open())!;
    expect(o).toMatchObject({ id: 'hi.coverage.2025-11-30', unit: 'percent', kind: 'share', denominator: 'population', region: 'Hanoi' });
    expect(o.source.origin).toBe('user');
    expect(observationSchema.safeParse(o).success).toBe(true);
    // A row at a date that already has a figure edits that figure (same id), never a second one.
    expect(figureAt('hi.coverage', '2024-12-31', 95.3, open())!.id).toBe(find('hi.coverage.2024-12-31').id);
    expect(figureAt('no.such', '2024-12-31', 1, open())).toBeNull();
  });

  it('checks typed values: finite, not negative, at most 100 for a share of people (not of a plan)', () => {
    const share = { unit: 'percent' as const, denominator: 'population' as const };
    expect(checkTypedValue('95,6', share, 'vi')).toEqual({ ok: true, value: 95.6 });
    expect(checkTypedValue('95.6', share, 'vi')).toEqual({ ok: true, value: 95.6 });
    expect(checkTypedValue('abc', share, 'vi').ok).toBe(false);
    expect(checkTypedValue('', share, 'en').ok).toBe(false);
    expect(checkTypedValue('-1', share, 'en')).toEqual({ ok: false, message: 'A figure cannot be negative.' });
    expect(checkTypedValue('100,5', share, 'vi')).toEqual({ ok: false, message: 'Tỷ lệ này tối đa 100%.' });
    expect(checkTypedValue('105', { unit: 'percent', denominator: 'plan' }, 'vi').ok).toBe(true);
    expect(checkTypedValue('70.577,2', { unit: 'VND billion' }, 'vi')).toEqual({ ok: true, value: 70_577.2 });
    expect(checkDate('2025-02-30', 'vi').ok).toBe(false);
    expect(checkDate('2025-02-28', 'vi')).toEqual({ ok: true, value: '2025-02-28' });
  });
});

describe('CSV paste and import', () => {
  it('reads date,value for the cell’s first metric', () => {
    const out = importCsv('date,value\n2025-10-31,95.7\n2025-11-30,95.8\n2025-12-31,95.9\n', 'pasted.csv', ['hi.coverage'], open(), 'vi');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.observations.map((o) => o.id)).toEqual(['hi.coverage.2025-10-31', 'hi.coverage.2025-11-30', 'hi.coverage.2025-12-31']);
    expect(out.observations[0]!.source).toEqual({
      document: 'pasted.csv',
      quote: 'Imported in targetcast from pasted.csv, line 2',
      origin: 'user',
    });
    for (const o of out.observations) expect(observationSchema.safeParse(o).success).toBe(true);
  });

  it('reads series,date,value for the cell’s metrics, replacing figures at the same dates', () => {
    const csv = 'series,date,value\nhi.coverage,2024-12,95.3\nhi.coverage,2025-06,95.4\nhi.coverage,2025-09,95.5\n';
    const out = importCsv(csv, 'mine.csv', ['ui.share', 'hi.coverage'], open(), 'en');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const dec = out.observations.find((o) => o.asOf === '2024-12-31')!;
    expect(dec.id).toBe('hi.coverage.2024-12-31');
    expect(dec.source.quote).toMatch(/^Imported in targetcast from mine\.csv, line 2, replacing 95\.25% \(/);
  });

  it('lists problems by file:line and imports nothing when there are any', () => {
    const bad = importCsv('date,value\n2025-10-31,95.7\n2025-13-01,95.8\n2025-12-31,abc\n', 'mine.csv', ['hi.coverage'], open(), 'vi');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.where)).toEqual(['mine.csv:3', 'mine.csv:4']);
    // Values a metric cannot take are problems too, with their line.
    const share = importCsv('date,value\n2025-10-31,95.7\n2025-11-30,101\n2025-12-31,95.9\n', 'p.csv', ['hi.coverage'], open(), 'en');
    expect(share).toEqual({ ok: false, issues: [{ where: 'p.csv:3', message: 'This share is at most 100%.' }] });
    // A series that is not one of the cell's metrics.
    const other = importCsv(
      'series,date,value\nui.share,2025-10,45\nui.share,2025-11,45.1\nui.share,2025-12,45.2\n',
      'p.csv',
      ['hi.coverage'],
      open(),
      'en',
    );
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.issues[0]!.message).toMatch(/"?ui\.share"?|“ui\.share”/);
  });
});
