// The automatic forecaster: backtest every candidate from rolling origins, combine the best few,
// calibrate intervals on the combination's own backtest errors, and fit the members once more
// on the whole history for the forecast itself.

import { pointForecast } from '../models/bands.ts';
import { prepareSeries } from '../models/prepare.ts';
import { INFORMATION_CRITERION_CHOICE, LONG_SERIES, SHORT_SERIES, candidateModels } from '../models/registry.ts';
import { hasSeasonality, inferPeriod, isRegular } from '../models/seasonal.ts';
import { stepVolatility } from '../models/steps.ts';
import { naive } from '../models/naive.ts';
import type { FittedModel, Point, PointForecast, Series, ValueScale } from '../models/types.ts';
import { backtestMase, planBacktest, runBacktest, trainingSlice, tryFit, type BacktestPlan } from './backtest.ts';
import { calibrate, type ScaledError } from './calibrate.ts';
import { chooseMembers, combine, heldOutCombination } from './combine.ts';
import { simulatePaths } from './paths.ts';

export interface ForecastOptions {
  scale: ValueScale;
  /** Interval levels in percent; default [80, 95]. */
  levels?: number[];
  /** Known cap on the original scale (e.g. 100 for percent); forecasts never exceed it. */
  ceiling?: number;
  /** Seasonal period in observations; inferred (12 monthly, 4 quarterly) when omitted. */
  seasonalPeriod?: number;
}

export interface ForecastResult {
  /** Readable name, e.g. "combination(theta, damped trend, drift)". */
  model: string;
  members: { name: string; weight: number }[];
  /** The seasonal period adjusted for, in observations; 1 when the forecast has no seasonal pattern. */
  seasonalPeriod: number;
  backtest: {
    origins: number;
    mase: number | null;
    /** Empirical coverage by level (0..1), each origin judged by intervals calibrated on the others. */
    coverage: Record<number, number | null>;
  };
  /** Central forecast (a median on the original scale) and bands at every requested level. */
  predict(ts: number[]): PointForecast[];
  /** One Float64Array per t, each of length nPaths; path k is one coherent trajectory. */
  samplePaths(ts: number[], nPaths: number, seed: number): Float64Array[];
}

const DEFAULT_LEVELS = [80, 95];

/** The seasonal period to adjust for, or 1: explicit or inferred, regular spacing, 2+ cycles, significant. */
function seasonalPeriodOf(series: Series, step: number, requested: number | undefined): number {
  const period = requested ?? inferPeriod(step);
  if (!Number.isInteger(period) || period < 2) return 1;
  return isRegular(series.t, period) && hasSeasonality(series.y, period) ? period : 1;
}

/** Smallest training set in the backtest: enough for every candidate that is worth comparing. */
function minimumTraining(n: number, period: number): number {
  if (n <= SHORT_SERIES) return 2;
  return Math.min(n - 1, Math.max(4, Math.ceil(0.4 * n), period > 1 ? 2 * period : 0));
}

/** Coverage of each origin's cases by intervals calibrated without that origin. */
function heldOutCoverage(plan: BacktestPlan, errors: readonly ScaledError[], prior: number, levels: readonly number[]) {
  const coverage: Record<number, number | null> = {};
  for (const level of levels) coverage[level] = null;
  if (plan.origins.length < 2) return coverage;
  const inside = levels.map(() => 0);
  for (const origin of plan.origins) {
    const others = errors.filter((_, i) => plan.cases[i]!.origin !== origin);
    const model = calibrate(others, plan.origins.length - 1, prior, origin);
    errors.forEach(({ h, error }, i) => {
      if (plan.cases[i]!.origin !== origin) return;
      levels.forEach((level, j) => {
        const tail = (1 - level / 100) / 2;
        const spread = model.spread(h);
        if (error >= spread * model.quantile(tail) && error <= spread * model.quantile(1 - tail)) inside[j]!++;
      });
    });
  }
  levels.forEach((level, j) => (coverage[level] = inside[j]! / errors.length));
  return coverage;
}

