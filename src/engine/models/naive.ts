// Naive: the last value carries forward; uncertainty grows like a random walk.

import { stepVolatility, stepsAhead } from './steps.ts';
import type { ModelDefinition } from './types.ts';

export const naive: ModelDefinition = {
  name: 'naive',
  minPoints: 2,
  fit({ t, y }, { step }) {
    const last = y[y.length - 1]!;
    const lastT = t[t.length - 1]!;
    const sigma = stepVolatility(t, y, step, 0);
    return {
      point: () => last,
      sd: (at) => sigma * Math.sqrt(Math.max(0, stepsAhead(at, lastT, step))),
      params: { level: last },
    };
  },
};
