// Exponential growth y = B e^(A (t - t0)) on the original scale (ml-regression: least squares on
// log y). On a log fitting scale this is the linear model, so the registry offers it only for
// capped (logit) scales.

import { ExponentialRegression } from 'ml-regression-exponential';
import { curveModel, positiveValues } from './curve.ts';
import type { ModelDefinition } from './types.ts';

export const exponential: ModelDefinition = {
  name: 'exponential',
  minPoints: 3,
  fit(series, context) {
    const t0 = series.t[0]!;
    const fit = new ExponentialRegression(
      series.t.map((t) => t - t0),
      positiveValues(series, context),
    );
    return curveModel(
      series,
      context,
      (t) => t - t0,
      (x) => fit.B * Math.exp(fit.A * x),
      2,
      { rate: fit.A },
    );
  },
};