export function autoForecast(points: Point[], options: ForecastOptions): ForecastResult {
  const levels = options.levels ?? DEFAULT_LEVELS;
  for (const level of levels) {
    if (!(level > 0 && level < 100)) throw new RangeError(`interval level must be between 0 and 100, got ${level}`);
  }
  const requested = options.seasonalPeriod;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1)) {
    throw new RangeError(`seasonal period must be a whole number of observations, got ${requested}`);
  }
  const { original, fitted, transform, step } = prepareSeries(points, options.scale, options.ceiling);
  const n = fitted.y.length;
  const frequency = options.seasonalPeriod ?? inferPeriod(step);
  const period = seasonalPeriodOf(fitted, step, options.seasonalPeriod);

  const plan = planBacktest(fitted.t, step, frequency, minimumTraining(n, period));
  const scores = runBacktest(
    candidateModels(n, transform, period, Math.max(...original.y)),
    fitted,
    original,
    transform,
    step,
    frequency,
    plan,
  );
  // How the information criterion and the backtest share the choice, by length. Within the ETS
  // family, AICc picks the member on every fit (in-sample, so it is steady on any length); across
  // families, only the backtest can compare. A long series (LONG_SERIES points or more) gives the
  // backtest long training windows and several origins that tell models apart, so it alone picks
  // the members. On a shorter one its few errors are noisy, so the AICc choice always joins the
  // combination (weighted by its backtest error like the others), and on the very shortest
  // (SHORT_SERIES) the robust baselines are combined with equal weights.
  const robust = n <= SHORT_SERIES;
  const anchor = n < LONG_SERIES ? INFORMATION_CRITERION_CHOICE : undefined;
  const chosen = chooseMembers(scores, robust, -1, anchor);

  // The combination's own backtest, with models chosen without the origin they are judged on.
  const combined = heldOutCombination(plan, scores, robust, anchor);
  const errors: ScaledError[] = plan.cases.map((c, i) => ({
    h: c.h,
    error: fitted.y[c.target]! - transform.forward(combined[i]!),
  }));
  const lastT = fitted.t[n - 1]!;
  const drift = ((fitted.y[n - 1]! - fitted.y[0]!) / (lastT - fitted.t[0]!)) * step;
  const prior = stepVolatility(fitted.t, fitted.y, step, drift);
  const errorModel = calibrate(errors, plan.origins.length, prior, n);

  // Final fits on the whole (windowed) history; a member that fails here is dropped.
  const context = { step, transform };
  const history = trainingSlice(fitted, n, plan.window);
  const fits: { name: string; weight: number; fit: FittedModel }[] = [];
  for (const m of chosen) {
    const fit = tryFit(m.model, history, context, lastT + step);
    if (fit) fits.push({ name: m.model.name, weight: m.weight, fit });
  }
  if (fits.length === 0) fits.push({ name: naive.name, weight: 1, fit: naive.fit(history, context) });
  const totalWeight = fits.reduce((a, f) => a + f.weight, 0);
  const members = fits.map((f) => ({ name: f.name, weight: f.weight / totalWeight }));
  const center = (t: number) =>
    transform.forward(
      combine(
        members.map((m) => m.weight),
        fits.map((f) => transform.back(f.fit.point(t))),
      ),
    );
  const horizon = (t: number) => (t - lastT) / step;

  const base = members.length === 1 ? members[0]!.name : `combination(${members.map((m) => m.name).join(', ')})`;
  return {
    model: period > 1 ? `${base}, seasonal period ${period}` : base,
    members,
    seasonalPeriod: period,
    backtest: {
      origins: plan.origins.length,
      mase: plan.cases.length > 0 ? backtestMase(plan, original, combined, frequency) : null,
      coverage: heldOutCoverage(plan, errors, prior, levels),
    },
    predict: (ts) =>
      ts.map((t) => {
        const spread = errorModel.spread(horizon(t));
        return pointForecast(t, center(t), (p) => spread * errorModel.quantile(p), levels, transform);
      }),
    samplePaths: (ts, nPaths, seed) =>
      simulatePaths({ centers: ts.map(center), horizons: ts.map(horizon), errors: errorModel, transform }, nPaths, seed),
  };
}
