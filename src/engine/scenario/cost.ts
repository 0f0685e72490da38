// What the voluntary SI support costs the budgets (docs/structural-model.md, "Budget cost"). Each
// month a member of group g is paid rate_g% of the minimum premium (22% of the rural poverty
// line): the state's rate out of the state budget, the city's top-up out of the city budget. A
// month's cost is members x mix share x rate x premium; a year's is the sum of its months from
// the levers' start. The same arithmetic on the baseline (default levers, baseline members) gives
// the cost the scenario is measured against. Pure: the members and lever values come in.
import { toDecimalYear, type IsoDate } from '../time.ts';
import {
  costPeriods,
  difference,
  keptByLevers,
  leverPaths,
  stepAt,
  type CostLevers,
  type CostPeriod,
  type CostStep,
  type BaselineMemo,
  type LeverBase,
  type Payer,
  type PerPayer,
  type Side,
} from './cost-periods.ts';
import { hiCost, type HiCostPaths, type HiCostPeriod } from './hi-cost.ts';
import type { LeverValues } from './levers.ts';
import { voluntaryFullPremium } from './policy.ts';
import type { ReuseMemo } from './reuse.ts';
import { scratchRow } from './scratch-rows.ts';

export type { CostLevers, CostPeriod, CostRange, CostStep, Payer, PeriodCost } from './cost-periods.ts';
type Group = 'poor' | 'nearPoor' | 'other';

/** The levers the accounting prices: who pays each and which group receives it. */
export const COSTED_LEVERS: Readonly<Record<string, { payer: Payer; group: Group }>> = {
  stateSupportPoor: { payer: 'state', group: 'poor' },
  stateSupportNearPoor: { payer: 'state', group: 'nearPoor' },
  stateSupportOther: { payer: 'state', group: 'other' },
  cityTopupPoor: { payer: 'city', group: 'poor' },
  cityTopupNearPoor: { payer: 'city', group: 'nearPoor' },
  cityTopupOther: { payer: 'city', group: 'other' },
};
/** The lever that sets each payer's rate for each group (COSTED_LEVERS the other way round). */
const RATE_LEVER = Object.fromEntries(
  (['state', 'city'] as const).map((payer) => [
    payer,
    Object.fromEntries(Object.entries(COSTED_LEVERS).flatMap(([id, c]) => (c.payer === payer ? [[c.group, id]] : []))),
  ]),
) as Record<Payer, Record<Group, string>>;
const GROUP_SHARE: Record<Exclude<Group, 'other'>, string> = { poor: 'voluntarySharePoor', nearPoor: 'voluntaryShareNearPoor' };
/** Every lever the cost per member reads: the support rates, the mix and the poverty line. */
export const COST_INPUTS: readonly string[] = [...Object.keys(COSTED_LEVERS), ...Object.values(GROUP_SHARE), 'ruralPovertyLine'];

const valueOf = (v: LeverValues, id: string): number => {
  const value = v[id];
  if (value === undefined) throw new RangeError(`lever ${id} has no value`);
  return value;
};

/** The premium and each group's support rates (0-1) by payer: what the support per member mixes. */
interface GroupRates {
  premium: number;
  state: Record<Group, number>;
  city: Record<Group, number>;
}

const GROUPS = ['poor', 'nearPoor', 'other'] as const;

function groupRates(v: LeverValues): GroupRates {
  const rate = (payer: Payer, group: Group) => Math.max(0, Math.min(100, valueOf(v, RATE_LEVER[payer][group]))) / 100;
  const out: GroupRates = { premium: voluntaryFullPremium(v), state: { poor: 0, nearPoor: 0, other: 0 }, city: { poor: 0, nearPoor: 0, other: 0 } };
  for (const group of GROUPS) {
    out.state[group] = rate('state', group);
    out.city[group] = Math.min(rate('city', group), 1 - out.state[group]);
  }
  return out;
}

