// The Hanoi history is a handful of irregular points: too few to score accuracy, so each method is
// only asked to forecast the next two year-ends from all of it, and must answer finite, ordered,
// in-range values (for the peers, two "steps" of unknown length; they have no notion of dates).

import { LEVEL, type Forecast, type Method } from './harness.ts';
import type { Series } from './panel.ts';

export interface SmokeResult {
  method: string;
  series: string;
  ok: boolean;
  problem?: string;
  fallback?: string;
  mean?: number[];
  lower?: number[];
  upper?: number[];
}

const YEAR_ENDS = 2;

function problemWith(f: Forecast, series: Series): string | undefined {
  const all = [...f.mean, ...f.lower, ...f.upper];
  if (f.mean.length !== YEAR_ENDS || !all.every(Number.isFinite)) return 'missing or non-finite values';
  if (f.mean.some((m, i) => !(f.lower[i]! <= m && m <= f.upper[i]!))) return 'lower <= mean <= upper violated';
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
    f = method.forecast(series.y, YEAR_ENDS, LEVEL, 1, { t: series.t, tAhead, scale: series.scale });
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
    lower: f.lower,
    upper: f.upper,
  };
}
