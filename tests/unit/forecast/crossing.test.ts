import { describe, expect, it } from 'vitest';
import { crossingSummary } from '../../../src/engine/forecast/crossing.ts';

/** Paths as a grid: paths[i][k] is path k at time ts[i]. */
const grid = (ts: number[], path: (t: number, k: number) => number, n: number) =>
  ts.map((t) => Float64Array.from({ length: n }, (_, k) => path(t, k)));

describe('crossingSummary', () => {
  const ts = [2025, 2026, 2027, 2028, 2029, 2030];

  it('interpolates the crossing of a straight line between grid times', () => {
    const paths = grid(ts, (t) => 90 + 2 * (t - 2025), 10);
    const summary = crossingSummary(ts, paths, 95, 'up', 2028);
    expect(summary.medianT).toBeCloseTo(2027.5, 10);
    expect(summary.p10T).toBeCloseTo(2027.5, 10);
    expect(summary.p90T).toBeCloseTo(2027.5, 10);
    expect(summary.probByDeadline).toBe(1);
    expect(summary.probWithinHorizon).toBe(1);
  });

  it('spreads crossing dates across paths with different slopes', () => {
    // Path k rises by (k + 1) per year from 90, so it reaches 100 after 10 / (k + 1) years.
    const paths = grid(ts, (t, k) => 90 + (k + 1) * (t - 2025), 10);
    const summary = crossingSummary(ts, paths, 100, 'up', 2027);
    // Paths 0 and 1 need 10 and 5 years: path 0 never crosses within the horizon.
    expect(summary.probWithinHorizon).toBeCloseTo(0.9, 10);
    expect(summary.probByDeadline).toBeCloseTo(0.6, 10); // 10/(k+1) <= 2 for k >= 4
    expect(summary.p10T).toBeCloseTo(2025 + 1, 10); // k = 9
    expect(summary.medianT).toBeCloseTo(2025 + 10 / 6, 10); // k = 5: fifth-earliest of ten (nearest rank)
    expect(summary.p90T).toBeCloseTo(2025 + 5, 10); // k = 1
  });

  it('returns a null median when fewer than half the paths cross', () => {
    const paths = grid(ts, (t, k) => (k < 4 ? 90 + 3 * (t - 2025) : 90), 10);
    const summary = crossingSummary(ts, paths, 96, 'up');
    expect(summary.medianT).toBeNull();
    expect(summary.p10T).toBeCloseTo(2027, 10);
    expect(summary.probWithinHorizon).toBeCloseTo(0.4, 10);
    expect(summary.probByDeadline).toBeNull();
  });

  it('handles downward targets and grids given out of order', () => {
    const shuffled = [2027, 2025, 2030, 2026, 2029, 2028];
    const paths = grid(shuffled, (t) => 10 - (t - 2025), 4);
    const summary = crossingSummary(shuffled, paths, 6.5, 'down', 2030);
    expect(summary.medianT).toBeCloseTo(2028.5, 10);
    expect(summary.probByDeadline).toBe(1);
  });

  it('a path already past the threshold crosses at the first time', () => {
    const paths = grid(ts, () => 99, 3);
    expect(crossingSummary(ts, paths, 95, 'up').medianT).toBe(2025);
  });

  it('no paths means nothing crosses', () => {
    expect(crossingSummary([], [], 1, 'up', 2030)).toEqual({
      medianT: null,
      p10T: null,
      p90T: null,
      probByDeadline: 0,
      probWithinHorizon: 0,
    });
  });
});
