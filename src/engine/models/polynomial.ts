// Quadratic trend by least squares on the fitting scale. Time is centred and scaled to [-1, 1]
// so the normal equations stay well conditioned for decimal years like 2024.5.

import { PolynomialRegression } from 'ml-regression-polynomial';
import { regressionSd } from './regression-sd.ts';
import type { ModelDefinition } from './types.ts';

export const polynomial: ModelDefinition = {
  name: 'quadratic',
  minPoints: 4,
  fit({ t, y }) {
    const mid = (t[0]! + t[t.length - 1]!) / 2;
    const half = (t[t.length - 1]! - t[0]!) / 2;
    const scaled = (at: number) => (at - mid) / half;
    const x = t.map(scaled);
    const curve = new PolynomialRegression(x, [...y], 2);
    const residuals = x.map((v, i) => y[i]! - curve.predict(v));
    const sd = regressionSd(x, residuals, 3);
    const [, b = 0, c = 0] = curve.coefficients;
    return {
      point: (at) => curve.predict(scaled(at)),
      sd: (at) => sd(scaled(at)),
      params: { curvature: c / (half * half), slopeAtMid: b / half },
    };
  },
};
