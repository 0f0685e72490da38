// Every model by name, and the candidate set the automatic forecaster backtests.

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

/** Series this short only get the robust baselines: too few points to choose among curves. */
export const SHORT_SERIES = 5;

/**
 * Candidates for a series of n points. Exponential growth is the linear model on a log scale, so it
 * is only a distinct candidate on a capped (logit) scale, where the logistic also has a ceiling
 * to approach. With a seasonal period, every model forecasts the seasonally adjusted series.
 */
export function candidateModels(n: number, transform: Transform, period: number): ModelDefinition[] {
  if (n <= SHORT_SERIES) return [naive, drift, linear];
  const capped = transform.kind === 'logit';
  const chosen = MODELS.filter((m) => m.minPoints <= n && (capped || (m !== exponential && m !== logistic)));
  if (period < 2) return chosen;
  return [...chosen.map((m) => seasonallyAdjusted(m, period)), seasonalNaive(period)];
}
