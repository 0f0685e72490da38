// Rolling-origin evaluation: every method gets exactly the same (series, origin, horizon) tasks in
// the same process, and is judged by the engine's own MASE and interval coverage.

import { intervalCoverage, mase } from '../src/engine/forecast/metrics.ts';
import { groupsOf, type Group } from './groups.ts';
import type { Frequency, Scale, Series } from './panel.ts';

export interface Interval {
  lower: number[];
  upper: number[];
}

export interface Forecast {
  mean: number[];
  /** One interval per requested level, in the order of the levels asked for. */
  intervals: Interval[];
  /** Set by an adapter that could not use its model (series too short, model error). */
  fallback?: string;
}

/** What the index-based peers ignore but a date-aware, bounded method needs. */
export interface SeriesContext {
  /** Decimal years of the training points and of the points to forecast. */
  t: number[];
  tAhead: number[];
  scale: Scale;
}

/** `levels` are nominal coverages in (0, 1), e.g. [0.8, 0.95]. */
export type Forecaster = (
  train: number[],
  horizon: number,
  levels: readonly number[],
  seasonalPeriod: number,
  context?: SeriesContext,
) => Forecast;

export interface Method {
  name: string;
  forecast: Forecaster;
}

/** Interval levels every method is asked for and judged at. */
export const LEVELS = [0.8, 0.95] as const;
export const HORIZON: Record<Frequency, number> = { yearly: 6, quarterly: 8, monthly: 18, irregular: 2 };
export const ORIGINS = 3;
export const MIN_TRAIN = 6;

export interface Task {
  series: Series;
  /** Number of training points; the test window is y[origin .. origin + horizon). */
  origin: number;
  horizon: number;
}

/**
 * The last up to ORIGINS origins of a series of n points. The horizon is capped at n/3 so short
 * series keep two thirds of their history for training; origins step back by half a horizon so
 * the test windows overlap less than with a one-step roll.
 */
export function makeOrigins(n: number, frequency: Frequency): { origin: number; horizon: number }[] {
  const horizon = Math.min(HORIZON[frequency], Math.floor(n / 3));
  if (horizon < 1) return [];
  const stride = Math.max(1, Math.floor(horizon / 2));
  const out: { origin: number; horizon: number }[] = [];
  for (let k = ORIGINS - 1; k >= 0; k--) {
    const origin = n - horizon - k * stride;
    if (origin >= MIN_TRAIN) out.push({ origin, horizon });
  }
  return out;
}

export function makeTasks(panel: readonly Series[]): Task[] {
  return panel.flatMap((series) => makeOrigins(series.y.length, series.frequency).map((o) => ({ series, ...o })));
}

export function contextOf(series: Series, origin: number, horizon: number): SeriesContext {
  return { t: series.t.slice(0, origin), tAhead: series.t.slice(origin, origin + horizon), scale: series.scale };
}

export interface TaskResult {
  series: string;
  frequency: Frequency;
  /** The groups the series belongs to (frequency, length, long smooth yearly), for coverage by group. */
  groups: Group[];
  origin: number;
  horizon: number;
  mase: number;
  /** Test points inside each level's interval (same order as LEVELS), and test points. */
  inside: number[];
  points: number;
  ms: number;
  fallback?: string;
  error?: string;
  /** The forecast left the scale's range (a share outside 0-100, a count below 0). */
  outOfBounds: boolean;
}

const allValues = (f: Forecast): number[] => [...f.mean, ...f.intervals.flatMap((i) => [...i.lower, ...i.upper])];

function outOfBounds(f: Forecast, scale: Scale): boolean {
  return allValues(f).some((v) => v < 0 || (scale === 'percent' && v > 100));
}

function isValid(f: Forecast, horizon: number): boolean {
  return (
    f.intervals.length === LEVELS.length &&
    [f.mean, ...f.intervals.flatMap((i) => [i.lower, i.upper])].every((a) => a.length === horizon && a.every(Number.isFinite))
  );
}

/**
 * Runs one method over all tasks. Only the forecaster call is timed. A throw or an invalid answer
 * is recorded as an error and scored with `rescue` (the naive forecast) so that means stay comparable.
 */
export function runMethod(method: Method, tasks: readonly Task[], rescue: Forecaster): TaskResult[] {
  return tasks.map(({ series, origin, horizon }) => {
    const train = series.y.slice(0, origin);
    const actual = series.y.slice(origin, origin + horizon);
    const context = contextOf(series, origin, horizon);
    let forecast: Forecast;
    let error: string | undefined;
    const start = performance.now();
    try {
      forecast = method.forecast(train, horizon, LEVELS, series.period, context);
    } catch (e) {
      forecast = { mean: [], intervals: [] };
      error = e instanceof Error ? e.message : String(e);
    }
    const ms = performance.now() - start;
    if (!error && !isValid(forecast, horizon)) error = 'non-finite or wrong-length forecast';
    if (error) forecast = rescue(train, horizon, LEVELS, series.period, context);
    return {
      series: series.id,
      frequency: series.frequency,
      groups: groupsOf(series),
      origin,
      horizon,
      mase: mase(actual, forecast.mean, train, series.period),
      inside: forecast.intervals.map((i) => Math.round(intervalCoverage(actual, i.lower, i.upper) * horizon)),
      points: horizon,
      ms,
      ...(forecast.fallback ? { fallback: forecast.fallback } : {}),
      ...(error ? { error } : {}),
      outOfBounds: outOfBounds(forecast, series.scale),
    };
  });
}
