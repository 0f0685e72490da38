// Combining the best candidates: the top three by backtest error (scaled like MASE), trimmed of
// any much worse than the best and weighted by inverse error. Combinations of simple models were
// the robust winners of the M3 and M4 competitions; the weights let a model that is clearly
// better (a near-perfect fit) dominate.

import type { ModelDefinition } from '../models/types.ts';
import type { BacktestPlan, CandidateScore } from './backtest.ts';

const MAX_MEMBERS = 3;
/** Members scoring worse than this multiple of the best are left out (a trimmed combination). */
const TRIM = 1.5;

export interface Member {
  model: ModelDefinition;
  weight: number;
  score: CandidateScore;
}

/** A candidate's mean scaled error over all origins but `exclude` (-1 for none). */
function rankScore(score: CandidateScore, exclude: number): number {
  let total = 0;
  let count = 0;
  score.perOrigin.forEach((e, slot) => {
    if (slot !== exclude) {
      total += e;
      count++;
    }
  });
  return count > 0 ? total / count : Number.POSITIVE_INFINITY;
}

/**
 * The best finite-scoring candidates (ties keep registry order), ranked without origin `exclude`.
 * `robust` (very short series): every robust candidate with equal weight, since one or two
 * backtest errors are too few to choose between them. `anchor` names a candidate that joins the
 * members whenever it has a finite score, weighted by that score like the others (auto.ts: the
 * information criterion's choice on series too short for the backtest alone).
 */
export function chooseMembers(scores: readonly CandidateScore[], robust: boolean, exclude = -1, anchor?: string): Member[] {
  const valued = scores.map((score) => ({ score, value: rankScore(score, exclude) })).filter((s) => Number.isFinite(s.value));
  const ranked = [...valued]
    .sort((a, b) => a.value - b.value)
    .slice(0, robust ? scores.length : MAX_MEMBERS)
    .filter((s, _, top) => robust || s.value <= TRIM * top[0]!.value);
  const anchored = robust ? undefined : valued.find((s) => s.score.model.name === anchor);
  if (anchored && !ranked.includes(anchored)) ranked.push(anchored);
  const raw = ranked.map((s) => (robust ? 1 : 1 / Math.max(s.value, 1e-9)));
  const total = raw.reduce((a, b) => a + b, 0);
  return ranked.map(({ score }, i) => ({ model: score.model, weight: raw[i]! / total, score }));
}

/** Weighted mean of the members' forecasts (on the original scale, where the bounds are convex). */
export function combine(weights: readonly number[], values: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]! * values[i]!;
  return total;
}

/**
 * Origins whose test windows and the given slot's do not overlap: neither origin's training data
 * or targets include the other's targets.
 */
function disjointSlots(plan: BacktestPlan, slot: number): number[] {
  const { origins, cases } = plan;
  const last = origins.map((_, j) => Math.max(...cases.filter((c) => c.slot === j).map((c) => c.target)));
  return origins.flatMap((origin, j) => (j !== slot && (origin > last[slot]! || last[j]! < origins[slot]!) ? [j] : []));
}

/** The scores restricted to some origins. */
function onSlots(scores: readonly CandidateScore[], slots: readonly number[]): CandidateScore[] {
  return scores.map((s) => ({ ...s, perOrigin: Float64Array.from(slots, (j) => s.perOrigin[j]!) }));
}

/**
 * The combination's backtest forecasts with each origin's members chosen on other origins only
 * (those whose test windows do not overlap its own, when there are any), so the errors that
 * calibrate the intervals carry the cost of choosing models too.
 */
export function heldOutCombination(plan: BacktestPlan, scores: readonly CandidateScore[], robust: boolean, anchor?: string): Float64Array {
  const bySlot = plan.origins.map((_, slot) => {
    if (plan.origins.length < 2) return chooseMembers(scores, robust, -1, anchor);
    const disjoint = disjointSlots(plan, slot);
    return disjoint.length > 0 ? chooseMembers(onSlots(scores, disjoint), robust, -1, anchor) : chooseMembers(scores, robust, slot, anchor);
  });
  return Float64Array.from(plan.cases, ({ slot }, i) => {
    const members = bySlot[slot]!;
    return combine(
      members.map((m) => m.weight),
      members.map((m) => m.score.forecasts[i]!),
    );
  });
}
