// Every model by name, and the candidate set the automatic forecaster backtests.

import { additive } from './additive.ts';
import { dampedTrend } from './damped-trend.ts';
import { drift } from './drift.ts';
import { exponential } from './exponential.ts';
import { linear } from './linear.ts';
import { logistic } from './logistic.ts';
import { naive } from './naive.ts';
import { polynomial } from './polynomial.ts';
import { power } from './power.ts';
import { seasonalNaive, seasonallyAdjusted } from './seasonal.ts';
import { simpleSmoothing } from './ses.ts';
import { theta } from './theta.ts';
import type { Transform } from './transform.ts';
import type { ModelDefinition } from './types.ts';

export const MODELS: readonly ModelDefinition[] = [
  naive,
  drift,
  simpleSmoothing,
  theta,
  dampedTrend,
  linear,
  polynomial,
  exponential,
  power,
  logistic,
];

export function modelNamed(name: string): ModelDefinition {
  const model = MODELS.find((m) => m.name === name);
  if (!model) throw new RangeError(`unknown model "${name}"; known: ${MODELS.map((m) => m.name).join(', ')}`);
  return model;
}

/** The logistic curve joins the candidates once the series has reached this share of its cap. */
export const SATURATION_REACH = 0.5;

/** Series this short only get the robust baselines: too few points to choose among curves. */
export const SHORT_SERIES = 5;

/**
 * Candidates for a series of n points, on both kinds of scale. On the fitting scale (growth rates
 * for counts, logits for shares) go the level and trend models, plus the linear trend when it
 * means a logistic approach to the cap; on the original scale the additive trends and the
 * quadratic; the growth curves are defined on the original scale already. With a seasonal period,
 * every model forecasts the seasonally adjusted series and seasonal naive joins.
 */
export function candidateModels(n: number, transform: Transform, period: number, peak: number): ModelDefinition[] {
  if (n <= SHORT_SERIES) return [naive, drift, linear, additive(drift)];
  const capped = transform.kind === 'logit';
  // On the identity scale the fitting-scale trends already are the additive ones.
  const additiveTrends = transform.kind === 'identity' ? [] : [additive(drift), additive(theta), additive(dampedTrend)];
  // A saturating curve is only identifiable once the data come within reach of the cap.
  const nearCap = capped && peak >= SATURATION_REACH * transform.upper;
  const all = [
    naive,
    simpleSmoothing,
    drift,
    theta,
    dampedTrend,
    ...(capped ? [linear] : []),
    ...additiveTrends,
    additive(linear),
    additive(polynomial),
    exponential,
    power,
    ...(nearCap ? [logistic] : []),
  ].filter((m) => m.minPoints <= n);
  if (period < 2) return all;
  return [...all.map((m) => seasonallyAdjusted(m, period)), seasonalNaive(period)];
}
