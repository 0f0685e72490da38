// What the HI support costs the budgets (docs/structural-model.md, "Budget cost"), month by month
// at the HI premium P = 4.5% of the base salary (hiFullPremium):
//   free cards   hiCardsGranted people x P, paid by the city budget (Hanoi Resolution 19/2025/NQ-HĐND:
//                the city pays their premium in full);
//   household    householdHiSupport% of the ladder's average premium per household-HI member, city;
//   near-poor    the state's 70% of P per near-poor member, and the city's support above it.
// The model counts HI participants, not who holds which card, so the households and the near-poor
// are counted from assumed shares (drawn per path, their range in the 10-90% band), plus the
// scenario's newcomers by the split the take-up relation uses. Pure: paths and levers come in.
import { randomLcg, randomUniform } from 'd3-random';
import { toDecimalYear, type IsoDate } from '../time.ts';
import {
  costPeriods,
  type BaselineMemo,
  difference,
  keptByLevers,
  leverPaths,
  range,
  stepAt,
  type CostLevers,
  type CostPeriod,
  type CostRange,
  type CostStep,
  type LeverBase,
  type PerPayer,
  type Side,
} from './cost-periods.ts';
import type { LeverDistribution, LeverValues } from './levers.ts';
import { leverStreamSeed, triangular } from './monte-carlo.ts';
import { reuse, type ReuseMemo } from './reuse.ts';
import { scratchRow } from './scratch-rows.ts';
import { hiFullPremium, householdLadderShare, NEAR_POOR_SHARE_OF_UNINSURED } from './policy.ts';

export type HiLever = 'hiCardsGranted' | 'householdHiSupport' | 'nearPoorHiSupport';
export const HI_COSTED_LEVERS: readonly HiLever[] = ['hiCardsGranted', 'householdHiSupport', 'nearPoorHiSupport'];
/** Every lever the HI support per person reads. */
export const HI_COST_INPUTS: readonly string[] = [
  ...HI_COSTED_LEVERS,
  'hiPremiumRate',
  'baseSalary',
  'householdMember2',
  'householdMember3',
  'householdMember4',
  'householdMember5',
];

/** The state's share of a near-poor member's HI premium; the city pays any support above it. */
export const NEAR_POOR_STATE_SHARE = 70;
/**
 * Household-HI members as a share of the HI participants outside compulsory SI: an assumption
 * (no published count of Hanoi's household HI members was found); 10 to 30%.
 */
export const HOUSEHOLD_HI_SHARE: LeverDistribution = { low: 0.1, mid: 0.2, high: 0.3 };
/**
 * Near-poor people as a share of the population, from near-poor households: 9,570 rural
 * households (0.77% of rural households, end of 2024) x 3.5 people is about 0.35% of Hanoi's
 * 8.6 million; 22,200 households city-wide (0.99%, end of 2022) about 0.9%. Mid 0.6% assumed.
 */
export const NEAR_POOR_POPULATION_SHARE: LeverDistribution = { low: 0.0035, mid: 0.006, high: 0.009 };

/** The run's HI paths the counts come from, per grid step and path. */
export interface HiCostPaths {
  baselineParticipants: readonly Float64Array[];
  scenarioParticipants: readonly Float64Array[];
  baselineCompulsory: readonly Float64Array[];
  /** HI coverage of the population, %. */
  baselineCoverage: readonly Float64Array[];
}

/** A year's HI support: in all (added participants are HI participants), by lever, and who receives it. */
export interface HiCostPeriod extends CostPeriod {
  byLever: Record<HiLever, Pick<CostPeriod, 'baseline' | 'scenario' | 'extra'>>;
  /** People the scenario's support pays for at the period's last month end. */
  recipients: Record<HiLever, CostRange>;
}

const RATE_KEYS = ['cards', 'premium', 'household', 'nearPoorState', 'nearPoorCity'] as const;
type Rates = Record<(typeof RATE_KEYS)[number], Float64Array>;

/**
 * The free cards granted (people) and, per month in VND million, the premium each costs and the
 * support per household-HI member and per near-poor member by payer.
 */
export function hiSupport(v: LeverValues): Record<(typeof RATE_KEYS)[number], number> {
  const premium = hiFullPremium(v);
  const percent = (id: string) => Math.max(0, Math.min(100, v[id] ?? 0)) / 100;
  const nearPoor = percent('nearPoorHiSupport');
  const state = Math.min(nearPoor, NEAR_POOR_STATE_SHARE / 100);
  return {
    cards: Math.max(0, v['hiCardsGranted'] ?? 0),
    premium,
    household: premium * householdLadderShare(v) * percent('householdHiSupport'),
    nearPoorState: premium * state,
    nearPoorCity: premium * (nearPoor - state),
  };
}

/** A fixed stream of draws per share, so the counts are the same from run to run. */
function drawShare(id: string, distribution: LeverDistribution, m: number): Float64Array {
  const uniform = randomUniform.source(randomLcg(leverStreamSeed(0, id)))();
  return Float64Array.from({ length: m }, () => triangular(uniform(), distribution));
}

interface HiInput extends LeverBase {
  dates: readonly IsoDate[];
  leversFrom: IsoDate;
  scenario: readonly CostStep[];
  memo?: { hi: BaselineMemo; last: ReuseMemo };
}

type HiLine = HiLever | 'total';

