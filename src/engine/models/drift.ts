// Drift: the line through the first and last observations, extended from the last one
// (a random walk with drift; slope per year, so irregular gaps need no special care).

import { stepVolatility, stepsAhead } from './steps.ts';
import type { ModelDefinition } from './types.ts';

export const drift: ModelDefinition = {
  name: 'drift',
  minPoints: 2,
  fit({ t, y }, { step }) {
    const n = y.length;
    const last = y[n - 1]!;
    const lastT = t[n - 1]!;
    const slope = (last - y[0]!) / (lastT - t[0]!);
    const sigma = stepVolatility(t, y, step, slope * step);
    const span = (lastT - t[0]!) / step;
    return {
      point: (at) => last + slope * (at - lastT),
      // Random-walk growth plus the uncertainty of the estimated slope.
      sd: (at) => {
        const h = Math.max(0, stepsAhead(at, lastT, step));
        return sigma * Math.sqrt(h + (h * h) / span);
      },
      params: { slope },
    };
  },
};
