import { describe, expect, it } from 'vitest';
import { additive } from '../../../src/engine/models/additive.ts';
import { dampedTrend } from '../../../src/engine/models/damped-trend.ts';
import { drift } from '../../../src/engine/models/drift.ts';
import { fitModel } from '../../../src/engine/models/forecaster.ts';
import { linear } from '../../../src/engine/models/linear.ts';
import { naive } from '../../../src/engine/models/naive.ts';
import { polynomial } from '../../../src/engine/models/polynomial.ts';
import { MODELS, REGISTRY, candidateModels } from '../../../src/engine/models/registry.ts';
import { theta } from '../../../src/engine/models/theta.ts';
import { makeTransform } from '../../../src/engine/models/transform.ts';
import type { FitContext, Point, Series } from '../../../src/engine/models/types.ts';

const years = (n: number, from = 2010) => Array.from({ length: n }, (_, i) => from + i);
const lineSeries = (slope: number, n = 12): Series => {
  const t = years(n);
  return { t, y: t.map((v) => 50 + slope * (v - 2010)) };
};
const context = (y: readonly number[]): FitContext => ({ step: 1, transform: makeTransform('count', y) });
const toPoints = (t: readonly number[], y: readonly number[]): Point[] => t.map((v, i) => ({ t: v, y: y[i]! }));

describe('known answers', () => {
  it('linear regression recovers the slope and intercept of a straight line', () => {
    const series = lineSeries(2.5);
    const fit = linear.fit(series, context(series.y));
    expect(fit.params.slope).toBeCloseTo(2.5, 10);
    expect(fit.point(2030)).toBeCloseTo(50 + 2.5 * 20, 8);
    expect(fit.sd(2030)).toBeCloseTo(0, 8);
  });

  it('drift, damped trend and the quadratic extend a straight line', () => {
    const series = lineSeries(-1.5);
    const next = 50 - 1.5 * 12;
    for (const model of [drift, dampedTrend, polynomial]) {
      const fit = model.fit(series, context(series.y));
      expect(fit.point(2022), model.name).toBeCloseTo(next, 1);
    }
    expect(drift.fit(series, context(series.y)).params.slope).toBeCloseTo(-1.5, 10);
  });

  it('theta estimates the full slope but extrapolates half of it (its known damping)', () => {
    const series = lineSeries(-1.5);
    const fit = theta.fit(series, context(series.y));
    expect(fit.params.slope).toBeCloseTo(-1.5, 10);
    const last = 50 - 1.5 * 11;
    expect(fit.point(2031) - fit.point(2021)).toBeCloseTo(-0.75 * 10, 6);
    expect(fit.point(2022)).toBeLessThan(last);
  });

  it('drift handles irregular spacing: a gap counts as its length in years', () => {
    const t = [2010, 2011, 2015, 2016, 2020];
    const fit = drift.fit({ t, y: t.map((v) => 3 * v - 6000) }, context([1]));
    expect(fit.params.slope).toBeCloseTo(3, 10);
    expect(fit.point(2022)).toBeCloseTo(3 * 2022 - 6000, 8);
  });

  it('naive carries the last value with growing uncertainty', () => {
    const series = { t: years(6), y: [3, 5, 4, 6, 5, 7] };
    const fit = naive.fit(series, context(series.y));
    expect(fit.point(2020)).toBe(7);
    expect(fit.sd(2017)).toBeGreaterThan(fit.sd(2016));
    expect(fit.sd(2015)).toBe(0);
  });

  it('the logistic curve recovers its ceiling and midpoint', () => {
    const t = years(16, 2000);
    const y = t.map((v) => 80 / (1 + Math.exp(-0.6 * (v - 2006))));
    const fit = fitModel('logistic', toPoints(t, y), { scale: 'percent' });
    expect(fit.params.ceiling).toBeCloseTo(80, 2);
    expect(fit.params.midpoint).toBeCloseTo(2006, 2);
    expect(fit.predict([2040])[0]!.mean).toBeLessThanOrEqual(80.01);
  });

  it('the Gompertz curve recovers its ceiling, rate and inflection from noiseless data, and never passes the cap', () => {
    const t = years(20, 2000);
    const y = t.map((v) => 90 * Math.exp(-Math.exp(-0.35 * (v - 2008))));
    const fit = fitModel('gompertz', toPoints(t, y), { scale: 'percent' });
    expect(fit.params.ceiling).toBeCloseTo(90, 2);
    expect(fit.params.rate).toBeCloseTo(0.35, 3);
    expect(fit.params.inflection).toBeCloseTo(2008, 2);
    const [far] = fit.predict([2060]);
    expect(far!.mean).toBeCloseTo(90, 1);
    for (const band of far!.bands) expect(band.upper).toBeLessThanOrEqual(100);
  });

  it('exponential and power regressions recover their growth parameters', () => {
    const t = years(10);
    const exp = fitModel(
      'exponential',
      toPoints(
        t,
        t.map((v) => 10 * Math.exp(0.07 * (v - 2010))),
      ),
      { scale: 'percent' },
    );
    expect(exp.params.rate).toBeCloseTo(0.07, 6);
    const pow = fitModel(
      'power',
      toPoints(
        t,
        t.map((v) => 3 * (v - 2009) ** 1.5),
      ),
      { scale: 'count' },
    );
    expect(pow.params.exponent).toBeCloseTo(1.5, 6);
  });

  it('a constant series stays constant with a zero-width model interval', () => {
    const t = years(8);
    for (const model of MODELS.filter((m) => m.minPoints <= 8)) {
      const forecast = fitModel(
        model,
        toPoints(
          t,
          t.map(() => 42),
        ),
        { scale: 'count' },
      ).predict([2020])[0]!;
      expect(forecast.mean, model.name).toBeCloseTo(42, 3);
      for (const band of forecast.bands) expect(band.upper - band.lower, model.name).toBeLessThan(1e-3);
    }
  });
});

