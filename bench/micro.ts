// Speed micro-benchmarks: one full automatic fit + forecast, repeated; the median is robust to GC
// pauses and JIT warm-up stragglers. The cases are issue 15's speed goals.

import { LEVELS, type Method, type SeriesContext } from './harness.ts';
import type { Series } from './panel.ts';

export interface MicroCase {
  /** Panel series whose last `points` values are fitted. */
  series: string;
  points: number;
  horizon: number;
  /** Seasonal period passed to the peers (targetcast infers its own). */
  period: number;
  /** Median the case must stay under, in ms. */
  goalMs: number;
}

export const MICRO_CASES: readonly MicroCase[] = [
  { series: 'us-unemployment-rate-yearly', points: 20, horizon: 6, period: 1, goalMs: 2 },
  { series: 'us-accidental-deaths', points: 60, horizon: 18, period: 12, goalMs: 10 },
];

export interface SpeedResult {
  method: string;
  runs: number;
  medianMs: number;
  /** The method answered with its fallback instead of its model. */
  fallback?: string;
}

/**
 * Times a method on the case's last points. Runs up to `runs` timed calls after a short warm-up,
 * but stops early once `budgetMs` is spent (AutoARIMA can take tens of milliseconds a call).
 */
export function timeMethod(method: Method, series: Series, c: MicroCase, runs = 1000, budgetMs = 20_000): SpeedResult {
  const train = series.y.slice(-c.points);
  const t = series.t.slice(-c.points);
  const step = (t[t.length - 1]! - t[0]!) / (t.length - 1);
  const tAhead = Array.from({ length: c.horizon }, (_, i) => t[t.length - 1]! + (i + 1) * step);
  const context: SeriesContext = { t, tAhead, scale: series.scale };
  const call = () => method.forecast(train, c.horizon, LEVELS, c.period, context);
  const first = call();
  for (let i = 0; i < 20; i++) call();
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (times.length < runs && performance.now() < deadline) {
    const start = performance.now();
    call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    method: method.name,
    runs: times.length,
    medianMs: times[Math.floor(times.length / 2)]!,
    ...(first.fallback ? { fallback: first.fallback } : {}),
  };
}
