// Forecasts of a fitted ETS member: the mean h steps ahead and the forecast variance of
// Hyndman et al. (2008), chapter 6, as forecast.ets() computes them: class 1 (additive error,
// linear) in closed form, class 2 (multiplicative error, additive trend and season) by its theta
// recursion. A seasonal member adds the season of the step ahead (whole steps) to the mean, and
// gamma to the effect of an error on the forecasts whole seasons later.

import { dampedSum } from '../smoothing.ts';
import type { EtsFit } from './fit.ts';

/** Mean forecast h steps after the last observation (h need not be whole). */
export function etsMean(fit: EtsFit, h: number): number {
  const base = fit.spec.trend === 'N' ? fit.level : fit.level + fit.trend * dampedSum(fit.phi, h);
  const season = fit.season;
  if (!season) return base;
  const { period, ahead } = season;
  const j = (((Math.max(1, Math.round(h)) - 1) % period) + period) % period;
  return base + ahead[j]!;
}

/**
 * Forecast variances for whole steps 1..k (index 0 is step 1). c_j = alpha + beta (phi + ... + phi^j)
 * (+ gamma when j is a whole number of seasons) is the effect of one error on the forecast j steps later.
 */
export function etsVariances(fit: EtsFit, k: number): Float64Array {
  const c2 = new Float64Array(k);
  for (let j = 1; j < k; j++) {
    const seasonal = fit.season && j % fit.season.period === 0 ? fit.season.gamma : 0;
    c2[j] = (fit.alpha + (fit.spec.trend === 'N' ? 0 : fit.beta * dampedSum(fit.phi, j)) + seasonal) ** 2;
  }
  const out = new Float64Array(k);
  if (fit.spec.error === 'A') {
    let total = 1;
    for (let h = 1; h <= k; h++) {
      if (h > 1) total += c2[h - 1]!;
      out[h - 1] = fit.sigma2 * total;
    }
    return out;
  }
  // theta_j = mu_j^2 + sigma2 sum_{i<j} c_i^2 theta_{j-i}; var_j = (1 + sigma2) theta_j - mu_j^2.
  const theta = new Float64Array(k + 1);
  for (let h = 1; h <= k; h++) {
    const mu = etsMean(fit, h);
    let carried = 0;
    for (let i = 1; i < h; i++) carried += c2[i]! * theta[h - i]!;
    theta[h] = mu * mu + fit.sigma2 * carried;
    out[h - 1] = (1 + fit.sigma2) * theta[h]! - mu * mu;
  }
  return out;
}
