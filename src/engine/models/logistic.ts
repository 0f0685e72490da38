// Saturating logistic growth y = K / (1 + e^-(a + b t)) toward a ceiling K no higher than the
// fitting scale's cap, fitted on the original scale (saturating.ts: a golden-section search over K
// for the start, Levenberg-Marquardt to polish). The linear-logit form (rather than rate and
// midpoint) keeps a flat series (b = 0) inside the parameter space.

import { fitSaturating, type SaturatingCurve } from './saturating.ts';
import type { ModelDefinition } from './types.ts';

const LOGISTIC: SaturatingCurve = {
  at:
    ([k, a, b]) =>
    (x) =>
      k! / (1 + Math.exp(-(a! + b! * x))),
  gradient:
    ([k, a, b]) =>
    (x) => {
      const e = Math.exp(-(a! + b! * x));
      const g = (k! * e) / (1 + e) ** 2;
      return [1 / (1 + e), g, g * x];
    },
  linearize: (v, k) => Math.log(v / (k - v)),
  polishIterations: 3,
  centre: 'midpoint',
};

export const logistic: ModelDefinition = {
  name: 'logistic',
  minPoints: 5,
  fit: (series, context) => fitSaturating(LOGISTIC, series, context),
};
