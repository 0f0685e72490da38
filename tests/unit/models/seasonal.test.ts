import { describe, expect, it } from 'vitest';
import { linear } from '../../../src/engine/models/linear.ts';
import {
  hasSeasonality,
  inferPeriod,
  isRegular,
  seasonalIndices,
  seasonalNaive,
  seasonallyAdjusted,
} from '../../../src/engine/models/seasonal.ts';
import { makeTransform } from '../../../src/engine/models/transform.ts';

const pattern = [5, 3, 1, 0, -1, -3, -5, -3, -1, 0, 1, 3];
const monthly = (months: number) => {
  const t = Array.from({ length: months }, (_, i) => 2020 + (i + 1) / 12);
  return { t, y: t.map((_, i) => 100 + 0.5 * i + pattern[i % 12]!) };
};
const context = { step: 1 / 12, transform: makeTransform('count', [1]) };

describe('seasonality', () => {
  it('infers the period from the spacing', () => {
    expect(inferPeriod(1 / 12)).toBe(12);
    expect(inferPeriod(0.25)).toBe(4);
    expect(inferPeriod(1)).toBe(1);
    expect(isRegular([2020.25, 2020.5, 2020.75, 2021], 4)).toBe(true);
    expect(isRegular([2020.25, 2020.5, 2021, 2021.25], 4)).toBe(false);
  });

  it('detects a seasonal pattern under a trend, and none in a straight line', () => {
    const series = monthly(36);
    expect(hasSeasonality(series.y, 12)).toBe(true);
    expect(
      hasSeasonality(
        series.t.map((_, i) => 100 + 0.5 * i + Math.sin(i * 0.7) * 0.01),
        12,
      ),
    ).toBe(false);
    expect(hasSeasonality(series.y.slice(0, 20), 12)).toBe(false); // fewer than two cycles
  });

  it('recovers additive seasonal indices and forecasts the adjusted trend plus the season', () => {
    const series = monthly(36);
    const indices = seasonalIndices(series, 12);
    const mean = pattern.reduce((a, b) => a + b, 0) / 12;
    indices.forEach((v, i) => expect(v).toBeCloseTo(pattern[i]! - mean, 6));
    const fit = seasonallyAdjusted(linear, 12).fit(series, context);
    const nextT = 2020 + 37 / 12; // month index 36: same season as index 0
    expect(fit.point(nextT)).toBeCloseTo(100 + 0.5 * 36 + pattern[0]!, 6);
  });

  it('seasonal naive repeats the last season', () => {
    const series = monthly(24);
    const fit = seasonalNaive(12).fit(series, context);
    expect(fit.point(2020 + 27 / 12)).toBeCloseTo(series.y[14]!, 10);
  });
});
