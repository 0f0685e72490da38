// Exponential smoothing with an additive damped trend, in error-correction form, for irregular
// spacing: a gap of d steps (steps.ts: d = gap / median step, whole for calendar months) advances
// the level by the damped sum of d trend steps and decays the trend by phi^d. Simple exponential smoothing is
// the special case beta = 0 (no trend).

import { goldenSection, nelderMead, squash } from './optimize.ts';
import { stepGaps } from './steps.ts';
import type { Series } from './types.ts';

export interface SmoothingParams {
  alpha: number;
  beta: number;
  phi: number;
}

export interface SmoothingFit extends SmoothingParams {
  level: number;
  trend: number;
  /** Root mean squared one-step error. */
  sigma: number;
}

/** phi + phi^2 + ... + phi^h, continuous in h (h when phi = 1). */
export function dampedSum(phi: number, h: number): number {
  return phi === 1 ? h : (phi * (1 - phi ** h)) / (1 - phi);
}

/** Runs the filter from level y0 and an initial trend (per step); returns the final state and SSE. */
function filter(y: readonly number[], gaps: Float64Array, p: SmoothingParams, trend0: number) {
  let level = y[0]!;
  let trend = trend0;
  let sse = 0;
  for (let i = 1; i < y.length; i++) {
    const d = gaps[i]!;
    // Whole single steps are the common case; skip the powers there.
    const advance = d === 1 ? p.phi : dampedSum(p.phi, d);
    const decay = d === 1 ? p.phi : p.phi ** d;
    const error = y[i]! - (level + trend * advance);
    level += trend * advance + p.alpha * error;
    trend = trend * decay + p.beta * error;
    sse += error * error;
  }
  return { level, trend, sse };
}

/** Initial trend per step: the average slope over the first few observations. */
function initialTrend(series: Series, step: number): number {
  const k = Math.min(series.y.length - 1, 3);
  return ((series.y[k]! - series.y[0]!) / (series.t[k]! - series.t[0]!)) * step;
}

/**
 * Fits alpha (and, with a trend, beta <= alpha and phi in [0.8, 0.98]) by least one-step squared
 * error. Bounds follow common ETS practice; phi <= 0.98 keeps long horizons from running away.
 */
export function fitSmoothing(series: Series, step: number, withTrend: boolean): SmoothingFit {
  const gaps = stepGaps(series.t, step);
  const trend0 = withTrend ? initialTrend(series, step) : 0;
  let best: SmoothingParams;
  if (withTrend) {
    const decode = (x: Float64Array): SmoothingParams => {
      const alpha = squash(x[0]!, 0.02, 0.98);
      return { alpha, beta: alpha * squash(x[1]!, 0, 1), phi: squash(x[2]!, 0.8, 0.98) };
    };
    best = decode(nelderMead((x) => filter(series.y, gaps, decode(x), trend0).sse, [0, -2, 0], 60));
  } else {
    const level = (alpha: number): SmoothingParams => ({ alpha, beta: 0, phi: 1 });
    best = level(goldenSection((alpha) => filter(series.y, gaps, level(alpha), 0).sse, 0.02, 0.98));
  }
  const state = filter(series.y, gaps, best, trend0);
  const errors = Math.max(1, series.y.length - 1);
  return { ...best, level: state.level, trend: state.trend, sigma: Math.sqrt(state.sse / errors) };
}

/** ETS(A,Ad,N) forecast standard deviation h steps ahead: sigma^2 (1 + sum_j (alpha + beta D(j))^2). */
export function smoothingSd(fit: SmoothingFit, h: number): number {
  let total = 1;
  for (let j = 1; j < Math.ceil(h); j++) total += (fit.alpha + fit.beta * dampedSum(fit.phi, j)) ** 2;
  return h > 0 ? fit.sigma * Math.sqrt(total) : 0;
}
