// Speed micro-benchmark: one full automatic fit + forecast of a 20-point yearly series, repeated;
// the median is robust to GC pauses and JIT warm-up stragglers.

import { LEVELS, type Method, type SeriesContext } from './harness.ts';
import type { Series } from './panel.ts';

export interface SpeedResult {
  method: string;
  runs: number;
  medianMs: number;
  /** The method answered with its fallback instead of its model. */
  fallback?: string;
}

export const MICRO_POINTS = 20;
export const MICRO_HORIZON = 6;

/**
 * Times a method on the last 20 points of a yearly series, forecasting 6 years ahead. Runs up to
 * `runs` timed calls after a short warm-up, but stops early once `budgetMs` is spent (AutoARIMA
 * can take tens of milliseconds a call).
 */
export function timeMethod(method: Method, yearly: Series, runs = 1000, budgetMs = 20_000): SpeedResult {
  const train = yearly.y.slice(-MICRO_POINTS);
  const t = yearly.t.slice(-MICRO_POINTS);
  const tAhead = Array.from({ length: MICRO_HORIZON }, (_, i) => t[t.length - 1]! + i + 1);
  const context: SeriesContext = { t, tAhead, scale: yearly.scale };
  const call = () => method.forecast(train, MICRO_HORIZON, LEVELS, 1, context);
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
