import { describe, expect, it } from 'vitest';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import type { Point } from '../../../src/engine/models/types.ts';

const yearly = (values: number[], from = 2010): Point[] => values.map((y, i) => ({ t: from + i, y }));

describe('autoForecast known answers', () => {
  it('a linear count series continues with its slope', () => {
    const result = autoForecast(yearly(Array.from({ length: 12 }, (_, i) => 200 + 15 * i)), { scale: 'count' });
    const [a, b, c] = result.predict([2022, 2023, 2026]);
    expect(a!.mean).toBeCloseTo(380, 0);
    expect(b!.mean - a!.mean).toBeCloseTo(15, 0);
    expect(c!.mean).toBeCloseTo(440, -1);
  });

  it('a constant series stays constant with a narrow range', () => {
    const result = autoForecast(yearly(Array(10).fill(42)), { scale: 'count' });
    for (const forecast of result.predict([2020, 2025])) {
      expect(forecast.mean).toBeCloseTo(42, 6);
      for (const band of forecast.bands) expect(band.upper - band.lower).toBeLessThan(1e-6);
    }
  });

  it('a logistic share approaches its ceiling and never passes it', () => {
    const values = Array.from({ length: 15 }, (_, i) => 80 / (1 + Math.exp(-0.6 * (i - 6))));
    const result = autoForecast(yearly(values, 2000), { scale: 'percent' });
    const [far] = result.predict([2040]);
    expect(far!.mean).toBeCloseTo(80, 0);
    for (const band of far!.bands) expect(band.upper).toBeLessThanOrEqual(100);
  });

  it('finds and forecasts a monthly seasonal pattern', () => {
    const points = Array.from({ length: 48 }, (_, i) => ({
      t: 2020 + (i + 1) / 12,
      y: 100 + i + 10 * Math.sin((2 * Math.PI * i) / 12),
    }));
    const result = autoForecast(points, { scale: 'count' });
    expect(result.model).toContain('seasonal period 12');
    const [jan, apr] = result.predict([2024 + 1 / 12, 2024 + 4 / 12]);
    expect(jan!.mean).toBeCloseTo(149, -1);
    expect(apr!.mean).toBeCloseTo(162, -1);
  });

  it('an all-zero series forecasts zero', () => {
    for (const scale of ['count', 'percent'] as const) {
      const [forecast] = autoForecast(yearly(Array(8).fill(0)), { scale }).predict([2020]);
      expect(forecast!.mean).toBeLessThanOrEqual(0.01); // percent clamps at 0.01% of the cap (logit epsilon)
      expect(forecast!.bands[1]!.upper).toBeLessThan(0.05);
    }
  });

  it('a ceiling caps a count forecast', () => {
    const result = autoForecast(yearly([100, 200, 300, 400, 500, 600, 700, 800]), { scale: 'count', ceiling: 900 });
    for (const forecast of result.predict([2020, 2030])) {
      for (const band of forecast.bands) expect(band.upper).toBeLessThanOrEqual(900);
    }
  });
});

describe('autoForecast result', () => {
  it('reports members with weights summing to 1, the backtest and coverage by level', () => {
    const result = autoForecast(yearly([5, 7, 6, 8, 9, 9.5, 11, 12, 12.2, 14, 15, 15.5, 17, 18, 18.4, 20, 21, 22.5, 23, 24]), {
      scale: 'count',
      levels: [50, 80, 95],
    });
    expect(result.members.length).toBeGreaterThan(0);
    expect(result.members.reduce((a, m) => a + m.weight, 0)).toBeCloseTo(1, 10);
    expect(result.backtest.origins).toBeGreaterThanOrEqual(5);
    expect(result.backtest.mase).toBeGreaterThan(0);
    expect(Object.keys(result.backtest.coverage).map(Number)).toEqual([50, 80, 95]);
    const coverage = result.backtest.coverage;
    expect(coverage[50]!).toBeLessThanOrEqual(coverage[80]!);
    expect(coverage[80]!).toBeLessThanOrEqual(coverage[95]!);
    expect(result.predict([2030])[0]!.bands.map((b) => b.level)).toEqual([50, 80, 95]);
    // Plain data apart from the two functions: survives structured cloning.
    const { predict: _p, samplePaths: _s, ...data } = result;
    expect(structuredClone(data)).toEqual(data);
  });

  it('wider levels give wider bands, and bands widen with the horizon', () => {
    const result = autoForecast(yearly([3, 5, 4, 6, 8, 7, 9, 10, 9, 12]), { scale: 'count' });
    const [near, far] = result.predict([2021, 2030]);
    const width = (f: typeof near, i: number) => f!.bands[i]!.upper - f!.bands[i]!.lower;
    expect(width(near, 1)).toBeGreaterThan(width(near, 0));
    expect(width(far, 0)).toBeGreaterThan(width(near, 0));
  });

  it('3 points fall back to simple models and still forecast', () => {
    const result = autoForecast(yearly([5, 7, 6]), { scale: 'percent' });
    expect(result.members.every((m) => ['naive', 'drift', 'linear', 'drift (additive)'].includes(m.name))).toBe(true);
    const [forecast] = result.predict([2015]);
    expect(Number.isFinite(forecast!.mean)).toBe(true);
    expect(result.backtest.coverage[80]).toBeNull();
  });

  it('throws RangeError for fewer than 3 points, non-finite values, duplicate times and bad levels', () => {
    expect(() => autoForecast(yearly([1, 2]), { scale: 'count' })).toThrow(RangeError);
    expect(() => autoForecast(yearly([1, Number.NaN, 3]), { scale: 'count' })).toThrow(RangeError);
    expect(() => autoForecast([...yearly([1, 2, 3]), { t: 2010, y: 4 }], { scale: 'count' })).toThrow(/duplicate/);
    expect(() => autoForecast(yearly([1, 2, 3]), { scale: 'count', levels: [100] })).toThrow(RangeError);
    expect(() => autoForecast(yearly([1, 2, 3]), { scale: 'count', seasonalPeriod: 2.5 })).toThrow(RangeError);
  });

  it('handles irregular, partial-year spacing', () => {
    const points = [2019.0, 2020.0, 2021.5, 2022.0, 2023.25, 2024.0, 2025.6].map((t, i) => ({ t, y: 80 + 2 * i }));
    const result = autoForecast(points, { scale: 'percent' });
    const [forecast] = result.predict([2026]);
    expect(forecast!.mean).toBeGreaterThan(90);
    expect(forecast!.mean).toBeLessThan(100);
  });
});
