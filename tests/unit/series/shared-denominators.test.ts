// One working-age labour force series behind the compulsory SI and the UI share (one growth, the
// same draws), the voluntary SI share on its own base (farmers and informal-sector workers), and
// a bound ("nearly 48%") never taken for a value.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { impliedDenominators } from '../../../src/engine/series/denominators.ts';
import { makeContext, simulate } from '../../../src/engine/simulation/metric-paths.ts';
import { projectedBase } from '../../../src/engine/simulation/projected-base.ts';

const SETTINGS = { until: '2026-12-31', nPaths: 200, seed: 5 };
const implied = impliedDenominators(HANOI_DATASET, METRICS).filter((d) => d.region === 'Hanoi');

describe('implied denominators', () => {
  it('mark a base implied by a bounded share as a bound', () => {
    const compulsory = implied.find((d) => d.shareMetric === 'si.compulsory.share' && d.date === '2025-09-30')!;
    expect(compulsory.bound).toBe(true); // "nearly 48%" of "2.299 million"
    expect(implied.filter((d) => d.shareMetric === 'ui.share').every((d) => !d.bound)).toBe(true);
  });

  it('give the voluntary SI share its own base of about 3.2 million', () => {
    const voluntary = implied.filter((d) => d.shareMetric === 'si.voluntary.share');
    expect(voluntary.map((d) => d.denominator)).toEqual(['informal-workforce']);
    expect(voluntary[0]!.value).toBeCloseTo(112_293 / 0.0351, 0);
  });
});

describe('share paths', () => {
  const ctx = makeContext(HANOI_DATASET, METRICS);
  const denominatorPaths = (share: string, count: string) => {
    const s = simulate(ctx, share, 'Hanoi', SETTINGS);
    const c = simulate(ctx, count, 'Hanoi', SETTINGS);
    return { s, rows: s.paths.map((row, i) => row.map((v, k) => (100 * c.paths[i]![k]!) / v)) };
  };

  it('divide the compulsory SI and the UI share by one labour force series with one growth', () => {
    const compulsory = denominatorPaths('si.compulsory.share', 'si.compulsory.participants');
    const ui = denominatorPaths('ui.share', 'ui.participants');
    expect(compulsory.s.method).toBe('ratio');
    expect(ui.s.method).toBe('ratio');
    // 4,678,555 (Dec 2024) to 4,736,889 (Jun 2025) from the UI share: about 2.5% a year for both.
    const growth = (Math.log(4_736_889 / 4_678_555) / 0.4959) * 100;
    for (const m of [compulsory.s, ui.s]) expect(m.model).toContain(`growing ${growth.toFixed(2)}%/yr`);
    const at = compulsory.rows.length - 1;
    const offset = ui.rows.length - compulsory.rows.length; // the UI share's grid may start earlier
    compulsory.rows[at]!.forEach((d, k) => expect(d / ui.rows[at + offset]![k]!).toBeCloseTo(1, 9));
  });

  it('never take "nearly 48%" for a value: the compulsory share starts from the labour force the UI share implies', () => {
    const { rows } = denominatorPaths('si.compulsory.share', 'si.compulsory.participants');
    const first = rows[0]!;
    const median = [...first].sort((a, b) => a - b)[first.length >> 1]!;
    // Not 2,299,000 / 0.48 = 4,789,583: June's 4,736,889 grown a few months at about 2.5% a year.
    expect(median).toBeGreaterThan(4_736_889);
    expect(median).toBeLessThan(4_789_583);
  });

  it('hold the voluntary SI share on its own base', () => {
    const { s, rows } = denominatorPaths('si.voluntary.share', 'si.voluntary.participants');
    expect(s.model).toContain('informal-workforce growing 0.00%/yr');
    expect(rows.at(-1)![0]!).toBeGreaterThan(2_900_000);
    expect(rows.at(-1)![0]!).toBeLessThan(3_500_000);
  });

  it('keep every head count at or under the base its share counts it against, on the same draws', () => {
    // Two years past four to six figures, a t-tailed path on the log scale can pass the whole
    // population; participants cannot outnumber the people they are drawn from.
    const settings = { until: '2027-12-31', nPaths: 2000, seed: 1 };
    const ctx = makeContext(HANOI_DATASET, METRICS);
    for (const [count, base] of [
      ['hi.participants', 'population'],
      ['si.compulsory.participants', 'working-age-labour-force'],
      ['si.voluntary.participants', 'informal-workforce'],
    ] as const) {
      const paths = simulate(ctx, count, 'Hanoi', settings);
      const projected = projectedBase(HANOI_DATASET, METRICS, base, 'Hanoi', settings.nPaths, settings.seed)!;
      expect(projected.bound).toBe(false);
      let over = 0;
      let atBase = 0;
      paths.grid.ts.forEach((t, i) =>
        paths.paths[i]!.forEach((v, k) => {
          if (v > projected.at(t, k)) over++;
          if (v === projected.at(t, k)) atBase++;
        }),
      );
      expect(over, count).toBe(0);
      expect(atBase, count).toBeGreaterThan(0); // the cap binds on some far-tail paths
    }
    // The same draws: where voluntary SI sits at its base, its share (a ratio) is exactly 100%.
    const voluntary = simulate(ctx, 'si.voluntary.participants', 'Hanoi', settings);
    const share = simulate(ctx, 'si.voluntary.share', 'Hanoi', settings);
    const projected = projectedBase(HANOI_DATASET, METRICS, 'informal-workforce', 'Hanoi', settings.nPaths, settings.seed)!;
    const last = voluntary.paths.length - 1;
    const full = [...voluntary.paths[last]!.keys()].filter((k) => voluntary.paths[last]![k] === projected.at(voluntary.grid.ts[last]!, k));
    expect(full.length).toBeGreaterThan(0);
    for (const k of full) expect(share.paths[share.paths.length - 1]![k]).toBeCloseTo(100, 9);
  });

  it('cap no count by a base implied only from bounds (a limit on the base, not its value)', () => {
    // Every compulsory SI share figure made a bound: the base they imply is "at least", so the
    // share may still divide by it, but the participants' far tail is not cut there.
    const bounded = {
      ...HANOI_DATASET,
      observations: HANOI_DATASET.observations.map((o) =>
        o.metric === 'si.compulsory.share' || o.metric === 'ui.share' ? { ...o, qualifier: 'over' as const } : o,
      ),
    };
    const settings = { until: '2027-12-31', nPaths: 2000, seed: 1 };
    const projected = projectedBase(bounded, METRICS, 'working-age-labour-force', 'Hanoi', settings.nPaths, settings.seed)!;
    expect(projected.bound).toBe(true);
    const paths = simulate(makeContext(bounded, METRICS), 'si.compulsory.participants', 'Hanoi', settings);
    const last = paths.paths.length - 1;
    const above = paths.paths[last]!.filter((v, k) => v > projected.at(paths.grid.ts[last]!, k)).length;
    expect(above).toBeGreaterThan(0);
  });
});
