import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricById } from '../../../src/data/metrics.ts';
import { ANSWER_FIELDS, answersCsv } from '../../../src/ui/exports/answers-csv.ts';
import { escapeFormula, toCsv } from '../../../src/ui/exports/csv.ts';
import { PROJECTION_FIELDS, projectionsCsv } from '../../../src/ui/exports/projections-csv.ts';
import { realRun, type RealRun } from '../cells/real-engine.ts';

type Row = Record<string, string>;
const BOM = '\uFEFF';
/** The file's records, after checking it starts with the byte-order mark. */
function parse(csv: string) {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<Row>(csv.slice(1), { header: true, skipEmptyLines: true });
}
const num = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));
/** A number as the Vietnamese-style file writes it (decimal comma), read back. */
const viNum = (s: string | undefined) => num(s?.replace(',', '.'));
const headerLine = (csv: string) => csv.slice(1).split('\r\n')[0];

let run: RealRun;
beforeAll(() => {
  // A lever off its default, so the scenario's numbers differ from the baseline's.
  run = realRun({ cityTopupOther: 60 });
});

describe('projections CSV', () => {
  it('has the header and one row per metric and date, with the engine’s numbers exactly', () => {
    const csv = projectionsCsv(run.result, 'en');
    expect(headerLine(csv)).toBe(PROJECTION_FIELDS.join(','));
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PROJECTION_FIELDS]);
    const { metrics, dates } = run.result;
    expect(parsed.data).toHaveLength(metrics.length * dates.length);
    let i = 0;
    for (const m of metrics)
      for (const [d, date] of dates.entries()) {
        const row = parsed.data[i++]!;
        expect(row.metric).toBe(m.metric);
        expect(row.metric_label).toBe(metricById(m.metric)!.label.en);
        expect(row.unit).toBe(metricById(m.metric)!.unit);
        expect(row.date).toBe(date);
        for (const b of ['p2_5', 'p10', 'p50', 'p90', 'p97_5'] as const) {
          expect(num(row[b])).toBe(m.bands[d]![b]);
          expect(num(row[`baseline_${b}`])).toBe(m.baseline[d]![b]);
        }
      }
  });

  it('writes numbers unformatted: dot decimals, no thousands separators', () => {
    const revenue = parse(projectionsCsv(run.result, 'en')).data.find((r) => r.metric === 'revenue.total')!;
    expect(revenue.p50).toMatch(/^-?\d+(\.\d+)?(e[-+]\d+)?$/);
  });
});

describe('answers CSV', () => {
  it('has one row per target with the engine’s numbers exactly', () => {
    const csv = answersCsv(run.result, 'en');
    expect(headerLine(csv)).toBe(ANSWER_FIELDS.join(','));
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(run.result.targets.length);
    for (const [i, t] of run.result.targets.entries()) {
      const row = parsed.data[i]!;
      expect(row.target_id).toBe(t.target.id);
      expect(row.metric).toBe(t.target.metric);
      expect(row.deadline).toBe(t.target.deadline);
      expect(row.unit).toBe(t.target.unit);
      expect(num(row.target_value)).toBe(t.target.value);
      expect(num(row.median)).toBe(t.yearEnd.p50);
      expect(num(row.p10)).toBe(t.yearEnd.p10);
      expect(num(row.p90)).toBe(t.yearEnd.p90);
      expect(num(row.prob_meet)).toBe(t.probMeet);
      expect(num(row.baseline_median)).toBe(t.baselineYearEnd.p50);
      expect(num(row.baseline_prob_meet)).toBe(t.baselineProbMeet);
      expect(row.reached_on || null).toBe(t.crossing.alreadyReachedOn);
      expect(row.date_median || null).toBe(t.crossing.medianDate);
      expect(row.date_p10 || null).toBe(t.crossing.p10Date);
      expect(row.date_p90 || null).toBe(t.crossing.p90Date);
      expect(num(row.prob_by_deadline)).toBe(t.crossing.probByDeadline);
    }
    expect(run.result.targets.some((t) => t.probMeet !== t.baselineProbMeet || t.yearEnd.p50 !== t.baselineYearEnd.p50)).toBe(true);
  });
});

describe('CSV in the Vietnamese UI (Excel with a Vietnamese locale)', () => {
  it('separates fields with ";" and writes decimal commas, reading back exactly', () => {
    const csv = projectionsCsv(run.result, 'vi');
    expect(headerLine(csv)).toBe(PROJECTION_FIELDS.join(';'));
    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    const { metrics, dates } = run.result;
    expect(parsed.data).toHaveLength(metrics.length * dates.length);
    let i = 0;
    let decimals = 0;
    for (const m of metrics)
      for (const d of dates.keys()) {
        const row = parsed.data[i++]!;
        for (const b of ['p2_5', 'p10', 'p50', 'p90', 'p97_5'] as const) {
          expect(row[b]).not.toContain('.');
          if (row[b]!.includes(',')) decimals++;
          expect(viNum(row[b])).toBe(m.bands[d]![b]);
          expect(viNum(row[`baseline_${b}`])).toBe(m.baseline[d]![b]);
        }
      }
    expect(decimals).toBeGreaterThan(0);
  });

  it('keeps ISO dates and reads the answers back exactly', () => {
    const parsed = parse(answersCsv(run.result, 'vi'));
    expect(parsed.errors).toEqual([]);
    for (const [i, t] of run.result.targets.entries()) {
      const row = parsed.data[i]!;
      expect(row.deadline).toBe(t.target.deadline);
      expect(viNum(row.prob_meet)).toBe(t.probMeet);
      expect(viNum(row.median)).toBe(t.yearEnd.p50);
    }
  });
});

describe('CSV file bytes', () => {
  it('start with the UTF-8 byte-order mark, then the UTF-8 text', async () => {
    const csv = toCsv(['a'] as const, [{ a: 'Hà Nội' }], 'vi');
    const bytes = new Uint8Array(await new Blob([csv], { type: 'text/csv;charset=utf-8' }).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFa\r\nHà Nội');
  });
});

describe('CSV quoting and formula escaping', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Vietnamese text', () => {
    const csv = toCsv(['a', 'b'] as const, [{ a: 'Tổng thu, "BHXH"\nHà Nội', b: null }], 'en');
    expect(csv).toBe('\uFEFFa,b\r\n"Tổng thu, ""BHXH""\nHà Nội",');
    expect(parse(csv).data).toEqual([{ a: 'Tổng thu, "BHXH"\nHà Nội', b: '' }]);
  });

  it('makes text that Excel would run as a formula inert, and leaves numbers alone', () => {
    const hostile = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'];
    const rows = hostile.map((text, i) => ({ text, value: -1.5 * (i + 1) }));
    for (const lang of ['en', 'vi'] as const) {
      const parsed = parse(toCsv(['text', 'value'] as const, rows, lang));
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.map((r) => r.text)).toEqual(hostile.map((t) => `'${t}`));
      // A negative number is a number: no apostrophe, in either style.
      expect(parsed.data.map((r) => (lang === 'vi' ? viNum(r.value) : num(r.value)))).toEqual(rows.map((r) => r.value));
    }
  });

  it('escapes only the dangerous first characters', () => {
    expect(escapeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(escapeFormula('Hà Nội = 100%')).toBe('Hà Nội = 100%');
    expect(escapeFormula('2025-12-31')).toBe('2025-12-31');
    expect(escapeFormula('')).toBe('');
  });
});
