// Interval calibration from backtest errors. Errors are measured on the fitting scale (logit/log),
// where they are closer to symmetric and where the bounds are built in. Their spread is modelled
// as scale * h^growth: growth is estimated from the root mean squared error by horizon when
// there are enough horizons, and otherwise 0.5 (random-walk widening). The scale mixes the
// backtest with a prior (the series' own step volatility), and the shape is Student's t with
// degrees of freedom from the number of origins, so thin evidence gives wide, honest intervals.

import { studentTQuantile } from '../models/quantiles.ts';

export interface ScaledError {
  /** Steps ahead. */
  h: number;
  /** Actual minus forecast, on the fitting scale. */
  error: number;
}

export interface ErrorModel {
  scale: number;
  growth: number;
  df: number;
  /** Spread at h steps ahead (0 at or before the last observation). */
  spread(h: number): number;
  /** Quantile of the standardised error at probability p. */
  quantile(p: number): number;
}

/** Prior weight of the step-volatility scale, counted in errors. */
const PRIOR_WEIGHT = 2;
const MIN_GROWTH = 0.5;
const MAX_GROWTH = 1;

/** Least-squares slope of log RMSE on log h over whole-step horizons with at least 3 errors. */
function estimateGrowth(errors: readonly ScaledError[]): number {
  const byHorizon = new Map<number, { sum: number; count: number }>();
  for (const { h, error } of errors) {
    const k = Math.max(1, Math.round(h));
    const cell = byHorizon.get(k) ?? { sum: 0, count: 0 };
    cell.sum += error * error;
    cell.count++;
    byHorizon.set(k, cell);
  }
  const points = [...byHorizon].filter(([, c]) => c.count >= 3 && c.sum > 0);
  if (points.length < 3) return MIN_GROWTH;
  const xs = points.map(([k]) => Math.log(k));
  const ys = points.map(([, c]) => 0.5 * Math.log(c.sum / c.count));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, sxx > 0 ? sxy / sxx : MIN_GROWTH));
}

/**
 * @param errors backtest errors of the final forecaster
 * @param origins number of backtest origins behind them (errors within an origin are correlated)
 * @param priorScale one-step error scale to fall back on when errors are few
 */
export function calibrate(errors: readonly ScaledError[], origins: number, priorScale: number): ErrorModel {
  const growth = estimateGrowth(errors);
  let sum = 0;
  for (const { h, error } of errors) sum += error ** 2 / h ** (2 * growth);
  const scale = Math.sqrt((sum + PRIOR_WEIGHT * priorScale ** 2) / (errors.length + PRIOR_WEIGHT));
  const df = Math.max(3, Math.floor(origins / 2));
  return {
    scale,
    growth,
    df,
    spread: (h) => (h > 0 ? scale * h ** growth : 0),
    quantile: (p) => studentTQuantile(p, df),
  };
}
