// The Gompertz growth curve y = K exp(-exp(-(a + b t))) toward a ceiling K: like the logistic, a
// saturating S-curve, but asymmetric, its fastest growth at 1/e of the ceiling rather than half
// way, so the approach to the ceiling is long and slow (coverage closing in on universal, a count
// running out of people to add). Fitted on the original scale as the logistic is (saturating.ts):
// for a fixed ceiling, -log(-log(y/K)) is a straight line in time.

import { fitSaturating, type SaturatingCurve } from './saturating.ts';
import type { ModelDefinition } from './types.ts';

const GOMPERTZ: SaturatingCurve = {
  at:
    ([k, a, b]) =>
    (x) =>
      k! * Math.exp(-Math.exp(-(a! + b! * x))),
  gradient:
    ([k, a, b]) =>
    (x) => {
      const e = Math.exp(-(a! + b! * x));
      const shape = Math.exp(-e);
      const g = k! * shape * e;
      return [shape, g, g * x];
    },
  linearize: (v, k) => -Math.log(-Math.log(v / k)),
  polishIterations: 10,
  // The inflection point, where y = K / e.
  centre: 'inflection',
};

export const gompertz: ModelDefinition = {
  name: 'gompertz',
  minPoints: 5,
  fit: (series, context) => fitSaturating(GOMPERTZ, series, context),
};
