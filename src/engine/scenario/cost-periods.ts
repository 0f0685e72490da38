// The accounting every budget cost shares (docs/structural-model.md, "Budget cost"): lever values
// per path, a side's monthly cost by payer, and the yearly summaries (medians and 10-90% ranges
// across paths) of the baseline, the scenario, their difference and the cost per added participant.
import { quantiles } from '../forecast/percentiles.ts';
import { toDecimalYear, yearOf, type IsoDate } from '../time.ts';
import type { LeverValues } from './levers.ts';
import { reuse, type ReuseMemo } from './reuse.ts';
import { scratchRow } from './scratch-rows.ts';

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
/** Reused by every range (selection rearranges a copy, never the caller's values). */
let scratch = new Float64Array(0);

/** Median and 10-90% range across paths: selection, not a sort (linear time, the same values). */
export function range(values: Float64Array): CostRange {
  // A cost no path varies (a lever that is not sampled, a payer who pays nothing) needs no selection.
  const first = values[0]!;
  let constant = true;
  for (let k = 1; k < values.length && constant; k++) constant = values[k] === first;
  // first + 0: what the interpolation gives between equal values (it turns -0 into 0).
  if (constant && values.length > 0) return { p10: first + 0, p50: first + 0, p90: first + 0 };
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const [p10, p50, p90] = quantiles(values, QUANTILE_POINTS, scratch) as [number, number, number];
  return { p10, p50, p90 };
}

/** The default levers, and the status-quo facts whose draws apply to them too. */
export interface LeverBase {
  defaults: LeverValues;
  statusQuoFacts: ReadonlySet<string>;
}

const scratchPayer = (name: string, m: number): PerPayer => ({ state: scratchRow(`${name}|state`, m), city: scratchRow(`${name}|city`, m) });

/** a - b path by path, into `out`. */
export function difference(a: Float64Array, b: Float64Array, out: Float64Array): Float64Array {
  for (let k = 0; k < out.length; k++) out[k] = a[k]! - b[k]!;
  return out;
}

/**
 * `compute()`, kept in `memo` under `name` while what it reads holds: the levers in `reads` at
 * `values` and their per-path draws. A move of a lever the cost does not read hands back the same rows.
 */
