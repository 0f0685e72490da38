// Straight line by least squares on the fitting scale: a logistic approach to the cap for shares,
// an exponential trend for counts (the registry leaves that to exponential.ts except on short
// series), and on the original scale, as an additive variant, a straight line in units.

import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { regressionSd } from './regression-sd.ts';
import type { ModelDefinition } from './types.ts';

export const linear: ModelDefinition = {
  name: 'linear',
  minPoints: 2,
  fit({ t, y }) {
    const t0 = t[0]!;
    const x = t.map((v) => v - t0);
    const line = new SimpleLinearRegression(x, [...y]);
    const residuals = x.map((v, i) => y[i]! - line.predict(v));
    const sd = regressionSd(x, residuals, 2);
    return {
      point: (at) => line.predict(at - t0),
      sd: (at) => sd(at - t0),
      params: { slope: line.slope, intercept: line.intercept - line.slope * t0 },
    };
  },
};
