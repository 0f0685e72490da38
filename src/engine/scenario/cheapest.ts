// "The cheapest way": of the chosen city levers, the one whose least setting meets a target with
// the requested probability at the least budget cost. Each lever is sought on its own by the goal
// seek's bisection (its least value that meets the target), then priced by the cost accounting
// (cost.ts) over the years from the levers' start to the target's deadline, and the cheapest wins.
import type { Target } from '../io/observation-schema.ts';
import { MessageError, msg } from '../messages.ts';
import { yearOf } from '../time.ts';
import { COSTED_LEVERS, type Payer } from './cost.ts';
import { goalSeek, type GoalSeekAnswer, type GoalSeekQuery } from './goal-seek.ts';
import type { LeverSettings, ScenarioEngine } from './run.ts';
import type { ProgressCallback } from './sensitivity.ts';

/** The city's levers the cost accounting prices: the default candidates. */
export const CITY_COSTED_LEVERS: readonly string[] = Object.keys(COSTED_LEVERS).filter((id) => COSTED_LEVERS[id]!.payer === 'city');

export interface CheapestQuery extends Omit<GoalSeekQuery, 'lever'> {
  /** Candidate levers (each must be priced by the cost accounting); absent: the city's. */
  levers?: readonly string[];
}

/** Budget cost of the voluntary SI support from the levers' start to the deadline's year end, medians, VND billion. */
export type SupportCost = Record<Payer | 'total', number>;

export interface CheapestOption {
  lever: string;
  answer: GoalSeekAnswer;
  /** The cost at the value found (or already met at); null when the lever cannot reach the target. */
  cost: SupportCost | null;
}

export type CheapestAnswer = {
  target: Target;
  probability: number | 'median';
  /** The cost at the scenario's current levers. */
  current: SupportCost;
  /** Every candidate, cheapest first; those that cannot reach the target last. */
  options: CheapestOption[];
} & ({ status: 'found'; best: CheapestOption } | { status: 'already-met' } | { status: 'not-reachable' });

/** Medians of each year's cost from the levers' start to the deadline's year, summed. */
function costOf(engine: ScenarioEngine, settings: LeverSettings, deadline: string): SupportCost {
  const cost = engine.cost(engine.paths(settings), settings.leversFrom);
  const sum: SupportCost = { state: 0, city: 0, total: 0 };
  for (const p of cost?.periods ?? [])
    if (p.year <= yearOf(deadline)) for (const k of ['state', 'city', 'total'] as const) sum[k] += p.scenario[k].p50;
  return sum;
}

export function cheapestSeek(engine: ScenarioEngine, settings: LeverSettings, query: CheapestQuery, onProgress?: ProgressCallback): CheapestAnswer {
  const levers = query.levers ?? CITY_COSTED_LEVERS;
  const unpriced = levers.filter((id) => !(id in COSTED_LEVERS));
  if (levers.length === 0 || unpriced.length > 0)
    throw new MessageError(msg('cheapestNotPriced', { levers: unpriced.join(', '), priced: Object.keys(COSTED_LEVERS).join(', ') }));
  const { levers: _, ...seek } = query;
  const options = levers.map((lever, j): CheapestOption => {
    const progress = onProgress && ((done: number, total: number) => onProgress(j * total + done, levers.length * total));
    const answer = goalSeek(engine, settings, { ...seek, lever }, progress);
    const cost =
      answer.status === 'not-reachable'
        ? null
        : costOf(engine, { ...settings, levers: { ...settings.levers, [lever]: answer.value } }, answer.target.deadline);
    return { lever, answer, cost };
  });
  const first = options[0]!.answer;
  options.sort((a, b) => (a.cost?.total ?? Number.POSITIVE_INFINITY) - (b.cost?.total ?? Number.POSITIVE_INFINITY));
  const base = { target: first.target, probability: query.probability, current: costOf(engine, settings, first.target.deadline), options };
  // Met at the current levers, it is met whatever lever is named: nothing to spend.
  if (first.status === 'already-met') return { ...base, status: 'already-met' };
  const best = options[0]!;
  return best.cost ? { ...base, status: 'found', best } : { ...base, status: 'not-reachable' };
}