/** The support per member for a mix with `poor` and `nearPoor` shares (0-1), the rest "other". */
function mixed(r: GroupRates, poor: number, nearPoor: number): Record<Payer, number> {
  return { state: mixedRate(r.state, r.premium, poor, nearPoor), city: mixedRate(r.city, r.premium, poor, nearPoor) };
}

/** One payer's share of `mixed`: a number, so the loop over 10,000 paths allocates nothing. */
function mixedRate(rates: Record<Group, number>, premium: number, poor: number, nearPoor: number): number {
  // The groups in GROUPS order: the sum's rounding is part of the seeded answers.
  let out = 0;
  out += poor * rates.poor * premium;
  out += nearPoor * rates.nearPoor * premium;
  out += Math.max(0, 1 - poor - nearPoor) * rates.other * premium;
  return out;
}

/**
 * Support paid per voluntary member a month, VND million, by payer, averaged over the mix. Support
 * never exceeds the premium: the state's share is paid first, the city tops up to at most 100%.
 */
export function supportPerMember(v: LeverValues): Record<Payer, number> {
  return mixed(groupRates(v), valueOf(v, GROUP_SHARE.poor) / 100, valueOf(v, GROUP_SHARE.nearPoor) / 100);
}

/** The budget cost of a run: each year of the horizon from the levers' start. Plain data. */
export interface BudgetCost {
  leversFrom: IsoDate;
  /** The voluntary SI premium support (state and city). */
  periods: CostPeriod[];
  /** The HI support: free cards, household and near-poor support (hi-cost.ts); empty without HI paths. */
  hi: HiCostPeriod[];
}

export interface CostInputs extends LeverBase {
  dates: readonly IsoDate[];
  leversFrom: IsoDate;
  /** Voluntary SI members per grid step and path: the baseline's and the scenario's. */
  baselineMembers: readonly Float64Array[];
  scenarioMembers: readonly Float64Array[];
  /** The scenario's levers by date; the first from `leversFrom` (LeverSet.steps). */
  scenario: readonly CostStep[];
  /** The run's HI paths, for the HI support's cost (absent: not counted). */
  hi?: HiCostPaths;
  /** Baseline sums of an earlier run with the same baseline, default levers' draws and levers' start. */
  memo?: CostMemo;
}

/** What a lever move can reuse of the last cost: the baseline side of each kind of support. */
export interface CostMemo {
  support: BaselineMemo;
  hi: BaselineMemo;
  /** The last HI support, reused while its rates and HI paths hold. */
  last: ReuseMemo;
}

const PAYERS = ['state', 'city'] as const;
const MIX: readonly string[] = Object.values(GROUP_SHARE);

/**
 * Support per voluntary member per path (VND million a month), by payer. The mix is sampled on
 * every path; while nothing else the support reads is, the group rates are worked out once and
 * only the mix varies by path (the same arithmetic as supportPerMember, path by path).
 */
function perMemberPaths(levers: CostLevers, input: CostInputs, m: number, side: Side): PerPayer {
  const pick = side === 'baseline' ? (_: LeverValues, d: LeverValues) => d : (l: LeverValues) => l;
  if (COST_INPUTS.some((id) => levers.sampled.has(id) && !MIX.includes(id))) return leverPaths(levers, input, m, COST_INPUTS, PAYERS, supportPerMember, pick);
  const values = pick(levers.values, input.defaults);
  const rates = groupRates(values);
  // A draw applies to the scenario's levers, and to the defaults when the lever is a status-quo fact.
  const share = (id: string): Float64Array => {
    const draws = levers.sampled.get(id);
    return draws && (side === 'scenario' || input.statusQuoFacts.has(id)) ? draws : scratchRow(`cost|${id}`, m).fill(valueOf(values, id));
  };
  const [poor, nearPoor] = [share(GROUP_SHARE.poor), share(GROUP_SHARE.nearPoor)];
  const out: PerPayer = { state: new Float64Array(m), city: new Float64Array(m) };
  for (let k = 0; k < m; k++) {
    out.state[k] = mixedRate(rates.state, rates.premium, poor[k]! / 100, nearPoor[k]! / 100);
    out.city[k] = mixedRate(rates.city, rates.premium, poor[k]! / 100, nearPoor[k]! / 100);
  }
  return out;
}

