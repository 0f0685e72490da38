// Saturating logistic growth y = K / (1 + e^-(a + b t)) toward a ceiling K no higher than the
// fitting scale's cap, fitted on the original scale with Levenberg-Marquardt. The linear-logit
// form (rather than rate and midpoint) keeps a flat series (b = 0) inside the parameter space. Time is rescaled
// to [0, 1] and values to [0, 1] of the largest observation so the solver's tolerances make
// sense whatever the units.

import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { curveModel, positiveValues } from './curve.ts';
import { goldenSection } from './optimize.ts';
import type { ModelDefinition } from './types.ts';

const logisticAt =
  ([k, a, b]: number[]) =>
  (x: number) =>
    k! / (1 + Math.exp(-(a! + b! * x)));

const logisticGradient =
  ([k, a, b]: number[]) =>
  (x: number) => {
    const e = Math.exp(-(a! + b! * x));
    const g = (k! * e) / (1 + e) ** 2;
    return [1 / (1 + e), g, g * x];
  };

export const logistic: ModelDefinition = {
  name: 'logistic',
  minPoints: 5,
  fit(series, context) {
    const t0 = series.t[0]!;
    const span = series.t[series.t.length - 1]! - t0;
    const x = series.t.map((t) => (t - t0) / span);
    const raw = positiveValues(series, context);
    const unit = Math.max(...raw);
    const y = raw.map((v) => v / unit);
    // Ceiling between just above the data and the cap (ten times the data when uncapped).
    const kMin = 1 + 1e-6;
    const kMax = Number.isFinite(context.transform.upper) ? Math.max(kMin * 1.0001, context.transform.upper / unit) : 10;
    // Starting values: for a fixed ceiling the curve is a straight line in logit(y / k), so a
    // golden-section search over k with least squares inside gives a near-optimal start cheaply,
    // and Levenberg-Marquardt only polishes it.
    const lineAt = (k: number) =>
      new SimpleLinearRegression(
        x,
        y.map((v) => Math.log(v / (k - v))),
      );
    const sse = (k: number) => {
      const line = lineAt(k);
      return y.reduce((total, v, i) => total + (v - k / (1 + Math.exp(-(line.intercept + line.slope * x[i]!)))) ** 2, 0);
    };
    const k0 = goldenSection(sse, kMin, kMax, 12);
    const start = lineAt(k0);
    const { parameterValues } = levenbergMarquardt({ x, y }, logisticAt, {
      initialValues: [k0, start.intercept, start.slope],
      minValues: [kMin, -60, -60],
      maxValues: [kMax, 60, 60],
      jacobianFunction: logisticGradient,
      maxIterations: 3,
      errorTolerance: 1e-12,
    });
    const [k = k0, a = start.intercept, b = start.slope] = parameterValues;
    const curve = logisticAt([k, a, b]);
    const params: Record<string, number> = { ceiling: k * unit, rate: b / span };
    if (Math.abs(b) > 1e-9) params.midpoint = t0 - (a / b) * span;
    return curveModel(
      series,
      context,
      (t) => (t - t0) / span,
      (v) => unit * curve(v),
      3,
      params,
    );
  },
};
