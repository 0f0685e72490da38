// The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form of Hyndman & Billah (2003):
// simple exponential smoothing plus half the least-squares slope, as in R's forecast::thetaf.

import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { fitSmoothing, smoothingSd } from './smoothing.ts';
import { stepsAhead } from './steps.ts';
import type { ModelDefinition } from './types.ts';

export const theta: ModelDefinition = {
  name: 'theta',
  minPoints: 3,
  fit(series, { step }) {
    const { t, y } = series;
    const lastT = t[t.length - 1]!;
    const halfSlope = (new SimpleLinearRegression([...t], [...y]).slope * step) / 2;
    const ses = fitSmoothing(series, step, false);
    const a = ses.alpha;
    const start = (1 - (1 - a) ** y.length) / a - 1;
    return {
      point: (at) => ses.level + halfSlope * (stepsAhead(at, lastT, step) + start),
      sd: (at) => smoothingSd(ses, stepsAhead(at, lastT, step)),
      params: { alpha: a, slope: (2 * halfSlope) / step },
    };
  },
};
