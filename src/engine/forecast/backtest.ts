// Rolling-origin evaluation (time-series cross-validation): each candidate is refitted on the
// history up to an origin and scored on the points that follow, up to a horizon. Origins and
// fitting windows are capped so that long series cost no more than a few dozen fits per model.

import type { Transform } from '../models/transform.ts';
import type { FitContext, FittedModel, ModelDefinition, Series } from '../models/types.ts';
import { naiveScale } from './metrics.ts';

/** At most this many origins, spread evenly over the usable range. */
const MAX_ORIGINS = 6;

/** One forecast the backtest makes: from the first `origin` points, the point at `target`. */
export interface BacktestCase {
  origin: number;
  /** Position of the origin in the plan's origins. */
  slot: number;
  target: number;
  /** Steps ahead (continuous for irregular spacing). */
  h: number;
}

export interface BacktestPlan {
  /** Training sizes, ascending. */
  origins: number[];
  cases: BacktestCase[];
  /** Cap on the training window, in points. */
  window: number;
}

export interface CandidateScore {
  model: ModelDefinition;
  /** Mean absolute error of each origin, scaled by the whole series; Infinity when the model failed. */
  perOrigin: Float64Array;
  /** One forecast per case, on the original scale. */
  forecasts: Float64Array;
}

/** Forecast horizon the backtest looks at, in steps: the M4 horizons by frequency. */
export function backtestHorizon(period: number): number {
  return period >= 12 ? 18 : period >= 4 ? 8 : 6;
}

/** Points the fitting window keeps: enough for ten seasons or fifty steps, whichever is more. */
export function fittingWindow(period: number): number {
  return Math.max(50, 10 * period);
}

export function planBacktest(t: readonly number[], step: number, period: number, minTrain: number): BacktestPlan {
  const n = t.length;
  const horizon = backtestHorizon(period);
  const first = Math.max(minTrain, n - horizon - MAX_ORIGINS + 1);
  const count = Math.min(MAX_ORIGINS, n - first);
  const origins: number[] = [];
  for (let k = 0; k < count; k++) {
    const origin = count === 1 ? n - 1 : Math.round(first + ((n - 1 - first) * k) / (count - 1));
    if (origin !== origins[origins.length - 1]) origins.push(origin);
  }
  const cases: BacktestCase[] = [];
  origins.forEach((origin, slot) => {
    for (let target = origin; target < Math.min(n, origin + horizon); target++) {
      cases.push({ origin, slot, target, h: (t[target]! - t[origin - 1]!) / step });
    }
  });
  return { origins, cases, window: fittingWindow(period) };
}

/** The last `window` points before index `end`. */
export function trainingSlice(series: Series, end: number, window: number): Series {
  const start = Math.max(0, end - window);
  return { t: series.t.slice(start, end), y: series.y.slice(start, end) };
}

/** Fits a model, or returns null when it fails or forecasts non-finite values at `checkAt`. */
export function tryFit(model: ModelDefinition, series: Series, context: FitContext, checkAt: number): FittedModel | null {
  try {
    const fitted = model.fit(series, context);
    return Number.isFinite(fitted.point(checkAt)) ? fitted : null;
  } catch {
    return null;
  }
}

/**
 * Mean absolute error of each origin's cases, scaled by that origin's training data (MASE), or,
 * with `commonScale`, all by the whole series, which keeps the early origins of a fast-growing
 * series (tiny scales) from dominating the ranking of candidates.
 */
export function originErrors(
  plan: BacktestPlan,
  original: Series,
  forecasts: ArrayLike<number>,
  period: number,
  commonScale: boolean,
): Float64Array {
  const whole = naiveScale(trainingSlice(original, original.y.length, plan.window).y, period);
  const sums = new Float64Array(plan.origins.length);
  const counts = new Float64Array(plan.origins.length);
  plan.cases.forEach(({ slot, target }, i) => {
    sums[slot]! += Math.abs(original.y[target]! - forecasts[i]!);
    counts[slot]!++;
  });
  return sums.map((sum, slot) => {
    const scale = commonScale ? whole : naiveScale(trainingSlice(original, plan.origins[slot]!, plan.window).y, period);
    return sum / counts[slot]! / scale;
  });
}

/** MASE averaged over origins, so each origin counts once. */
export function backtestMase(plan: BacktestPlan, original: Series, forecasts: ArrayLike<number>, period: number): number {
  const errors = originErrors(plan, original, forecasts, period, false);
  return errors.reduce((a, b) => a + b, 0) / errors.length;
}

export function runBacktest(
  candidates: readonly ModelDefinition[],
  fitted: Series,
  original: Series,
  transform: Transform,
  step: number,
  period: number,
  plan: BacktestPlan,
): CandidateScore[] {
  const context: FitContext = { step, transform };
  return candidates.map((model) => {
    const forecasts = new Float64Array(plan.cases.length);
    const failed = { model, perOrigin: new Float64Array(plan.origins.length).fill(Number.POSITIVE_INFINITY), forecasts };
    let index = 0;
    for (const origin of plan.origins) {
      const fit = tryFit(model, trainingSlice(fitted, origin, plan.window), context, fitted.t[origin]!);
      if (!fit) return failed;
      for (; index < plan.cases.length && plan.cases[index]!.origin === origin; index++) {
        const value = transform.back(fit.point(fitted.t[plan.cases[index]!.target]!));
        if (!Number.isFinite(value)) return failed;
        forecasts[index] = value;
      }
    }
    return { model, perOrigin: originErrors(plan, original, forecasts, period, true), forecasts };
  });
}
