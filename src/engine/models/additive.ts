// The same model on the original scale instead of the fitting scale: straight-line trends in
// percentage points or units rather than in logits or growth rates. Exponential extrapolation on
// a log scale explodes on series that grew fast from near zero and then slowed (a share of
// workers, a new energy source); additive variants give the backtest that alternative.
// Forecasts are clamped just inside the bounds before returning to the fitting scale, which then
// carries the intervals, so the bounds still hold for every quantile and path.

import type { ModelDefinition } from './types.ts';

export function additive(model: ModelDefinition): ModelDefinition {
  return {
    name: `${model.name} (additive)`,
    minPoints: model.minPoints,
    fit(series, context) {
      const { forward, back, upper } = context.transform;
      const raw = series.y.map(back);
      // Floor: a small fraction of the smallest positive value, so the log of a forecast stays finite.
      const floor = 0.01 * Math.min(...raw.filter((v) => v > 0), Number.MAX_VALUE);
      const inner = model.fit({ t: series.t, y: raw }, context);
      return {
        point: (at) => forward(Math.min(upper, Math.max(floor, inner.point(at)))),
        // The inner model's spread is in original units; near the current level the fitting scale's
        // slope converts it (delta method).
        sd: (at) => {
          const level = Math.min(upper, Math.max(floor, inner.point(at)));
          const slope = (forward(level * 1.001 + 1e-12) - forward(level)) / (level * 0.001 + 1e-12);
          return Math.abs(slope) * inner.sd(at);
        },
        params: inner.params,
      };
    },
  };
}
