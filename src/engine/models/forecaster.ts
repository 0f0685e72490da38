// One model on its own, with intervals from the model's own error assumptions (normal on the
// fitting scale). The automatic forecaster instead calibrates intervals on backtest errors.

import { pointForecast } from './bands.ts';
import { prepareSeries } from './prepare.ts';
import { normalQuantile } from './quantiles.ts';
import { modelNamed } from './registry.ts';
import type { ModelDefinition, Point, PointForecast, ValueScale } from './types.ts';

export interface ModelOptions {
  scale: ValueScale;
  /** Interval levels in percent; default [80, 95]. */
  levels?: number[];
  ceiling?: number;
}

export interface ModelForecast {
  name: string;
  params: Readonly<Record<string, number>>;
  predict(ts: number[]): PointForecast[];
}

export function fitModel(model: ModelDefinition | string, points: readonly Point[], options: ModelOptions): ModelForecast {
  const definition = typeof model === 'string' ? modelNamed(model) : model;
  const prepared = prepareSeries(points, options.scale, options.ceiling);
  if (prepared.fitted.y.length < definition.minPoints) {
    throw new RangeError(`${definition.name} needs at least ${definition.minPoints} points`);
  }
  const fitted = definition.fit(prepared.fitted, prepared);
  const levels = options.levels ?? [80, 95];
  return {
    name: definition.name,
    params: fitted.params,
    predict: (ts) =>
      ts.map((t) => {
        const sd = fitted.sd(t);
        return pointForecast(t, fitted.point(t), (p) => sd * normalQuantile(p), levels, prepared.transform);
      }),
  };
}
