// The accounting every budget cost shares (docs/structural-model.md, "Budget cost"): lever values
// per path, a side's monthly cost by payer, and the yearly summaries (medians and 10-90% ranges
// across paths) of the baseline, the scenario, their difference and the cost per added participant.
import { toDecimalYear, yearOf, type IsoDate } from '../time.ts';
import type { LeverValues } from './levers.ts';

export type Payer = 'state' | 'city';
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

const QUANTILE_POINTS = [0.1, 0.5, 0.9] as const;

export function range(values: Float64Array): CostRange {
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

/** The default levers, and the status-quo facts whose draws apply to them too. */
export interface LeverBase {
  defaults: LeverValues;
  statusQuoFacts: ReadonlySet<string>;
}

/**
 * `f` of the lever values per path: the scenario's levers (with the defaults beside them,
 * status-quo draws in both) through `side`. Computed once unless a lever in `reads` is sampled.
 */
export function leverPaths<K extends string>(
  levers: CostLevers,
  input: LeverBase,
  m: number,
  reads: readonly string[],
  keys: readonly K[],
  f: (v: LeverValues) => Record<K, number>,
  side: (l: LeverValues, d: LeverValues) => LeverValues,
): Record<K, Float64Array> {
  const sampled = reads.filter((id) => levers.sampled.has(id));
  const out = Object.fromEntries(keys.map((key) => [key, new Float64Array(m)])) as Record<K, Float64Array>;
  if (sampled.length === 0) {
    const s = f(side(levers.values, input.defaults));
    for (const key of keys) out[key].fill(s[key]);
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
    const s = f(side(l, d));
    for (const key of keys) out[key][k] = s[key];
  }
  return out;
}

/** Cost per path in one grid step (VND billion), by payer. */
export type PerPayer = Record<Payer, Float64Array>;

/** Grid steps after the levers' start, by calendar year. */
function yearsAfter(dates: readonly IsoDate[], leversFrom: IsoDate): Map<number, number[]> {
  const tFrom = toDecimalYear(leversFrom);
  const years = new Map<number, number[]>();
  dates.forEach((date, i) => {
    if (toDecimalYear(date) > tFrom) years.set(yearOf(date), [...(years.get(yearOf(date)) ?? []), i]);
  });
  return years;
}

export const minus = (a: Float64Array, b: Float64Array) => a.map((x, k) => x - b[k]!);
const ranges = (s: Record<Payer | 'total', Float64Array>): PeriodCost => ({ state: range(s.state), city: range(s.city), total: range(s.total) });

/** A side's cost summed over a period's grid steps, per path. */
function sumOver(steps: readonly number[], m: number, cost: (i: number) => PerPayer): Record<Payer | 'total', Float64Array> {
  const sums: PerPayer = { state: new Float64Array(m), city: new Float64Array(m) };
  for (const i of steps) {
    const c = cost(i);
    for (const payer of ['state', 'city'] as const) for (let k = 0; k < m; k++) sums[payer][k] = sums[payer][k]! + c[payer][k]!;
  }
  return { ...sums, total: sums.state.map((x, k) => x + sums.city[k]!) };
}

/** What the period summaries are built from: each side's monthly cost and who is added. */
export interface MonthlyCosts {
  dates: readonly IsoDate[];
  leversFrom: IsoDate;
  paths: number;
  baseline: (i: number) => PerPayer;
  scenario: (i: number) => PerPayer;
  /** Scenario minus baseline participants at grid step i, per path. */
  added: (i: number) => Float64Array;
}

/**
 * Each calendar year from the levers' start: the cost by payer on both sides, their difference,
 * the participants added at the year's end and the extra cost per added participant. Months
 * before the levers' start are left out (both sides are the baseline there).
 */
export function costPeriods(input: MonthlyCosts): CostPeriod[] {
  const m = input.paths;
  return [...yearsAfter(input.dates, input.leversFrom)].map(([year, months]): CostPeriod => {
    const baseline = sumOver(months, m, input.baseline);
    const scenario = sumOver(months, m, input.scenario);
    const extra = { state: minus(scenario.state, baseline.state), city: minus(scenario.city, baseline.city), total: minus(scenario.total, baseline.total) };
    const last = months[months.length - 1]!;
    const added = input.added(last);
    const addedMembers = range(added);
    // VND billion per person x 1,000 = VND million per person; paths adding under one member carry no ratio.
    const ratios: number[] = [];
    for (let k = 0; k < m; k++) if (Math.abs(added[k]!) >= 1) ratios.push((1000 * extra.total[k]!) / added[k]!);
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
}

/** The policy step in force at grid time t (the first from the levers' start). */
export function stepAt<T>(steps: readonly { t: number; value: T }[], t: number): T {
  return steps.filter((step, j) => j === 0 || t > step.t).at(-1)!.value;
}