export function keptByLevers<T>(
  memo: ReuseMemo,
  name: string,
  m: number,
  values: LeverValues,
  levers: CostLevers,
  reads: readonly string[],
  compute: () => T,
): T {
  const inputs = [m, Float64Array.from(reads, (id) => values[id] ?? Number.NaN), ...reads.flatMap((id) => levers.sampled.get(id) ?? [])];
  return reuse(memo, `${name}|${m}`, inputs, compute);
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

const ranges = (s: Record<Payer | 'total', Float64Array>): PeriodCost => ({ state: range(s.state), city: range(s.city), total: range(s.total) });
export const perPayer = (m: number): PerPayer => ({ state: new Float64Array(m), city: new Float64Array(m) });

export type Side = 'baseline' | 'scenario';

/**
 * What the period summaries are built from: each side's monthly cost, by line (the voluntary SI
 * support has one, the HI support a total and one per lever), and who is added.
 */
export interface MonthlyCosts<L extends string> {
  dates: readonly IsoDate[];
  leversFrom: IsoDate;
  paths: number;
  lines: readonly L[];
  /** Writes each line's cost at grid step i on one side into `out` (VND billion per path, by payer). */
  month: (i: number, side: Side, out: Record<L, PerPayer>) => void;
  /** Writes scenario minus baseline participants at grid step i, per path, into `out`. */
  added: (i: number, out: Float64Array) => void;
  /**
   * The baseline's yearly sums from an earlier call with the same baseline (paths, default levers
   * and their draws, levers' start): lever moves leave them as they are. Filled when empty.
   */
  baselineMemo?: BaselineMemo;
}

/** A line's yearly baseline sums per path and their ranges, by `${line}|${year}`. */
export type BaselineMemo = Map<string, { sums: Record<Payer | 'total', Float64Array>; ranges: PeriodCost }>;

/**
 * Each calendar year from the levers' start, for every line: the cost by payer on both sides,
 * their difference, the participants added at the year's end and the extra cost per added
 * participant. Months before the levers' start are left out (both sides are the baseline there).
 * One pass over the months: each side's month is computed once into scratch arrays and added to
 * every line's yearly sums.
 */
export function costPeriods<L extends string>(input: MonthlyCosts<L>): Record<L, CostPeriod[]> {
  const m = input.paths;
  const out = Object.fromEntries(input.lines.map((line) => [line, [] as CostPeriod[]])) as Record<L, CostPeriod[]>;
  const lines = (name: string): Record<L, PerPayer> => Object.fromEntries(input.lines.map((line) => [line, scratchPayer(`${name}|${line}`, m)])) as Record<L, PerPayer>;
  const scratch = lines('month');
  const added = scratchRow('added', m);
  for (const [year, months] of yearsAfter(input.dates, input.leversFrom)) {
    const memo = input.baselineMemo ?? new Map();
    const known = input.lines.every((line) => memo.has(`${line}|${year}`));
    // The baseline's sums are kept (in the memo); the scenario's are scratch.
    const sums: Record<Side, Record<L, PerPayer>> = {
      baseline: Object.fromEntries(input.lines.map((line) => [line, perPayer(m)])) as Record<L, PerPayer>,
      scenario: lines('sum'),
    };
    for (const line of input.lines) for (const row of Object.values<Float64Array>(sums.scenario[line])) row.fill(0);
    for (const i of months)
      for (const side of known ? (['scenario'] as const) : (['baseline', 'scenario'] as const)) {
        input.month(i, side, scratch);
        for (const line of input.lines) addInto(sums[side][line], scratch[line]);
      }
    if (!known)
      for (const line of input.lines) {
        const total = withTotal(sums.baseline[line], new Float64Array(m));
        memo.set(`${line}|${year}`, { sums: total, ranges: ranges(total) });
      }
    const last = months[months.length - 1]!;
    input.added(last, added);
    const period = { year, from: `${input.dates[months[0]!]!.slice(0, 7)}-01`, to: input.dates[last]!, months: months.length };
    const addedMembers = range(added);
    for (const line of input.lines) out[line].push(linePeriod(period, memo.get(`${line}|${year}`)!, sums.scenario[line], line, added, addedMembers));
  }
  return out;
}

/**
 * One line's period: its scenario sums against the baseline's, path by path. Its own function, not
 * the loop body of costPeriods: V8 compiles (and after a deoptimisation recompiles) the two apart,
 * in a fraction of the time the one function took.
 */
function linePeriod(
  period: Pick<CostPeriod, 'year' | 'from' | 'to' | 'months'>,
  base: { sums: Record<Payer | 'total', Float64Array>; ranges: PeriodCost },
  sums: PerPayer,
  line: string,
  added: Float64Array,
  addedMembers: CostRange,
): CostPeriod {
  const m = added.length;
  const [baseline, scenario] = [base.sums, withTotal(sums, scratchRow(`sum|${line}|total`, m))];
  const extra = {
    state: difference(scenario.state, baseline.state, scratchRow('extra|state', m)),
    city: difference(scenario.city, baseline.city, scratchRow('extra|city', m)),
    total: difference(scenario.total, baseline.total, scratchRow('extra|total', m)),
  };
  // VND billion per person x 1,000 = VND million per person; paths adding under one member carry no ratio.
  const ratios = scratchRow('ratios', m);
  let counted = 0;
  for (let k = 0; k < m; k++) if (Math.abs(added[k]!) >= 1) ratios[counted++] = (1000 * extra.total[k]!) / added[k]!;
  return {
    ...period,
    baseline: base.ranges,
    scenario: ranges(scenario),
    extra: ranges(extra),
    addedMembers,
    perAddedMember: Math.abs(addedMembers.p50) >= 1 && counted > 0 ? range(ratios.subarray(0, counted)) : null,
  };
}

function addInto(sum: PerPayer, month: PerPayer): void {
  const [ss, sc, ms, mc] = [sum.state, sum.city, month.state, month.city];
  for (let k = 0; k < ss.length; k++) {
    ss[k] = ss[k]! + ms[k]!;
    sc[k] = sc[k]! + mc[k]!;
  }
}

/** The payers' rows with their sum path by path in `total`. */
function withTotal(s: PerPayer, total: Float64Array): Record<Payer | 'total', Float64Array> {
  for (let k = 0; k < total.length; k++) total[k] = s.state[k]! + s.city[k]!;
  return { ...s, total };
}

/** The policy step in force at grid time t (the first from the levers' start). */
export function stepAt<T>(steps: readonly { t: number; value: T }[], t: number): T {
  return steps.filter((step, j) => j === 0 || t > step.t).at(-1)!.value;
}
