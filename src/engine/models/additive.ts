// The same model on the original scale instead of the fitting scale: straight-line trends in
// percentage points or units rather than in logits or growth rates. Exponential extrapolation on
// a log scale explodes on series that grew fast from near zero and then slowed (a share of
// workers, a new energy source); additive variants give the backtest that alternative.
// Forecasts are clamped just inside the bounds before returning to the fitting scale, which then
// carries the intervals, so the bounds still hold for every quantile and path. The inner model is
// told it sees untransformed values (ETS allows multiplicative errors only there).

import { makeTransform } from './transform.ts';
import type { ModelDefinition } from './types.ts';

const UNTRANSFORMED = makeTransform('real', []);

export function additive(model: ModelDefinition): ModelDefinition {
  return {
    name: `${model.name} (additive)`,
    minPoints: model.minPoints,
    fit(series, context) {
      const { forward, back, slope, upper } = context.transform;
      const raw = series.y.map(back);
      // A trend that runs through zero stops at a small fraction of the smallest positive value
      // instead of an extreme log or logit.
      const positive = raw.filter((v) => v > 0);
      const floor = positive.length > 0 ? 0.01 * Math.min(...positive) : 0;
      const inner = model.fit({ t: series.t, y: raw }, { step: context.step, transform: UNTRANSFORMED });
      const clamp = (v: number) => Math.min(upper, Math.max(floor, v));
      return {
        point: (at) => forward(clamp(inner.point(at))),
        sd: (at) => slope(clamp(inner.point(at))) * inner.sd(at),
        params: inner.params,
      };
    },
  };
}
