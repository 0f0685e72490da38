// Numerical edge cases: finite, bounded answers or a clear refusal, never NaN or a crash.
import { describe, expect, it } from 'vitest';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import type { Point, ValueScale } from '../../../src/engine/models/types.ts';

const yearly = (values: number[]): Point[] => values.map((y, i) => ({ t: 2000 + i + 1, y }));
const ahead = (n: number, steps: number[]) => steps.map((s) => 2000 + n + s);

function check(points: Point[], scale: ValueScale, steps = [1, 2, 5, 30]) {
  const result = autoForecast(points, { scale });
  const forecasts = result.predict(ahead(points.length, steps));
  for (const f of forecasts) {
    for (const v of [f.mean, ...f.bands.flatMap((b) => [b.lower, b.upper])]) {
      expect(Number.isFinite(v), `${result.model} at ${f.t}: ${v}`).toBe(true);
      if (scale !== 'real') expect(v).toBeGreaterThanOrEqual(0);
      if (scale === 'percent') expect(v).toBeLessThanOrEqual(100);
    }
    for (const b of f.bands) {
      expect(b.lower).toBeLessThanOrEqual(f.mean);
      expect(f.mean).toBeLessThanOrEqual(b.upper);
    }
  }
  const paths = result.samplePaths(ahead(points.length, steps), 200, 3);
  for (const row of paths) for (const v of row) expect(Number.isFinite(v)).toBe(true);
  return forecasts;
}

describe('numerical edge cases of the forecaster', () => {
  it('a constant series stays constant', () => {
    const f = check(yearly(Array(12).fill(42)), 'count');
    expect(f[0]!.mean).toBeCloseTo(42, 6);
  });

  it('a single jump', () => {
    check(yearly([10, 10, 10, 10, 10, 50, 50, 50, 50, 50]), 'count');
  });

  it('zeros, and a series that is all zeros', () => {
    check(yearly([0, 0, 3, 0, 5, 0, 2, 0]), 'count');
    const f = check(yearly([0, 0, 0, 0, 0, 0]), 'count');
    expect(f[0]!.mean).toBeLessThan(1e-6 + 0.01);
  });

  it('shares at the 0% and 100% bounds', () => {
    check(yearly([100, 100, 100, 100, 100, 100]), 'percent');
    check(yearly([0, 0, 0, 0, 0]), 'percent');
    check(yearly([97, 98.5, 99.2, 99.8, 100, 100]), 'percent');
  });

  it('huge values (VND trillions in VND billion units, and beyond)', () => {
    check(yearly([4.3e5, 4.7e5, 5.1e5, 5.6e5, 6.0e5, 6.6e5]), 'currency');
    check(yearly([1e15, 2e15, 4e15, 8e15, 1.6e16]), 'currency');
  });

  it('tiny and very long horizons', () => {
    const points = yearly([1, 2, 3, 4, 5, 6, 7]);
    check(points, 'count', [0.001, 0.01]);
    check(points, 'count', [100, 500]);
  });

  it('data of any sign, unbounded', () => {
    const f = check(yearly([-3, -1.5, 0.2, 1.1, -0.4, 2.5, 3.1, 1.8, 4.2]), 'real');
    expect(f[0]!.bands[0]!.lower).toBeLessThan(f[0]!.mean);
    check(yearly([-1e6, -2e6, -3e6, -4e6, -5e6]), 'real');
  });

  it('refuses fewer than 3 points or non-finite values, clearly', () => {
    expect(() => autoForecast(yearly([1, 2]), { scale: 'count' })).toThrow(RangeError);
    expect(() => autoForecast(yearly([1, Number.NaN, 3]), { scale: 'count' })).toThrow(RangeError);
    expect(() =>
      autoForecast(
        [
          { t: 2001, y: 1 },
          { t: 2001, y: 2 },
          { t: 2002, y: 3 },
        ],
        { scale: 'count' },
      ),
    ).toThrow(RangeError);
  });
});
