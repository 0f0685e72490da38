// Irregular spacing: the step-based models (naive, drift, the smoothing models, theta) count time in
// "steps" of the median spacing, so a gap of two years in a yearly series is two steps.

/** Median gap between consecutive times (t sorted, strictly increasing, length >= 2). */
export function medianStep(t: readonly number[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < t.length; i++) gaps.push(t[i]! - t[i - 1]!);
  gaps.sort((a, b) => a - b);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}

/** Steps from the last observation to t (0 or less for times inside the history). */
export function stepsAhead(t: number, lastT: number, step: number): number {
  return (t - lastT) / step;
}

/**
 * Standard deviation of one step's change around a per-step drift, with each gap's change scaled
 * by sqrt(gap in steps): the random-walk volatility that naive and drift forecasts carry forward.
 */
export function stepVolatility(t: readonly number[], y: readonly number[], step: number, driftPerStep: number): number {
  let total = 0;
  for (let i = 1; i < y.length; i++) {
    const d = (t[i]! - t[i - 1]!) / step;
    total += (y[i]! - y[i - 1]! - driftPerStep * d) ** 2 / d;
  }
  return y.length > 1 ? Math.sqrt(total / (y.length - 1)) : 0;
}
