// Interval calibration from the forecaster's own held-out backtest errors, measured on the fitting
// scale (logit/log), where they are closer to symmetric and where the bounds are built in.
//
// The error h steps ahead is modelled as scale * h^growth * (1 + h / n) times a Student-t variate:
// - growth (0.5 = random-walk widening, 1 = a trend slope's) is the maximum-likelihood fit of the
//   errors' spread over horizons; every error counts, also those of horizons few origins reach;
// - scale is a conjugate (scaled inverse chi-squared) posterior: the series' own step volatility is
//   a prior worth PRIOR_WEIGHT errors, so a few errors lean on it and many outweigh it;
// - forecast errors have heavier tails than the normal, t(ERROR_DF)-like, so their root mean square
//   is sqrt(ERROR_DF / (ERROR_DF - 2)) times the t's scale, and the scale is shrunk by that factor;
// - the t's degrees of freedom combine those tails with the uncertainty of a scale estimated from
//   few draws: the errors of one origin share its fit and move together, so the origins, not the
//   errors, are the independent draws, and K origins give K - 1 degrees of freedom; the two
//   combine as 1/df = 1/ERROR_DF + 1/(K - 1) (to first order in 1/df each adds its excess
//   kurtosis). Six origins give t(3.3), whose 95% quantile is 1.89 times its 80% one (t(5): 1.74);
//   on the benchmark panel the ratio for standardised errors is 1.9-2.2;
// - never under MIN_DF = 3: t(2) tails from two or three origins put absurd paths into Hanoi's
//   4-to-6-point histories (one path in 300 with 18 million voluntary SI participants), so where
//   the floor holds the tails are lighter than the origins warrant. There the scale keeps the full
//   root mean square (no shrink) and is widened so that the 95% interval is as wide as the honest
//   t's, down to t(MIN_WIDTH_DF = 2): x1.35 from one to three origins, x1.19 from four, x1.03
//   from five. The 80% and 95% ranges then say what so few origins warrant, while the far tails
//   that Monte Carlo paths reach keep t(3)'s shape. Under 2 degrees of freedom a t has no
//   variance and its 95% quantile (12.7 at t(1)) measures the tiny sample more than the series;
// - (1 + h / n) widens forecasts that reach far beyond the history (n points): the backtest judges
//   forecasts from its last few origins only, so a change of regime longer than its window is
//   missing from its errors, and it is likelier the further ahead, relative to the history, the
//   forecast reaches: +12% at 6 steps on 50 points, +57% at 4 steps on 7.
// The errors must be held out honestly (combine.ts: each origin's members are chosen on origins
// whose windows do not overlap it). bench/README.md has the coverage by frequency and length.

import { studentT, studentTQuantile } from '../models/student-t.ts';

export interface ScaledError {
  /** Steps ahead. */
  h: number;
  /** Actual minus forecast, on the fitting scale. */
  error: number;
}

export interface ErrorModel {
  /** The t's scale at one step ahead, before the (1 + h / n) widening. */
  scale: number;
  growth: number;
  df: number;
  /** Spread at h steps ahead (0 at or before the last observation). */
  spread(h: number): number;
  /** Quantile of the standardised error at probability p. */
  quantile(p: number): number;
  /** The standardised error with the probability a standard normal has at z (for paths). */
  fromNormal(z: number): number;
}

/** Prior weight of the step-volatility scale, counted in errors. */
const PRIOR_WEIGHT = 2;
const MIN_GROWTH = 0.5;
const MAX_GROWTH = 1;
/** Steps of the growth search between MIN_GROWTH and MAX_GROWTH. */
const GROWTH_STEPS = 50;
/** Fewest degrees of freedom (see above). */
const MIN_DF = 3;
/** Fewest honest degrees of freedom whose 95% width the MIN_DF floor matches (see above). */
const MIN_WIDTH_DF = 2;
/** The floor's widening is matched at the 95% interval's upper end. */
const MATCHED_QUANTILE = 0.975;
/**
 * Tails of the forecast errors themselves (see above): one constant for every series, chosen on
 * the benchmark panel as a whole (10 to 30 leave the same groups inside 77-83 / 93-97).
 */
