// Intervals are built on the fitting scale and only then mapped back, quantile by quantile, so
// they respect the bounds and keep lower <= central <= upper.

import type { Transform } from './transform.ts';
import type { Band, PointForecast } from './types.ts';

/**
 * `quantile(p)` is the error quantile on the fitting scale at probability p; it must be <= 0
 * below p = 0.5 and >= 0 above it.
 */
export function pointForecast(
  t: number,
  center: number,
  quantile: (p: number) => number,
  levels: readonly number[],
  transform: Transform,
): PointForecast {
  const bands: Band[] = levels.map((level) => {
    const tail = (1 - level / 100) / 2;
    return {
      level,
      lower: transform.back(center + Math.min(0, quantile(tail))),
      upper: transform.back(center + Math.max(0, quantile(1 - tail))),
    };
  });
  return { t, mean: transform.back(center), bands };
}
