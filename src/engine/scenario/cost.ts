// What the voluntary SI support costs the budgets (docs/structural-model.md, "Budget cost"). Each
// month a member of group g is paid rate_g% of the minimum premium (22% of the rural poverty
// line): the state's rate out of the state budget, the city's top-up out of the city budget. A
// month's cost is members x mix share x rate x premium; a year's is the sum of its months from
// the levers' start. The same arithmetic on the baseline (default levers, baseline members) gives
// the cost the scenario is measured against. Pure: the members and lever values come in.
import { toDecimalYear, yearOf, type IsoDate } from '../time.ts';
import type { LeverValues } from './levers.ts';
import { voluntaryFullPremium } from './policy.ts';

export type Payer = 'state' | 'city';
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
const GROUP_SHARE: Record<Exclude<Group, 'other'>, string> = { poor: 'voluntarySharePoor', nearPoor: 'voluntaryShareNearPoor' };
/** Every lever the cost per member reads: the support rates, the mix and the poverty line. */
export const COST_INPUTS: readonly string[] = [...Object.keys(COSTED_LEVERS), ...Object.values(GROUP_SHARE), 'ruralPovertyLine'];

const valueOf = (v: LeverValues, id: string): number => {
  const value = v[id];
  if (value === undefined) throw new RangeError(`lever ${id} has no value`);
  return value;
};

/**
 * Support paid per voluntary member a month, VND million, by payer, averaged over the mix. Support
 * never exceeds the premium: the state's share is paid first, the city tops up to at most 100%.
 */
export function supportPerMember(v: LeverValues): Record<Payer, number> {
  const premium = voluntaryFullPremium(v);
  const poor = valueOf(v, GROUP_SHARE.poor) / 100;
  const nearPoor = valueOf(v, GROUP_SHARE.nearPoor) / 100;
  const weight: Record<Group, number> = { poor, nearPoor, other: Math.max(0, 1 - poor - nearPoor) };
  const rate = (payer: Payer, group: Group) => {
    const [id] = Object.entries(COSTED_LEVERS).find(([, c]) => c.payer === payer && c.group === group)!;
    return Math.max(0, Math.min(100, valueOf(v, id))) / 100;
  };
  const out: Record<Payer, number> = { state: 0, city: 0 };
  for (const group of ['poor', 'nearPoor', 'other'] as const) {
    const state = rate('state', group);
    const city = Math.min(rate('city', group), 1 - state);
    out.state += weight[group] * state * premium;
    out.city += weight[group] * city * premium;
  }
  return out;
}

/** Median and 10-90% range across paths. */
export interface CostRange {
  p10: number;
  p50: number;
  p90: number;
}

/** One side's cost in a period, VND billion, by payer and in all. */
export interface PeriodCost {
  state: CostRange;
  city: CostRange;
  total: CostRange;
}

/** A calendar year of the horizon, from the levers' start (a part-year) or 1 January. */
export interface CostPeriod {
  year: number;
  /** The first day of the first month counted, and the last month end counted. */
  from: IsoDate;
  to: IsoDate;
  months: number;
  baseline: PeriodCost;
  scenario: PeriodCost;
  /** Scenario minus baseline, path by path (VND billion). */
  extra: PeriodCost;
  /** Scenario minus baseline voluntary SI members at the period's last month end. */
  addedMembers: CostRange;
  /**
   * Extra cost of the period (city and state) per added member at its end, VND million; null
   * (not defined) when the scenario adds no members in the median.
   */
  perAddedMember: CostRange | null;
}

/** The budget cost of a run: each year of the horizon from the levers' start. Plain data. */
export interface BudgetCost {
  leversFrom: IsoDate;
  periods: CostPeriod[];
}

/** Lever values per path: the run's values, with each sampled lever's draw on its path. */
export interface CostLevers {
  values: LeverValues;
  sampled: ReadonlyMap<string, Float64Array>;
}

/** The scenario's levers from a date: its own from the levers' start, then each dated policy change. */
export interface CostStep {
  from: IsoDate;
  levers: CostLevers;
}

export interface CostInputs {
  dates: readonly IsoDate[];
  leversFrom: IsoDate;
  /** Voluntary SI members per grid step and path: the baseline's and the scenario's. */
  baselineMembers: readonly Float64Array[];
  scenarioMembers: readonly Float64Array[];
  /** The scenario's levers by date; the first from `leversFrom` (LeverSet.steps). */
  scenario: readonly CostStep[];
  defaults: LeverValues;
  /** Levers that are facts about the status quo: their draw applies to the defaults too. */
  statusQuoFacts: ReadonlySet<string>;
}

const QUANTILE_POINTS = [0.1, 0.5, 0.9] as const;

function range(values: Float64Array): CostRange {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => {
    const x = q * (sorted.length - 1);
    const lo = Math.floor(x);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (x - lo);
  };
  const [p10, p50, p90] = QUANTILE_POINTS.map(at) as [number, number, number];
  return { p10, p50, p90 };
}

type PerPayer = Record<Payer, Float64Array>;

/**
 * Support per member per path: the scenario's levers (with the defaults beside them, status-quo
 * draws in both) through `f`. Computed once unless a cost input is sampled.
 */
