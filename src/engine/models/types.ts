// Shared shapes of the forecasting core. Public: ValueScale, Point, Band, PointForecast.
// The rest is the one interface every model implements, on the model's fitting scale.

import type { Transform } from './transform.ts';

export type { ValueScale } from './transform.ts';

/** One observation: t is a decimal year (irregular spacing allowed). */
export interface Point {
  t: number;
  y: number;
}

/** A central interval; level in percent, e.g. 80. */
export interface Band {
  level: number;
  lower: number;
  upper: number;
}

export interface PointForecast {
  t: number;
  mean: number;
  bands: Band[];
}

/** A series sorted by t, with strictly increasing t; y is on the fitting (transformed) scale. */
export interface Series {
  readonly t: readonly number[];
  readonly y: readonly number[];
}

/** What a model may know besides the data. */
export interface FitContext {
  /** Typical spacing between observations in years (the median step): the unit of "one step ahead". */
  readonly step: number;
  /** The fitting scale; growth curves defined on the original scale (logistic) back-transform with it. */
  readonly transform: Transform;
}

/** A model fitted to a series: central forecast and its own error model, both on the fitting scale. */
export interface FittedModel {
  /** Central forecast at time t (a decimal year, normally after the last observation). */
  point(t: number): number;
  /** Standard deviation of the forecast error at time t, from the model's own assumptions. */
  sd(t: number): number;
  /** Estimated parameters, for display and tests (e.g. slope, ceiling). */
  readonly params: Readonly<Record<string, number>>;
}

export interface ModelDefinition {
  readonly name: string;
  /** Fewest observations the model can be fitted to. */
  readonly minPoints: number;
  fit(series: Series, context: FitContext): FittedModel;
}
