// The Gompertz growth curve y = K exp(-exp(-(a + b t))) toward a ceiling K: like the logistic, a
// saturating S-curve, but asymmetric, its fastest growth at 1/e of the ceiling rather than half
// way, so the approach to the ceiling is long and slow (coverage closing in on universal, a count
// running out of people to add). Fitted on the original scale as logistic.ts is: for a fixed
// ceiling, -log(-log(y/K)) is a straight line in time, so a golden-section search over K with least
// squares inside gives the start and Levenberg-Marquardt polishes it. Time and values are rescaled
// to [0, 1] so the solver's tolerances make sense whatever the units.

import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { curveModel, positiveValues } from './curve.ts';
import { goldenSection } from './optimize.ts';
import type { ModelDefinition } from './types.ts';

const gompertzAt =
  ([k, a, b]: number[]) =>
  (x: number) =>
    k! * Math.exp(-Math.exp(-(a! + b! * x)));

const gompertzGradient =
  ([k, a, b]: number[]) =>
  (x: number) => {
    const e = Math.exp(-(a! + b! * x));
    const shape = Math.exp(-e);
    const g = k! * shape * e;
    return [shape, g, g * x];
  };

export const gompertz: ModelDefinition = {
  name: 'gompertz',
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
    const lineAt = (k: number) =>
      new SimpleLinearRegression(
        x,
        y.map((v) => -Math.log(-Math.log(v / k))),
      );
    const sse = (k: number) => {
      const line = lineAt(k);
      const curve = gompertzAt([k, line.intercept, line.slope]);
      return y.reduce((total, v, i) => total + (v - curve(x[i]!)) ** 2, 0);
    };
    const k0 = goldenSection(sse, kMin, kMax, 12);
    const start = lineAt(k0);
    const { parameterValues } = levenbergMarquardt({ x, y }, gompertzAt, {
      initialValues: [k0, start.intercept, start.slope],
      minValues: [kMin, -60, -60],
      maxValues: [kMax, 60, 60],
      jacobianFunction: gompertzGradient,
      maxIterations: 10,
      errorTolerance: 1e-12,
    });
    const [k = k0, a = start.intercept, b = start.slope] = parameterValues;
    const curve = gompertzAt([k, a, b]);
    const params: Record<string, number> = { ceiling: k * unit, rate: b / span };
    // The inflection point, where y = K / e.
    if (Math.abs(b) > 1e-9) params.inflection = t0 - (a / b) * span;
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
