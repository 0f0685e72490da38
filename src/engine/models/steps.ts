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

/** A gap this close to a whole number of steps is that many steps (months of 28 to 31 days are one). */
const WHOLE_STEP_TOLERANCE = 0.15;

/**
 * Gaps in steps before each observation, the first counted as one step (from a state one step
 * before the data). Calendar irregularity is not a gap: a gap within WHOLE_STEP_TOLERANCE of a
 * whole number of steps counts as that number, so monthly data run as whole steps.
 */
export function stepGaps(t: readonly number[], step: number): Float64Array {
  const gaps = new Float64Array(t.length);
  gaps[0] = 1;
  for (let i = 1; i < t.length; i++) {
    const d = (t[i]! - t[i - 1]!) / step;
    const whole = Math.round(d);
    gaps[i] = whole >= 1 && Math.abs(d - whole) <= WHOLE_STEP_TOLERANCE ? whole : d;
  }
  return gaps;
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
