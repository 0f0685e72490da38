import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { metricById } from '../../../src/data/metrics.ts';
import { ANSWER_FIELDS, answersCsv } from '../../../src/ui/exports/answers-csv.ts';
import { toCsv } from '../../../src/ui/exports/csv.ts';
import { PROJECTION_FIELDS, projectionsCsv } from '../../../src/ui/exports/projections-csv.ts';
import { realRun, type RealRun } from '../cells/real-engine.ts';

type Row = Record<string, string>;
const parse = (csv: string) => Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
const num = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));

let run: RealRun;
beforeAll(() => {
  // A lever off its default, so the scenario's numbers differ from the baseline's.
  run = realRun({ cityTopupOther: 60 });
});

describe('projections CSV', () => {
  it('has the header and one row per metric and date, with the engine’s numbers exactly', () => {
    const csv = projectionsCsv(run.result);
    expect(csv.split('\r\n')[0]).toBe(PROJECTION_FIELDS.join(','));
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
    const revenue = parse(projectionsCsv(run.result)).data.find((r) => r.metric === 'revenue.total')!;
    expect(revenue.p50).toMatch(/^-?\d+(\.\d+)?(e[-+]\d+)?$/);
  });
});

describe('answers CSV', () => {
  it('has one row per target with the engine’s numbers exactly', () => {
    const csv = answersCsv(run.result);
    expect(csv.split('\r\n')[0]).toBe(ANSWER_FIELDS.join(','));
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

describe('CSV quoting', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and keeps Vietnamese text', () => {
    const csv = toCsv(['a', 'b'] as const, [{ a: 'Tổng thu, "BHXH"\nHà Nội', b: null }]);
    expect(csv).toBe('a,b\r\n"Tổng thu, ""BHXH""\nHà Nội",');
    expect(parse(csv).data).toEqual([{ a: 'Tổng thu, "BHXH"\nHà Nội', b: '' }]);
  });
});
