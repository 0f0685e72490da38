// Input checks and the move to the fitting scale, shared by single models and the automatic
// forecaster: rows are sorted by time so results never depend on their order.

import { medianStep } from './steps.ts';
import { makeTransform, type Transform } from './transform.ts';
import type { Point, Series, ValueScale } from './types.ts';

export interface PreparedSeries {
  /** Sorted observations on the original scale. */
  readonly original: Series;
  /** The same on the fitting scale. */
  readonly fitted: Series;
  readonly transform: Transform;
  readonly step: number;
}

/** Throws RangeError for fewer than 3 points, non-finite values or a repeated time. */
export function prepareSeries(points: readonly Point[], scale: ValueScale, ceiling?: number): PreparedSeries {
  if (points.length < 3) throw new RangeError(`need at least 3 points to forecast, got ${points.length}`);
  for (const { t, y } of points) {
    if (!Number.isFinite(t) || !Number.isFinite(y)) throw new RangeError(`non-finite point (t=${t}, y=${y})`);
  }
  const sorted = [...points].sort((a, b) => a.t - b.t);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.t === sorted[i - 1]!.t) throw new RangeError(`duplicate time t=${sorted[i]!.t}`);
  }
  const t = sorted.map((p) => p.t);
  const y = sorted.map((p) => p.y);
  const transform = makeTransform(scale, y, ceiling);
  return { original: { t, y }, fitted: { t, y: y.map(transform.forward) }, transform, step: medianStep(t) };
}