describe('model interface', () => {
  it('every single model gives ordered bands inside the percent bounds', () => {
    const t = years(10);
    const y = [88, 90.5, 91, 93.2, 94, 95.1, 96.5, 97.2, 98.9, 99.4];
    for (const model of MODELS) {
      const [forecast] = fitModel(model, toPoints(t, y), { scale: 'percent', levels: [50, 99] }).predict([2025]);
      expect(forecast!.bands.map((b) => b.level)).toEqual([50, 99]);
      for (const band of forecast!.bands) {
        expect(band.lower, model.name).toBeLessThanOrEqual(forecast!.mean);
        expect(band.upper, model.name).toBeGreaterThanOrEqual(forecast!.mean);
        expect(band.lower, model.name).toBeGreaterThanOrEqual(0);
        expect(band.upper, model.name).toBeLessThanOrEqual(100);
      }
    }
  });

  it('additive variants trend in original units and stay within the bounds', () => {
    const series = lineSeries(-10, 6); // reaches 0 at 2015: must not forecast below 0
    const transform = makeTransform('count', series.y);
    const fitted = { t: series.t, y: series.y.map(transform.forward) };
    const fit = additive(drift).fit(fitted, { step: 1, transform });
    expect(transform.back(fit.point(2016))).toBeGreaterThan(0);
    expect(transform.back(fit.point(2013.5))).toBeCloseTo(15, 6);
  });

  it('rejects unknown models and too-short series', () => {
    expect(() => fitModel('arima', toPoints([1, 2, 3], [1, 2, 3]), { scale: 'count' })).toThrow(RangeError);
    expect(() => fitModel('logistic', toPoints([1, 2, 3], [1, 2, 3]), { scale: 'percent' })).toThrow(RangeError);
  });

  it('one registry: unique names, and every candidate is a registered model or its additive or seasonal form', () => {
    expect(new Set(MODELS.map((m) => m.name)).size).toBe(REGISTRY.length);
    const names = new Set(MODELS.flatMap((m) => [m.name, `${m.name} (additive)`]));
    for (const scale of ['percent', 'count', 'real'] as const) {
      const transform = makeTransform(scale, [1, 2]);
      for (const n of [4, 12, 40])
        for (const m of candidateModels(n, transform, n === 40 ? 12 : 1, 80))
          expect(names.has(m.name) || m.name === 'seasonal naive', m.name).toBe(true);
    }
  });

  it('offers the exponential curve on a log scale and the fitting-scale line only where it is not the same curve', () => {
    const names = (scale: 'count' | 'percent', n: number) => candidateModels(n, makeTransform(scale, [1, 2]), 1, 80).map((m) => m.name);
    expect(names('count', 12)).toContain('exponential');
    expect(names('count', 12)).not.toContain('linear');
    expect(names('percent', 12)).toEqual(expect.arrayContaining(['linear', 'exponential']));
  });

  it('short series get only robust baselines; seasonal data get adjusted models and seasonal naive', () => {
    const transform = makeTransform('count', [1, 2, 3]);
    expect(candidateModels(4, transform, 1, 3).map((m) => m.name)).toEqual(['naive', 'drift', 'linear', 'drift (additive)']);
    const seasonal = candidateModels(40, transform, 12, 3);
    expect(seasonal.some((m) => m.name === 'seasonal naive')).toBe(true);
    expect(seasonal.some((m) => m.name === 'logistic')).toBe(false); // no ceiling to approach on a log scale
    const percent = makeTransform('percent', [1]);
    expect(candidateModels(40, percent, 1, 80).some((m) => m.name === 'logistic')).toBe(true);
    // Far from the cap (an unemployment rate of 5%) a saturation curve is not identifiable.
    expect(candidateModels(40, percent, 1, 5).some((m) => m.name === 'logistic')).toBe(false);
  });
});
