// Additive damped-trend exponential smoothing (Gardner & McKenzie), the trend model that holds up
// best on yearly data: it extrapolates the recent trend but flattens it out over the horizon.

import { dampedSum, fitSmoothing, smoothingSd } from './smoothing.ts';
import { stepsAhead } from './steps.ts';
import type { ModelDefinition } from './types.ts';

export const dampedTrend: ModelDefinition = {
  name: 'damped trend',
  minPoints: 4,
  fit(series, { step }) {
    const lastT = series.t[series.t.length - 1]!;
    const fit = fitSmoothing(series, step, true);
    return {
      point: (at) => fit.level + fit.trend * dampedSum(fit.phi, Math.max(0, stepsAhead(at, lastT, step))),
      sd: (at) => smoothingSd(fit, stepsAhead(at, lastT, step)),
      params: { alpha: fit.alpha, beta: fit.beta, phi: fit.phi, trend: fit.trend / step },
    };
  },
};
