// Combining the best candidates: the top few by backtest MASE, weighted by inverse MASE.
// Combinations of simple models were the robust winners of the M3 and M4 competitions; the
// weights let a model that is clearly better (a near-perfect fit) dominate.

import type { ModelDefinition } from '../models/types.ts';
import type { CandidateScore } from './backtest.ts';

const MAX_MEMBERS = 3;

export interface Member {
  model: ModelDefinition;
  weight: number;
  score: CandidateScore;
}

/** The best finite-scoring candidates (ties keep registry order); equal weights when asked. */
export function chooseMembers(scores: readonly CandidateScore[], equalWeights: boolean): Member[] {
  const ranked = scores.filter((s) => Number.isFinite(s.mase)).sort((a, b) => a.mase - b.mase);
  const top = ranked.slice(0, MAX_MEMBERS);
  const raw = top.map((s) => (equalWeights ? 1 : 1 / Math.max(s.mase, 1e-9)));
  const total = raw.reduce((a, b) => a + b, 0);
  return top.map((score, i) => ({ model: score.model, weight: raw[i]! / total, score }));
}

/** Weighted mean of the members' forecasts (on the original scale, where the bounds are convex). */
export function combine(weights: readonly number[], values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]! * values[i]!;
  return total;
}
