// Growth curves defined on the original scale (exponential, power, logistic) are fitted to the
// original values and then seen through the fitting scale like every other model, so the engine
// still combines and bounds everything in one place.

import { regressionSd } from './regression-sd.ts';
import type { FitContext, FittedModel, Series } from './types.ts';

/** Original values, floored at a tiny positive number so log-based fits stay finite. */
export function positiveValues(series: Series, context: FitContext): number[] {
  const raw = series.y.map((z) => context.transform.back(z));
  const floor = Math.max(...raw.map(Math.abs)) * 1e-9 || 1e-9;
  return raw.map((v) => Math.max(v, floor));
}

/**
 * Wraps a fitted curve: `regressor(t)` is the curve's input (time, or log time), `curve(x)` its value
 * on the original scale. Errors are measured on the fitting scale.
 */
export function curveModel(
  series: Series,
  context: FitContext,
  regressor: (t: number) => number,
  curve: (x: number) => number,
  parameterCount: number,
  params: Record<string, number>,
): FittedModel {
  const { forward } = context.transform;
  const x = series.t.map(regressor);
  const residuals = x.map((v, i) => series.y[i]! - forward(curve(v)));
  const sd = regressionSd(x, residuals, parameterCount);
  return {
    point: (at) => forward(curve(regressor(at))),
    sd: (at) => sd(regressor(at)),
    params,
  };
}
