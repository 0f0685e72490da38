// Simple exponential smoothing: a flat forecast at the smoothed level, the no-trend member of
// the least-squares smoothing family (damped-trend.ts is the trended one; ets/ holds the
// maximum-likelihood family, undamped Holt among it).

import { fitSmoothing, smoothingSd } from './smoothing.ts';
import { stepsAhead } from './steps.ts';
import type { ModelDefinition } from './types.ts';

export const simpleSmoothing: ModelDefinition = {
  name: 'simple smoothing',
  minPoints: 3,
  fit(series, { step }) {
    const lastT = series.t[series.t.length - 1]!;
    const fit = fitSmoothing(series, step, false);
    return {
      point: () => fit.level,
      sd: (at) => smoothingSd(fit, stepsAhead(at, lastT, step)),
      params: { alpha: fit.alpha },
    };
  },
};
