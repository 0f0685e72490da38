// The Hanoi history is a handful of irregular points: too few to score accuracy, so each method is
// only asked to forecast the next two year-ends from all of it, and must answer finite, ordered,
// in-range values (for the peers, two "steps" of unknown length; they have no notion of dates).

import { LEVELS, type Forecast, type Method } from './harness.ts';
import type { Series } from './panel.ts';

export interface SmokeResult {
  method: string;
  series: string;
  ok: boolean;
  problem?: string;
  fallback?: string;
  mean?: number[];
  /** The narrowest (80%) interval. */
  lower?: number[];
  upper?: number[];
}

const YEAR_ENDS = 2;

function problemWith(f: Forecast, series: Series): string | undefined {
  const all = [...f.mean, ...f.intervals.flatMap((i) => [...i.lower, ...i.upper])];
  if (f.mean.length !== YEAR_ENDS || f.intervals.length !== LEVELS.length || !all.every(Number.isFinite)) {
    return 'missing or non-finite values';
  }
  if (f.intervals.some(({ lower, upper }) => f.mean.some((m, i) => !(lower[i]! <= m && m <= upper[i]!)))) {
    return 'lower <= mean <= upper violated';
  }
  // Nested: each wider level's interval contains the narrower one's.
  const nested = f.intervals.every(
    (b, j) => j === 0 || b.lower.every((l, i) => l <= f.intervals[j - 1]!.lower[i]! && b.upper[i]! >= f.intervals[j - 1]!.upper[i]!),
  );
  if (!nested) return 'intervals not nested';
  if (all.some((v) => v < 0 || (series.scale === 'percent' && v > 100))) return `outside the ${series.scale} range`;
  return undefined;
}

export function smoke(method: Method, series: Series): SmokeResult {
  // 31 December of year Y is decimal year Y + 1, so the next year-ends are the next integers.
  const next = Math.floor(series.t[series.t.length - 1]!) + 1;
  const tAhead = Array.from({ length: YEAR_ENDS }, (_, i) => next + i);
  const base = { method: method.name, series: series.id };
  let f: Forecast;
  try {
    f = method.forecast(series.y, YEAR_ENDS, LEVELS, 1, { t: series.t, tAhead, scale: series.scale });
  } catch (e) {
    return { ...base, ok: false, problem: e instanceof Error ? e.message : String(e) };
  }
  const problem = problemWith(f, series);
  return {
    ...base,
    ok: !problem,
    ...(problem ? { problem } : {}),
    ...(f.fallback ? { fallback: f.fallback } : {}),
    mean: f.mean,
    lower: f.intervals[0]?.lower,
    upper: f.intervals[0]?.upper,
  };
}
