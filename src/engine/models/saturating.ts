// The fitting shell the saturating curves (logistic.ts, gompertz.ts) share: y = K f(a + b x)
// toward a ceiling K, fitted on the original scale. Time and values are rescaled to [0, 1] (of the
// span, of the largest observation) so the solver's tolerances make sense whatever the units. For
// a fixed ceiling each curve is a straight line in a transform of y / K (the logit, or
// -log(-log(.)) for the Gompertz), so a golden-section search over K with least squares inside
// gives a near-optimal start cheaply, and Levenberg-Marquardt only polishes it.

import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { curveModel, positiveValues } from './curve.ts';
import { goldenSection } from './optimize.ts';
import type { FitContext, FittedModel, Series } from './types.ts';

export interface SaturatingCurve {
  /** The curve at x for parameters [K, a, b], on the rescaled values. */
  at: (p: number[]) => (x: number) => number;
  /** Its gradient in [K, a, b]. */
  gradient: (p: number[]) => (x: number) => number[];
  /** The transform of y (rescaled, below k) that is a straight line a + b x for ceiling k. */
  linearize: (y: number, k: number) => number;
  /** Levenberg-Marquardt iterations after the start. */
  polishIterations: number;
  /** Name of the time where a + b x = 0 (the logistic's midpoint, the Gompertz's inflection). */
  centre: string;
}

export function fitSaturating(curveDef: SaturatingCurve, series: Series, context: FitContext): FittedModel {
  const t0 = series.t[0]!;
  const span = series.t[series.t.length - 1]! - t0;
  const x = series.t.map((t) => (t - t0) / span);
  const raw = positiveValues(series, context);
  const unit = Math.max(...raw);
  const y = raw.map((v) => v / unit);
  // Ceiling between just above the data and the cap (ten times the data when uncapped).
  const kMin = 1 + 1e-6;
  const kMax = Number.isFinite(context.transform.upper) ? Math.max(kMin * 1.0001, context.transform.upper / unit) : 10;
  const lineAt = (k: number) =>
    new SimpleLinearRegression(
      x,
      y.map((v) => curveDef.linearize(v, k)),
    );
  const sse = (k: number) => {
    const line = lineAt(k);
    const curve = curveDef.at([k, line.intercept, line.slope]);
    return y.reduce((total, v, i) => total + (v - curve(x[i]!)) ** 2, 0);
  };
  const k0 = goldenSection(sse, kMin, kMax, 12);
  const start = lineAt(k0);
  const { parameterValues } = levenbergMarquardt({ x, y }, curveDef.at, {
    initialValues: [k0, start.intercept, start.slope],
    minValues: [kMin, -60, -60],
    maxValues: [kMax, 60, 60],
    jacobianFunction: curveDef.gradient,
    maxIterations: curveDef.polishIterations,
    errorTolerance: 1e-12,
  });
  const [k = k0, a = start.intercept, b = start.slope] = parameterValues;
  const curve = curveDef.at([k, a, b]);
  const params: Record<string, number> = { ceiling: k * unit, rate: b / span };
  if (Math.abs(b) > 1e-9) params[curveDef.centre] = t0 - (a / b) * span;
  return curveModel(
    series,
    context,
    (t) => (t - t0) / span,
    (v) => unit * curve(v),
    3,
    params,
  );
}
