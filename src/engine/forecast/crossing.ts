// When do simulated paths reach a target? Each path's first crossing is interpolated linearly
// between grid times; a path that never crosses counts as crossing at +infinity, so the median
// is null as soon as fewer than half of the paths cross within the horizon.
import { selectInPlace } from './percentiles.ts';

export interface CrossingSummary {
  medianT: number | null;
  p10T: number | null;
  p90T: number | null;
  probByDeadline: number | null;
  probWithinHorizon: number;
}

/** First time the path reaches the threshold, or Infinity. `order` lists grid indices by time. */
function firstCrossing(
  ts: readonly number[],
  order: readonly number[],
  paths: readonly Float64Array[],
  k: number,
  threshold: number,
  up: boolean,
): number {
  let previousT = Number.NaN;
  let previousV = Number.NaN;
  for (const i of order) {
    const t = ts[i]!;
    const v = paths[i]![k]!;
    if (up ? v >= threshold : v <= threshold) {
      if (Number.isNaN(previousT) || v === previousV) return t;
      return previousT + ((threshold - previousV) / (v - previousV)) * (t - previousT);
    }
    previousT = t;
    previousV = v;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Each path's first crossing into `out` (+Infinity for one that never crosses, or has no values);
 * returns how many cross. The loop over the paths is a function of its own, with no call after it:
 * V8 compiles a long loop while it runs (on-stack replacement), and a call the loop's first run had
 * not reached yet would leave that compiled code on a deoptimisation on every later run.
 */
function crossingTimes(
  ts: readonly number[],
  order: readonly number[],
  paths: readonly Float64Array[],
  threshold: number,
  up: boolean,
  out: Float64Array,
): number {
  let crossed = 0;
  for (let k = 0; k < out.length; k++) {
    const t = firstCrossing(ts, order, paths, k, threshold, up);
    out[k] = Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
    if (Number.isFinite(t)) crossed++;
  }
  return crossed;
}

/** How many of the values are at most `bound`. */
function countAtMost(values: Float64Array, bound: number): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! <= bound) n++;
  return n;
}

/**
 * Nearest-rank quantiles of the times, for probabilities in ascending order, by selection (each
 * rank's value moved into place, the smaller ones before it); null where a rank falls among the
 * paths that never cross.
 */
function rankQuantiles(times: Float64Array, probabilities: readonly number[]): (number | null)[] {
  let lo = 0;
  return probabilities.map((p) => {
    const rank = Math.max(0, Math.ceil(p * times.length) - 1);
    selectInPlace(times, rank, lo, times.length - 1);
    lo = rank;
    const value = times[rank]!;
    return Number.isFinite(value) ? value : null;
  });
}

/**
 * The crossing times of the last call, kept for the next: a lever move answers every target again,
 * and a fresh 10,000-value array a call would cost more than the selection (browsers hand out new
 * memory slowly).
 */
let times = new Float64Array(0);

export function crossingSummary(
  ts: number[],
  paths: Float64Array[],
  threshold: number,
  direction: 'up' | 'down',
  deadline?: number,
): CrossingSummary {
  const nPaths = paths[0]?.length ?? 0;
  if (ts.length === 0 || nPaths === 0) {
    return { medianT: null, p10T: null, p90T: null, probByDeadline: deadline === undefined ? null : 0, probWithinHorizon: 0 };
  }
  const order = ts.map((_, i) => i).sort((a, b) => ts[a]! - ts[b]!);
  if (times.length < nPaths) times = new Float64Array(nPaths);
  const sorted = times.subarray(0, nPaths);
  const crossed = crossingTimes(ts, order, paths, threshold, direction === 'up', sorted);
  const byDeadline = deadline === undefined ? 0 : countAtMost(sorted, deadline);
  const [p10T, medianT, p90T] = rankQuantiles(sorted, [0.1, 0.5, 0.9]) as [number | null, number | null, number | null];
  return {
    medianT,
    p10T,
    p90T,
    probByDeadline: deadline === undefined ? null : byDeadline / nPaths,
    probWithinHorizon: crossed / nPaths,
  };
}
