import { describe, expect, it } from 'vitest';
import { likelihood, propagate, workspace, type EtsParams } from '../../../src/engine/models/ets/filter.ts';
import { fitMembers, type EtsFit } from '../../../src/engine/models/ets/fit.ts';
import { etsMean, etsVariances } from '../../../src/engine/models/ets/forecast.ts';
import { etsAicc, holt } from '../../../src/engine/models/ets/models.ts';
import { familyFor, type EtsSpec } from '../../../src/engine/models/ets/spec.ts';
import { fitModel } from '../../../src/engine/models/forecaster.ts';
import { stepGaps } from '../../../src/engine/models/steps.ts';
import { makeTransform } from '../../../src/engine/models/transform.ts';

// R's airmiles (US passenger-miles flown, 1937-1960), the example series of R's datasets package.
const AIRMILES = [
  412, 480, 683, 1052, 1385, 1418, 1634, 2178, 3362, 5948, 6109, 5981, 6753, 8003, 10566, 12528, 14760, 16769, 19819, 22362, 25340, 25343,
  29269, 30514,
];
const GAPS = stepGaps(
  AIRMILES.map((_, i) => 1937 + i),
  1,
);

/** One member with fixed smoothing parameters, its initial states fitted as ets() fits them. */
function fixed(spec: EtsSpec, params: EtsParams, estimated: number): EtsFit {
  const ws = workspace(AIRMILES);
  const result = likelihood(AIRMILES, spec.error, propagate(AIRMILES, GAPS, spec.trend, params, ws), ws, 2);
  return {
    spec,
    ...params,
    level: result.level,
    trend: result.trend,
    sigma2: result.sse / (AIRMILES.length - estimated),
    lik: result.lik,
    aicc: 0,
  };
}

const means = (fit: EtsFit, k: number) => Array.from({ length: k }, (_, i) => etsMean(fit, i + 1));
const sds = (fit: EtsFit, k: number) => Array.from(etsVariances(fit, k), Math.sqrt);