/**
 * The cost of the voluntary SI support, year by year from the levers' start to the end of the
 * grid, and of the HI support when the run's HI paths come in (hi-cost.ts). Members at a month's
 * end are the members paid for that month.
 */
export function budgetCost(input: CostInputs): BudgetCost {
  const m = input.scenarioMembers[0]?.length ?? 0;
  const first = input.scenario[0];
  if (!first) throw new RangeError('budget cost: no lever values');
  // Kept while the levers the support reads hold (a move of another lever hands back the same rows).
  const memo = input.memo?.last ?? new Map();
  const kept = (name: string, levers: CostLevers, side: Side) =>
    keptByLevers(memo, `support|${name}`, m, side === 'baseline' ? input.defaults : levers.values, levers, COST_INPUTS, () =>
      perMemberPaths(levers, input, m, side),
    );
  const baselineRates = kept('baseline', first.levers, 'baseline');
  const steps = input.scenario.map((step, j) => ({ t: toDecimalYear(step.from), value: kept(`step${j}`, step.levers, 'scenario') }));
  const { support: periods } = costPeriods({
    dates: input.dates,
    leversFrom: input.leversFrom,
    paths: m,
    lines: ['support'],
    month: (i, side, out) => {
      const [members, rates] =
        side === 'baseline'
          ? [input.baselineMembers[i]!, baselineRates]
          : [input.scenarioMembers[i]!, stepAt(steps, toDecimalYear(input.dates[i]!))];
      // VND million per member x members / 1,000 = VND billion.
      const { state, city } = out.support;
      for (let k = 0; k < m; k++) {
        state[k] = (members[k]! * rates.state[k]!) / 1000;
        city[k] = (members[k]! * rates.city[k]!) / 1000;
      }
    },
    added: (i, out) => difference(input.scenarioMembers[i]!, input.baselineMembers[i]!, out),
    ...(input.memo && { baselineMemo: input.memo.support }),
  });
  return { leversFrom: input.leversFrom, periods, hi: input.hi ? hiCost(input, input.hi) : [] };
}

/** One period's cost of a run against another's, from their medians. */
export interface PeriodDifference {
  /** Extra cost of the other run over the first, city and state (VND billion). */
  extra: Record<Payer | 'total', number>;
  /** Participants the other run adds over the first at the period's end. */
  addedMembers: number;
  /** extra.total per added participant, VND million; null (not defined) when it adds none. */
  perAddedMember: number | null;
}

/** One year's cost of a run against another's (the first of a comparison): the voluntary SI support, and the HI support. */
export interface CostDifference extends PeriodDifference {
  year: number;
  /** The HI support's (added participants: HI participants); null when either run has no HI cost that year. */
  hi: PeriodDifference | null;
}

function periodDifference(a: CostPeriod, b: CostPeriod): PeriodDifference {
  const extra = {
    state: b.scenario.state.p50 - a.scenario.state.p50,
    city: b.scenario.city.p50 - a.scenario.city.p50,
    total: b.scenario.total.p50 - a.scenario.total.p50,
  };
  const addedMembers = b.addedMembers.p50 - a.addedMembers.p50;
  return { extra, addedMembers, perAddedMember: Math.abs(addedMembers) >= 1 ? (1000 * extra.total) / addedMembers : null };
}

/**
 * Year by year, `other` against `first`. Runs on the same data share the baseline, so the
 * difference of their medians against it is their difference; years only one run has are left out.
 */
export function costDifference(first: BudgetCost, other: BudgetCost): CostDifference[] {
  return other.periods.flatMap((b) => {
    const a = first.periods.find((p) => p.year === b.year);
    if (!a) return [];
    const [hiA, hiB] = [first.hi.find((p) => p.year === b.year), other.hi.find((p) => p.year === b.year)];
    return [{ year: b.year, ...periodDifference(a, b), hi: hiA && hiB ? periodDifference(hiA, hiB) : null }];
  });
}