/** The HI support's cost, year by year from the levers' start; the same periods as the voluntary SI's. */
export function hiCost(input: HiInput, paths: HiCostPaths): HiCostPeriod[] {
  const m = paths.scenarioParticipants[0]?.length ?? 0;
  const first = input.scenario[0];
  if (!first || m === 0) return [];
  const memo = input.memo?.last ?? new Map();
  // Kept while the levers they read hold: a move of another lever hands back the same rows.
  const rates = (name: string, levers: CostLevers, side: (l: LeverValues, d: LeverValues) => LeverValues): Rates =>
    keptByLevers(memo, `hiRates|${name}`, m, side(levers.values, input.defaults), levers, HI_COST_INPUTS, () =>
      leverPaths(levers, input, m, HI_COST_INPUTS, RATE_KEYS, hiSupport, side),
    );
  const baselineRates = rates('baseline', first.levers, (_, d) => d);
  const steps = input.scenario.map((step, j) => ({ t: toDecimalYear(step.from), value: rates(`step${j}`, step.levers, (l) => l) }));
  // A move of a lever the HI support does not read leaves its rates and the HI paths as they were.
  const inputs = [
    m,
    toDecimalYear(input.leversFrom),
    RATE_KEYS.map((key) => baselineRates[key]),
    steps.map((step) => [step.t, RATE_KEYS.map((key) => step.value[key])]),
    paths.scenarioParticipants,
  ];
  return reuse(memo, 'hiCost', inputs, () => periodsOf(input, paths, m, baselineRates, steps));
}

/** The HI support's yearly periods for these rates and paths (hiCost's work once its inputs are known). */
function periodsOf(input: HiInput, paths: HiCostPaths, m: number, baselineRates: Rates, steps: readonly { t: number; value: Rates }[]): HiCostPeriod[] {
  const householdShare = drawShare('hiCost:householdShare', HOUSEHOLD_HI_SHARE, m);
  const nearPoorShare = drawShare('hiCost:nearPoorShare', NEAR_POOR_POPULATION_SHARE, m);

  /** People each lever pays for at grid step i, per path: baseline or scenario. */
  const people = (i: number, r: Rates, scenario: boolean): Record<HiLever, Float64Array> => {
    const [H0, C0, cov] = [paths.baselineParticipants[i]!, paths.baselineCompulsory[i]!, paths.baselineCoverage[i]!];
    const H = scenario ? paths.scenarioParticipants[i]! : H0;
    const household = scratchRow('hiCost|household', m);
    const nearPoor = scratchRow('hiCost|nearPoor', m);
    for (let k = 0; k < m; k++) {
      // Newcomers through take-up: the HI participants added beyond the cards granted.
      const joined = scenario ? H[k]! - H0[k]! - (r.cards[k]! - baselineRates.cards[k]!) : 0;
      const population = cov[k]! > 0 ? (100 * H0[k]!) / cov[k]! : 0;
      household[k] = Math.max(0, householdShare[k]! * Math.max(0, H0[k]! - C0[k]!) + (1 - NEAR_POOR_SHARE_OF_UNINSURED) * joined);
      nearPoor[k] = Math.max(0, nearPoorShare[k]! * population + NEAR_POOR_SHARE_OF_UNINSURED * joined);
    }
    return { hiCardsGranted: r.cards, householdHiSupport: household, nearPoorHiSupport: nearPoor };
  };
  /** Each lever's cost at grid step i, VND billion by payer (VND million / 1,000), and their total. */
  const month = (i: number, side: Side, out: Record<HiLine, PerPayer>): void => {
    const scenario = side === 'scenario';
    const r = scenario ? stepAt(steps, toDecimalYear(input.dates[i]!)) : baselineRates;
    const n = people(i, r, scenario);
    const [cards, household, nearPoor, total] = [out.hiCardsGranted, out.householdHiSupport, out.nearPoorHiSupport, out.total];
    for (let k = 0; k < m; k++) {
      cards.state[k] = 0;
      cards.city[k] = (r.cards[k]! * r.premium[k]!) / 1000;
      household.state[k] = 0;
      household.city[k] = (n.householdHiSupport[k]! * r.household[k]!) / 1000;
      nearPoor.state[k] = (n.nearPoorHiSupport[k]! * r.nearPoorState[k]!) / 1000;
      nearPoor.city[k] = (n.nearPoorHiSupport[k]! * r.nearPoorCity[k]!) / 1000;
      // Summed in HI_COSTED_LEVERS order from zero, as the yearly sums are.
      total.state[k] = 0 + cards.state[k]! + household.state[k]! + nearPoor.state[k]!;
      total.city[k] = 0 + cards.city[k]! + household.city[k]! + nearPoor.city[k]!;
    }
  };
  const periods = costPeriods({
    dates: input.dates,
    leversFrom: input.leversFrom,
    paths: m,
    lines: ['total', ...HI_COSTED_LEVERS],
    month,
    added: (i, out) => difference(paths.scenarioParticipants[i]!, paths.baselineParticipants[i]!, out),
    ...(input.memo && { baselineMemo: input.memo.hi }),
  });
  return periods.total.map((period, j) => {
    const last = input.dates.indexOf(period.to);
    const n = people(last, stepAt(steps, toDecimalYear(period.to)), true);
    return {
      ...period,
      byLever: Object.fromEntries(
        HI_COSTED_LEVERS.map((id) => {
          const p = periods[id][j]!;
          return [id, { baseline: p.baseline, scenario: p.scenario, extra: p.extra }];
        }),
      ) as HiCostPeriod['byLever'],
      recipients: Object.fromEntries(HI_COSTED_LEVERS.map((id) => [id, range(n[id])])) as HiCostPeriod['recipients'],
    };
  });
}