describe('ETS known answers (R forecast 8.20: ets() with the smoothing parameters fixed, initial states estimated)', () => {
  it('ETS(A,N,N), alpha 0.5: likelihood, forecast and its standard deviation', () => {
    const fit = fixed({ error: 'A', trend: 'N' }, { alpha: 0.5, beta: 0, phi: 1 }, 2);
    expect(fit.lik).toBeCloseTo(460.5492, 3);
    expect(etsMean(fit, 1)).toBeCloseTo(28564.73, 1);
    expect(sds(fit, 1)[0]).toBeCloseTo(3131.459, 2);
  });

  it('ETS(A,A,N), alpha 0.5, beta 0.1: likelihood, three forecasts and their standard deviations', () => {
    const fit = fixed({ error: 'A', trend: 'A' }, { alpha: 0.5, beta: 0.1, phi: 1 }, 4);
    expect(fit.lik).toBeCloseTo(421.408, 2);
    means(fit, 3).forEach((m, i) => expect(m).toBeCloseTo([32802.72, 34950.78, 37098.84][i]!, 1));
    sds(fit, 3).forEach((s, i) => expect(s).toBeCloseTo([1453.117, 1694.611, 1976.453][i]!, 2));
  });

  it('ETS(A,Ad,N), alpha 0.5, beta 0.1, phi 0.9', () => {
    const fit = fixed({ error: 'A', trend: 'Ad' }, { alpha: 0.5, beta: 0.1, phi: 0.9 }, 5);
    expect(fit.lik).toBeCloseTo(434.2037, 3);
    means(fit, 3).forEach((m, i) => expect(m).toBeCloseTo([31403.67, 32675.56, 33820.25][i]!, 1));
    sds(fit, 3).forEach((s, i) => expect(s).toBeCloseTo([1946.31, 2259.816, 2610.045][i]!, 2));
  });

  it('ETS(M,A,N), alpha 0.5, beta 0.1: initial states at least as likely as ets() finds, the same forecasts', () => {
    const fit = fixed({ error: 'M', trend: 'A' }, { alpha: 0.5, beta: 0.1, phi: 1 }, 4);
    // ets() reports 442.831; reweighted least squares reaches a better start for the same parameters.
    expect(fit.lik).toBeLessThan(442.831);
    means(fit, 3).forEach((m, i) => expect(m / [32802.76, 34950.76, 37098.77][i]!).toBeCloseTo(1, 4));
  });

  it('class 2 variance (multiplicative error) exceeds sigma2 mu^2 and grows with the horizon', () => {
    const fit = fixed({ error: 'M', trend: 'A' }, { alpha: 0.5, beta: 0.1, phi: 1 }, 4);
    const v = etsVariances(fit, 3);
    expect(v[0]).toBeCloseTo(fit.sigma2 * etsMean(fit, 1) ** 2, 6);
    expect(v[1]!).toBeGreaterThan(v[0]!);
    expect(v[2]!).toBeGreaterThan(v[1]!);
  });

  it('maximum likelihood over the parameters does at least as well as ets() (R: ETS(A,A,N) lik 409.4924, ETS(A,Ad,N) 409.9113)', () => {
    const [aan, aadn] = fitMembers(AIRMILES, GAPS, [
      { error: 'A', trend: 'A' },
      { error: 'A', trend: 'Ad' },
    ]);
    expect(aan!.lik).toBeLessThan(409.4924 + 1e-6);
    expect(aadn!.lik).toBeLessThan(409.9113 + 1e-6);
    expect(aan!.beta).toBeLessThanOrEqual(aan!.alpha);
    expect(aadn!.phi).toBeGreaterThanOrEqual(0.8);
    expect(aadn!.phi).toBeLessThanOrEqual(0.98);
  });

  it('selection by AICc does at least as well as ets(model = "ZZN") (R: ETS(A,A,N), AICc 422.8257)', () => {
    const series = { t: AIRMILES.map((_, i) => 1937 + i), y: AIRMILES };
    const fit = etsAicc.fit(series, { step: 1, transform: makeTransform('real', AIRMILES) });
    expect(fit.params.aicc).toBeLessThan(422.8257 + 1e-6);
  });
});

describe('ETS family', () => {
  const y = Array.from({ length: 12 }, (_, i) => 10 + i);
  const names = (specs: EtsSpec[]) => specs.map((s) => `${s.error}${s.trend}`);

  it('multiplicative error only for positive data seen on their own scale', () => {
    expect(names(familyFor(y, false))).toEqual(['AN', 'AA', 'AAd', 'MN', 'MA', 'MAd']);
    expect(names(familyFor(y, true))).toEqual(['AN', 'AA', 'AAd']);
    expect(names(familyFor([...y, 0], false))).toEqual(['AN', 'AA', 'AAd']);
  });

  it('members need more than four observations beyond their estimated quantities, as in ets()', () => {
    expect(names(familyFor(y.slice(0, 7), true))).toEqual(['AN']);
    expect(names(familyFor(y.slice(0, 9), true))).toEqual(['AN', 'AA']);
    expect(names(familyFor(y.slice(0, 10), true))).toEqual(['AN', 'AA', 'AAd']);
  });

  it('holt extends a straight line exactly; ets (AICc) on a line forecasts the line', () => {
    const points = Array.from({ length: 15 }, (_, i) => ({ t: 2000 + i, y: 20 + 3 * i }));
    for (const model of [holt, etsAicc]) {
      const [at] = fitModel(model, points, { scale: 'real' }).predict([2020]);
      expect(at!.mean, model.name).toBeCloseTo(20 + 3 * 20, 3);
    }
  });

  it('calendar months are whole steps; a real gap is not', () => {
    const months = [2024 + 31 / 366, 2024 + 60 / 366, 2024 + 91 / 366, 2024 + 152 / 366];
    expect(Array.from(stepGaps(months, 1 / 12))).toEqual([1, 1, 1, 2]);
    expect(stepGaps([2000, 2001, 2002.5], 1)[2]).toBeCloseTo(1.5, 10);
  });
});
