// Power-law growth y = A x^B on the original scale, with x the time since one step before the
// first observation (so x > 0); ml-regression fits it by least squares on log-log.

import { PowerRegression } from 'ml-regression-power';
import { curveModel, positiveValues } from './curve.ts';
import type { ModelDefinition } from './types.ts';

export const power: ModelDefinition = {
  name: 'power',
  minPoints: 3,
  fit(series, context) {
    const origin = series.t[0]! - context.step;
    const fit = new PowerRegression(
      series.t.map((t) => t - origin),
      positiveValues(series, context),
    );
    // The regression is linear in log x, so the prediction spread is measured in log x too.
    return curveModel(
      series,
      context,
      (t) => Math.log(Math.max(t - origin, 1e-9)),
      (logX) => fit.A * Math.exp(fit.B * logX),
      2,
      { exponent: fit.B },
    );
  },
};
