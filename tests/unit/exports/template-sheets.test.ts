import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import type { MetricDef } from '../../../src/engine/index.ts';
import type { SheetRow } from '../../../src/ui/exports/sheet-cells.ts';
import { templateSheets, type TemplateInput } from '../../../src/ui/exports/template-sheets.ts';

const BUILT_IN = new Set(METRICS.map((m) => m.id));
const OWN: MetricDef = {
  id: 'own.units-in-arrears',
  label: { vi: 'Số đơn vị nợ đọng', en: 'Units in arrears' },
  unit: 'cases',
  kind: 'stock',
  scheme: 'all-schemes',
  headline: false,
};
const input: TemplateInput = { dataset: HANOI_DATASET, metrics: [...METRICS, OWN], builtIn: BUILT_IN, lang: 'vi' };

const texts = (row: SheetRow | undefined) => (row ?? []).map((c) => (c?.kind === 'text' ? c.text : null));

describe('import template', () => {
  it('has the importer’s sheets and headers in Vietnamese', () => {
    const sheets = templateSheets(input);
    expect(sheets.map((s) => s.name)).toEqual(['Số liệu', 'Chỉ tiêu kế hoạch', 'Chỉ tiêu riêng']);
    expect(texts(sheets[0]!.rows[0])).toEqual(['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn', 'Ngày', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn']);
    expect(texts(sheets[1]!.rows[0])).toEqual(['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn', 'Hạn', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn']);
    expect(texts(sheets[2]!.rows[0])).toEqual(['Mã', 'Tên tiếng Việt', 'Tên tiếng Anh', 'Đơn vị', 'Loại', 'Mẫu số']);
    for (const s of sheets) {
      expect(s.frozenRows).toBe(1);
      expect(s.rows[0]!.every((c) => c?.kind === 'text' && c.bold)).toBe(true);
    }
  });

  it('has them in English in the English UI', () => {
    const sheets = templateSheets({ ...input, lang: 'en' });
    expect(sheets.map((s) => s.name)).toEqual(['Data', 'Targets', 'Metrics']);
    expect(texts(sheets[0]!.rows[0])).toEqual(['metric', 'metric name', 'region', 'date', 'value', 'unit', 'qualifier', 'source']);
    expect(texts(sheets[1]!.rows[0])).toEqual(['metric', 'metric name', 'region', 'deadline', 'value', 'unit', 'qualifier', 'source']);
    expect(texts(sheets[2]!.rows[0])).toEqual(['id', 'Vietnamese name', 'English name', 'unit', 'kind', 'denominator']);
  });

  it('writes every figure as a row that reads back to it: id, region as the data name it, date cell, value, words', () => {
    const [figures] = templateSheets(input);
    const rows = figures!.rows.slice(1);
    expect(rows).toHaveLength(HANOI_DATASET.observations.length);
    const unitWords = { people: 'người', percent: '%', 'VND billion': 'tỷ đồng', cases: 'lượt' };
    const qualifierWords = { exact: 'chính xác', about: 'khoảng', over: 'trên', under: 'dưới' };
    const formats = { people: '#,##0', percent: '0.00', 'VND billion': '#,##0.0', cases: '#,##0' };
    for (const o of HANOI_DATASET.observations) {
      const row = rows.find((r) => texts(r)[0] === o.metric && texts(r)[2] === o.region && r[3]?.kind === 'date' && r[3].date === o.asOf);
      expect(row, o.id).toBeDefined();
      expect(texts(row)[1]).toBe(METRICS.find((m) => m.id === o.metric)!.label.vi);
      expect(row![4]).toEqual({ kind: 'number', value: o.value, format: formats[o.unit] });
      expect(texts(row)[5]).toBe(unitWords[o.unit]);
      expect(texts(row)[6]).toBe(qualifierWords[o.qualifier]);
      expect(texts(row)[7]).toBe(o.source.document);
    }
  });

  it('writes every target with its deadline', () => {
    const [, targets] = templateSheets({ ...input, lang: 'en' });
    const rows = targets!.rows.slice(1);
    expect(rows).toHaveLength(HANOI_DATASET.targets.length);
    for (const t of HANOI_DATASET.targets) {
      const row = rows.find(
        (r) => texts(r)[0] === t.metric && r[3]?.kind === 'date' && r[3].date === t.deadline && texts(r)[2] === t.region,
      );
      expect(row, t.id).toBeDefined();
      expect(row![4]).toMatchObject({ kind: 'number', value: t.value });
      expect(texts(row)[6]).toBe(t.qualifier);
    }
  });

  it('lists only the metrics that are not built in, named from the definitions given', () => {
    const [, , metrics] = templateSheets(input);
    expect(metrics!.rows.slice(1).map(texts)).toEqual([
      ['own.units-in-arrears', 'Số đơn vị nợ đọng', 'Units in arrears', 'lượt', 'stock', null],
    ]);
    const share: MetricDef = { ...OWN, id: 'own.share', unit: 'percent', kind: 'share', denominator: 'labour-force' };
    const [, , two] = templateSheets({ ...input, metrics: [...METRICS, share], lang: 'en' });
    expect(texts(two!.rows[1])).toEqual(['own.share', 'Số đơn vị nợ đọng', 'Units in arrears', '%', 'share', 'labour-force']);
  });

  it('names metrics from the parameter, not the catalogue', () => {
    const renamed = METRICS.map((m): MetricDef => ({ ...m, label: { vi: `X ${m.id}`, en: m.label.en } }));
    const [figures] = templateSheets({ ...input, metrics: renamed });
    for (const row of figures!.rows.slice(1)) expect(texts(row)[1]).toBe(`X ${texts(row)[0]}`);
  });
});
