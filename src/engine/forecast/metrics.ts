// Accuracy measures shared by the engine's own backtests and by the benchmark, so both
// judge forecasts by exactly the same rule.

/**
 * Mean absolute error of the in-sample (seasonal) naive forecast: the MASE scale.
 * Falls back to lag 1 when the series is too short for the seasonal lag, and to a tiny
 * positive number for a constant series so MASE stays finite.
 */
export function naiveScale(insample: readonly number[], seasonalPeriod = 1): number {
  const m = insample.length > seasonalPeriod ? seasonalPeriod : 1;
  let total = 0;
  let count = 0;
  for (let i = m; i < insample.length; i++) {
    total += Math.abs(insample[i]! - insample[i - m]!);
    count++;
  }
  const scale = count > 0 ? total / count : 0;
  return scale > 0 ? scale : Number.EPSILON;
}

/** Mean absolute scaled error (Hyndman & Koehler 2006) of a forecast against actuals. */
export function mase(actual: readonly number[], forecast: readonly number[], insample: readonly number[], seasonalPeriod = 1): number {
  if (actual.length !== forecast.length || actual.length === 0) {
    throw new RangeError('mase: actual and forecast must be non-empty and of equal length');
  }
  let total = 0;
  for (let i = 0; i < actual.length; i++) total += Math.abs(actual[i]! - forecast[i]!);
  return total / actual.length / naiveScale(insample, seasonalPeriod);
}

/** Share of actuals inside [lower, upper], as a fraction 0..1. */
export function intervalCoverage(actual: readonly number[], lower: readonly number[], upper: readonly number[]): number {
  if (actual.length === 0) return Number.NaN;
  let inside = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i]! >= lower[i]! && actual[i]! <= upper[i]!) inside++;
  }
  return inside / actual.length;
}
