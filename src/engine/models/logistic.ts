// Saturating logistic growth y = K / (1 + e^(-r (t - m))) toward a ceiling K no higher than the
// fitting scale's cap, fitted on the original scale with Levenberg-Marquardt. Time is rescaled
// to [0, 1] and values to [0, 1] of the largest observation so the solver's tolerances make
// sense whatever the units.

import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { SimpleLinearRegression } from 'ml-regression-simple-linear';
import { curveModel, positiveValues } from './curve.ts';
import { goldenSection } from './optimize.ts';
import type { ModelDefinition } from './types.ts';

const logisticAt = ([k, r, m]: number[]) => (x: number) => k! / (1 + Math.exp(-r! * (x - m!)));

const logisticGradient = ([k, r, m]: number[]) => (x: number) => {
  const e = Math.exp(-r! * (x - m!));
  const g = (k! * e) / (1 + e) ** 2;
  return [1 / (1 + e), g * (x - m!), -g * r!];
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
    const lineAt = (k: number) => new SimpleLinearRegression(x, y.map((v) => Math.log(v / (k - v))));
    const sse = (k: number) => {
      const line = lineAt(k);
      return y.reduce((total, v, i) => total + (v - k / (1 + Math.exp(-(line.intercept + line.slope * x[i]!)))) ** 2, 0);
    };
    const k0 = goldenSection(sse, kMin, kMax, 12);
    const start = lineAt(k0);
    const r0 = Math.abs(start.slope) > 1e-6 ? start.slope : 1;
    const m0 = Math.min(5, Math.max(-5, -start.intercept / r0));
    const { parameterValues } = levenbergMarquardt({ x, y }, logisticAt, {
      initialValues: [k0, r0, m0],
      minValues: [kMin, -60, -20],
      maxValues: [kMax, 60, 20],
      jacobianFunction: logisticGradient,
      maxIterations: 3,
      errorTolerance: 1e-12,
    });
    const [k = k0, r = r0, m = m0] = parameterValues;
    const curve = logisticAt([k, r, m]);
    return curveModel(series, context, (t) => (t - t0) / span, (v) => unit * curve(v), 3, {
      ceiling: k * unit,
      rate: r / span,
      midpoint: t0 + m * span,
    });
  },
};
