// "What would it take?": the lever value at which a target is met by its deadline with a chosen
// probability (or in the median), by bisection within the lever's range. Paths share their
// random numbers across evaluations, so the response is smooth and bisection is stable.
import type { Target } from '../io/observation-schema.ts';
import { MessageError, msg } from '../messages.ts';
import { probabilityAtLeast } from '../forecast/percentiles.ts';
import type { ScenarioEngine, ScenarioSettings } from './run.ts';
import type { ProgressCallback } from './sensitivity.ts';

export interface GoalSeekQuery {
  /** A target id, or a metric id (then `deadline` picks among its targets in several years). */
  targetId: string;
  deadline?: string;
  lever: string;
  /** Required P(meet), 0..1; 'median' asks for the median year-end value to reach the target. */
  probability: number | 'median';
}

export type GoalSeekAnswer = {
  target: Target;
  lever: string;
  probability: number | 'median';
  /** The quantity compared with the requirement at the current value and at the range ends. */
  atCurrent: number;
  atMin: number;
  atMax: number;
} & (
  | { status: 'found'; value: number; achieved: number }
  | { status: 'already-met'; value: number; achieved: number }
  | { status: 'not-reachable'; best: { value: number; achieved: number } }
);

const ITERATIONS = 30;

export function goalSeek(
  engine: ScenarioEngine,
  settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>,
  query: GoalSeekQuery,
  onProgress?: ProgressCallback,
): GoalSeekAnswer {
  // Progress counts evaluations against the most a search can need (3 + bisection); it ends at total.
  const total = 3 + ITERATIONS;
  let done = 0;
  const answer = search(engine, settings, query, onProgress && (() => onProgress(++done, total)));
  if (onProgress && done < total) onProgress(total, total);
  return answer;
}

/** The target a query names: by id, or by metric and (when the metric has several) deadline; never a guess. */
function findTarget(targets: readonly Target[], query: GoalSeekQuery): Target | undefined {
  const byId = targets.find((t) => t.id === query.targetId);
  if (byId) return byId;
  const ofMetric = targets.filter((t) => t.metric === query.targetId && (query.deadline === undefined || t.deadline === query.deadline));
  if (ofMetric.length > 1)
    throw new MessageError(msg('seekWhichDeadline', { metric: query.targetId, deadlines: ofMetric.map((t) => t.deadline).join(', ') }));
  return ofMetric[0];
}

function search(
  engine: ScenarioEngine,
  settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>,
  query: GoalSeekQuery,
  evaluated?: () => void,
): GoalSeekAnswer {
  const target = findTarget(engine.targetList, query);
  if (!target)
    throw new MessageError(msg('seekNoTarget', { target: query.targetId, known: engine.targetList.map((t) => t.id).join(', ') }));
  const def = engine.levers.byId(query.lever);
  if (!def) throw new MessageError(msg('unknownLeverId', { lever: query.lever }));
  const required = query.probability === 'median' ? 0 : query.probability;
  // Quantity that must be >= `required`: P(meet), or the median's margin over the target.
  const measure = (value: number): number => {
    const values = engine.deadlineValues(engine.paths({ ...settings, levers: { ...settings.levers, [def.id]: value } }), target);
    evaluated?.();
    return query.probability === 'median' ? engine.median(values) - target.value : probabilityAtLeast(values, target.value);
  };
  const current = settings.levers[def.id] ?? def.default;
  const [atCurrent, atMin, atMax] = [measure(current), measure(def.min), measure(def.max)];
  const base = { target, lever: def.id, probability: query.probability, atCurrent, atMin, atMax };
  if (atCurrent >= required) return { ...base, status: 'already-met', value: current, achieved: atCurrent };
  const increasing = atMax >= atMin;
  const [best, bestValue] = increasing ? [atMax, def.max] : [atMin, def.min];
  if (best < required) return { ...base, status: 'not-reachable', best: { value: bestValue, achieved: best } };
  // Bisection between the current value (not met) and the range end that meets it.
  let lo = current;
  let hi = bestValue;
  let achieved = best;
  for (let i = 0; i < ITERATIONS && Math.abs(hi - lo) > def.step / 100; i++) {
    const mid = (lo + hi) / 2;
    const m = measure(mid);
    if (m >= required) {
      hi = mid;
      achieved = m;
    } else lo = mid;
  }
  return { ...base, status: 'found', value: hi, achieved };
}