const ERROR_DF = 10;

/** Predictive degrees of freedom from K origins before the MIN_DF floor (see above). */
export function predictiveDf(origins: number): number {
  return 1 / (1 / ERROR_DF + 1 / Math.max(0.5, origins - 1));
}

/**
 * Factor on the scale that makes the t(MIN_DF) floor's 95% interval as wide as the honest t(df)'s,
 * df floored at MIN_WIDTH_DF; 1 where the floor does not bind (see above).
 */
export function floorWidening(honestDf: number): number {
  if (honestDf >= MIN_DF) return 1;
  return studentTQuantile(MATCHED_QUANTILE, Math.max(MIN_WIDTH_DF, honestDf)) / studentTQuantile(MATCHED_QUANTILE, MIN_DF);
}

/**
 * Growth maximising the normal likelihood of errors with spread sigma * h^g, sigma profiled out:
 * maximise -n/2 * log(mean(e^2 / h^(2g))) - g * sum(log h). Fewer than three errors, or no spread,
 * keep random-walk widening.
 */
export function estimateGrowth(errors: readonly ScaledError[]): number {
  const usable = errors.filter((e) => e.h > 0);
  if (usable.length < 3 || usable.every((e) => e.error === 0)) return MIN_GROWTH;
  let logH = 0;
  for (const e of usable) logH += Math.log(e.h);
  // The errors share a few horizons: one power per horizon and growth, not per error.
  const horizons = [...new Set(usable.map((e) => e.h))];
  const slots = usable.map((e) => horizons.indexOf(e.h));
  const powers = new Float64Array(horizons.length);
  let best = MIN_GROWTH;
  let bestLikelihood = Number.NEGATIVE_INFINITY;
  for (let k = 0; k <= GROWTH_STEPS; k++) {
    const g = MIN_GROWTH + ((MAX_GROWTH - MIN_GROWTH) * k) / GROWTH_STEPS;
    for (let j = 0; j < horizons.length; j++) powers[j] = horizons[j]! ** (2 * g);
    let sum = 0;
    for (let i = 0; i < usable.length; i++) sum += usable[i]!.error ** 2 / powers[slots[i]!]!;
    const meanSquare = sum / usable.length;
    const likelihood = -0.5 * usable.length * Math.log(meanSquare) - g * logH;
    if (likelihood > bestLikelihood) {
      bestLikelihood = likelihood;
      best = g;
    }
  }
  return best;
}

/**
 * @param errors backtest errors of the final forecaster, each origin's forecasters chosen without it
 * @param origins number of backtest origins behind them
 * @param priorScale one-step error scale to fall back on when errors are few
 * @param points length of the history the forecast starts from
 */
export function calibrate(errors: readonly ScaledError[], origins: number, priorScale: number, points: number): ErrorModel {
  const growth = estimateGrowth(errors);
  let sum = 0;
  for (const { h, error } of errors) sum += error ** 2 / h ** (2 * growth);
  const honest = predictiveDf(origins);
  const df = Math.max(MIN_DF, honest);
  // A t(ERROR_DF) scale from the root mean square, or the floor's widening (see above).
  const factor = honest >= MIN_DF ? Math.sqrt((ERROR_DF - 2) / ERROR_DF) : floorWidening(honest);
  const scale = factor * Math.sqrt((sum + PRIOR_WEIGHT * priorScale ** 2) / (errors.length + PRIOR_WEIGHT));
  const t = studentT(df);
  return {
    scale,
    growth,
    df,
    spread: (h) => (h > 0 ? scale * h ** growth * (1 + h / Math.max(1, points)) : 0),
    quantile: t.quantile,
    fromNormal: t.fromNormal,
  };
}
