// Exponential growth y = B e^(A (t - t0)) on the original scale (ml-regression: least squares on
// log y). The registry offers it on every scale for series longer than SHORT_SERIES; on a log
// fitting scale it is what the linear model would be, which is why linear is offered on the
// fitting scale only for shares (logit) and short series.

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