function perMemberPaths(levers: CostLevers, input: CostInputs, m: number, side: (l: LeverValues, d: LeverValues) => LeverValues): PerPayer {
  const sampled = COST_INPUTS.filter((id) => levers.sampled.has(id));
  const out: PerPayer = { state: new Float64Array(m), city: new Float64Array(m) };
  if (sampled.length === 0) {
    const s = supportPerMember(side(levers.values, input.defaults));
    out.state.fill(s.state);
    out.city.fill(s.city);
    return out;
  }
  const l = { ...levers.values };
  const d = { ...input.defaults };
  for (let k = 0; k < m; k++) {
    for (const id of sampled) {
      const draw = levers.sampled.get(id)![k]!;
      l[id] = draw;
      if (input.statusQuoFacts.has(id)) d[id] = draw;
    }
    const s = supportPerMember(side(l, d));
    out.state[k] = s.state;
    out.city[k] = s.city;
  }
  return out;
}

/**
 * The cost of the support, year by year from the levers' start to the end of the grid. Members
 * at a month's end are the members paid for that month; before the levers' start both sides are
 * the baseline and cost the same, so those months are not counted.
 */
export function budgetCost(input: CostInputs): BudgetCost {
  const m = input.scenarioMembers[0]?.length ?? 0;
  const first = input.scenario[0];
  if (!first) throw new RangeError('budget cost: no lever values');
  const baselineRates = perMemberPaths(first.levers, input, m, (_, d) => d);
  const steps = input.scenario.map((step) => ({ t: toDecimalYear(step.from), rates: perMemberPaths(step.levers, input, m, (l) => l) }));
  /** The scenario's support per member in the policy step in force at grid time t. */
  const scenarioRates = (t: number) => steps.filter((step, j) => j === 0 || t > step.t).at(-1)!.rates;
  const tFrom = toDecimalYear(input.leversFrom);
  // Grid steps after the levers' start, by calendar year.
  const years = new Map<number, number[]>();
  input.dates.forEach((date, i) => {
    if (toDecimalYear(date) > tFrom) years.set(yearOf(date), [...(years.get(yearOf(date)) ?? []), i]);
  });
  const periods = [...years].map(([year, months]): CostPeriod => {
    const side = (members: readonly Float64Array[], rates: (i: number) => PerPayer) => {
      const sums: PerPayer = { state: new Float64Array(m), city: new Float64Array(m) };
      for (const i of months)
        for (const payer of ['state', 'city'] as const) {
          const [perMember, sum] = [rates(i)[payer], sums[payer]];
          // VND million per member x members / 1,000 = VND billion.
          for (let k = 0; k < m; k++) sum[k] = sum[k]! + (members[i]![k]! * perMember[k]!) / 1000;
        }
      return { ...sums, total: sums.state.map((x, k) => x + sums.city[k]!) };
    };
    const baseline = side(input.baselineMembers, () => baselineRates);
    const scenario = side(input.scenarioMembers, (i) => scenarioRates(toDecimalYear(input.dates[i]!)));
    const minus = (a: Float64Array, b: Float64Array) => a.map((x, k) => x - b[k]!);
    const extra = { state: minus(scenario.state, baseline.state), city: minus(scenario.city, baseline.city), total: minus(scenario.total, baseline.total) };
    const last = months[months.length - 1]!;
    const added = minus(input.scenarioMembers[last]!, input.baselineMembers[last]!);
    const addedMembers = range(added);
    // VND billion per person x 1,000 = VND million per person; paths adding under one member carry no ratio.
    const ratios: number[] = [];
    for (let k = 0; k < m; k++) if (Math.abs(added[k]!) >= 1) ratios.push((1000 * extra.total[k]!) / added[k]!);
    const ranges = (s: Record<Payer | 'total', Float64Array>): PeriodCost => ({ state: range(s.state), city: range(s.city), total: range(s.total) });
    return {
      year,
      from: `${input.dates[months[0]!]!.slice(0, 7)}-01`,
      to: input.dates[last]!,
      months: months.length,
      baseline: ranges(baseline),
      scenario: ranges(scenario),
      extra: ranges(extra),
      addedMembers,
      perAddedMember: Math.abs(addedMembers.p50) >= 1 && ratios.length > 0 ? range(Float64Array.from(ratios)) : null,
    };
  });
  return { leversFrom: input.leversFrom, periods };
}

/** One year's cost of a run against another's (the first of a comparison), from their medians. */
export interface CostDifference {
  year: number;
  /** Extra cost of the other run over the first, city and state (VND billion). */
  extra: Record<Payer | 'total', number>;
  /** Members the other run adds over the first at the period's end. */
  addedMembers: number;
  /** extra.total per added member, VND million; null (not defined) when it adds none. */
  perAddedMember: number | null;
}

/**
 * Year by year, `other` against `first`. Runs on the same data share the baseline, so the
 * difference of their medians against it is their difference; years only one run has are left out.
 */
export function costDifference(first: BudgetCost, other: BudgetCost): CostDifference[] {
  return other.periods.flatMap((b) => {
    const a = first.periods.find((p) => p.year === b.year);
    if (!a) return [];
    const extra = {
      state: b.scenario.state.p50 - a.scenario.state.p50,
      city: b.scenario.city.p50 - a.scenario.city.p50,
      total: b.scenario.total.p50 - a.scenario.total.p50,
    };
    const addedMembers = b.addedMembers.p50 - a.addedMembers.p50;
    return [{ year: b.year, extra, addedMembers, perAddedMember: Math.abs(addedMembers) >= 1 ? (1000 * extra.total) / addedMembers : null }];
  });
}
