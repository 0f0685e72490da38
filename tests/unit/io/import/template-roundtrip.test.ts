// The import template the app exports reads back as the figures, targets and own metrics it holds.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../../src/data/index.ts';
import type { MetricDef, Observation, Target } from '../../../../src/engine/index.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import type { GridCell, SheetGrid } from '../../../../src/engine/io/table/grid.ts';
import type { SheetCell, SheetSpec } from '../../../../src/ui/exports/sheet-cells.ts';
import { templateSheets } from '../../../../src/ui/exports/template-sheets.ts';
import { problems } from './grids.ts';

const OWN: MetricDef = {
  id: 'own.units-in-arrears',
  label: { vi: 'Số đơn vị nợ đọng', en: 'Units in arrears' },
  unit: 'cases',
  kind: 'stock',
  scheme: 'other',
  headline: true,
};
const ownFigure: Observation = {
  id: 'own-1',
  metric: OWN.id,
  region: 'Hanoi',
  asOf: '2025-06-30',
  value: 1234,
  unit: 'cases',
  kind: 'stock',
  qualifier: 'about',
  source: { document: 'Báo cáo riêng', quote: '1234', origin: 'user' },
};

/** The grid an .xlsx reader gives for a sheet the app wrote (a percent format would mark the number). */
function asGrid(spec: SheetSpec): SheetGrid {
  const toCell = (c: SheetCell): GridCell | null => {
    if (!c) return null;
    if (c.kind === 'number') return { kind: 'number', value: c.value, ...(c.format.includes('%') ? { percent: true } : {}) };
    return c.kind === 'text' ? { kind: 'text', text: c.text } : c;
  };
  return { name: spec.name, hidden: false, rows: spec.rows.map((row) => row.map(toCell)), merged: [] };
}

const asRead = (r: Observation | Target, date: string) => ({
  metric: r.metric,
  region: r.region,
  date,
  value: r.value,
  qualifier: r.qualifier,
  unit: r.unit,
  source: r.source.document,
});

describe.each(['vi', 'en'] as const)('the import template in %s', (lang) => {
  const dataset = { observations: [...HANOI_DATASET.observations, ownFigure], targets: HANOI_DATASET.targets };
  const sheets = templateSheets({ dataset, metrics: [...METRICS, OWN], builtIn: new Set(METRICS.map((m) => m.id)), lang });
  const book = { fileName: 'mau.xlsx', format: 'xlsx' as const, sheets: sheets.map(asGrid) };

  it('reads back every figure, target and own metric exactly, with no problem', () => {
    const reading = interpretWorkbook(book, METRICS);
    expect(problems(reading)).toEqual([]);
    expect(reading.sheets.map((s) => [s.name, s.layout, s.figures, s.targets, s.metrics])).toEqual([
      [sheets[0]!.name, 'long', dataset.observations.length, 0, 0],
      [sheets[1]!.name, 'targets', 0, dataset.targets.length, 0],
      [sheets[2]!.name, 'metrics', 0, 0, 1],
    ]);
    const key = (x: { metric: string; date: string; region?: string }) => `${x.metric} ${x.region} ${x.date}`;
    const byKey = <T extends { metric: string; date: string }>(list: T[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const figures = reading.figures.map(({ place: _place, period: _period, ...f }) => f);
    expect(byKey(figures)).toEqual(byKey(dataset.observations.map((o) => asRead(o, o.asOf))));
    const targets = reading.targets.map(({ place: _place, period: _period, deadline, ...t }) => ({ ...t, date: deadline }));
    expect(byKey(targets)).toEqual(byKey(dataset.targets.map((t) => asRead(t, t.deadline))));
    expect(reading.definedMetrics.map(({ place: _place, ...m }) => m)).toEqual([
      { id: OWN.id, label: OWN.label, unit: OWN.unit, kind: OWN.kind },
    ]);
    expect(reading.newMetrics).toEqual([]);
  });

  it('reads it back when the notebook already has the own metric (a template it exported)', () => {
    const reading = interpretWorkbook(book, [...METRICS, OWN]);
    expect(problems(reading)).toEqual([]);
    expect(reading.definedMetrics.map((m) => m.id)).toEqual([OWN.id]);
  });
});
