// Policy arithmetic: what a set of lever values means for prices people and employers pay.
// Pure functions of lever values; the structural model turns their differences into behaviour.
import { normalCdf } from '../models/quantiles.ts';
import type { LeverValues } from './levers.ts';

const lever = (v: LeverValues, id: string): number => {
  const value = v[id];
  if (value === undefined) throw new RangeError(`lever ${id} has no value`);
  return value;
};

/** Voluntary SI minimum premium: 22% of the rural poverty line (VND million a month). */
export const VOLUNTARY_PREMIUM_RATE = 0.22;

/**
 * Average out-of-pocket voluntary SI premium per participant, in VND million a month, over the
 * poor / near-poor / other mix. Support (state + city) is a % of the minimum premium, capped at 100.
 */
export function voluntaryOutOfPocket(v: LeverValues): number {
  const premium = voluntaryFullPremium(v);
  const poor = lever(v, 'voluntarySharePoor') / 100;
  const nearPoor = lever(v, 'voluntaryShareNearPoor') / 100;
  const other = Math.max(0, 1 - poor - nearPoor);
  const pay = (state: string, city: string) => premium * (1 - Math.min(100, lever(v, state) + lever(v, city)) / 100);
  return (
    poor * pay('stateSupportPoor', 'cityTopupPoor') +
    nearPoor * pay('stateSupportNearPoor', 'cityTopupNearPoor') +
    other * pay('stateSupportOther', 'cityTopupOther')
  );
}

/**
 * Mean size of a household enrolling together in household HI: the 2019 census average of 3.5
 * people per household (GSO), an assumption since not every member enrols through the household.
 */
export const HOUSEHOLD_MEAN_SIZE = 3.5;
/** Near-poor people among those without HI (an assumption; they get the near-poor support). */
export const NEAR_POOR_SHARE_OF_UNINSURED = 0.1;

/**
 * Weights of the ladder's rungs (1st, 2nd, 3rd, 4th, 5th-and-later member) in the average
 * premium per person, for household sizes 1 + Poisson(mean - 1) (the shifted Poisson of
 * household sizes: Jennings, Lloyd-Smith & Ironmonger, 1999): P(size >= k) / E[size] for the
 * first four rungs, E[max(0, size - 4)] / E[size] for the last. They sum to 1.
 */
export function ladderWeights(meanSize: number): number[] {
  const lambda = meanSize - 1;
  const p = [Math.exp(-lambda)];
  for (let j = 1; j < 3; j++) p.push((p[j - 1]! * lambda) / j);
  const [p0, p1, p2] = p as [number, number, number];
  const atLeast = [1, 1 - p0, 1 - p0 - p1, 1 - p0 - p1 - p2];
  const fifthOn = lambda - 3 + 3 * p0 + 2 * p1 + p2;
  return [...atLeast, fifthOn].map((w) => w / meanSize);
}

const LADDER_WEIGHTS = ladderWeights(HOUSEHOLD_MEAN_SIZE);
const LADDER_RUNGS = ['householdMember2', 'householdMember3', 'householdMember4', 'householdMember5'];

/** The household ladder's average premium per member, as a fraction of the full premium. */
export function householdLadderShare(v: LeverValues): number {
  const rungs = [100, ...LADDER_RUNGS.map((id) => lever(v, id))];
  return rungs.reduce((a, rung, k) => a + LADDER_WEIGHTS[k]! * rung, 0) / 100;
}

/** Average out-of-pocket HI premium per uninsured person joining, VND million a month. */
export function householdHiOutOfPocket(v: LeverValues): number {
  const premium = hiFullPremium(v);
  const household = premium * householdLadderShare(v) * (1 - lever(v, 'householdHiSupport') / 100);
  const nearPoor = premium * (1 - lever(v, 'nearPoorHiSupport') / 100);
  return (1 - NEAR_POOR_SHARE_OF_UNINSURED) * household + NEAR_POOR_SHARE_OF_UNINSURED * nearPoor;
}

/**
 * A price change expressed as "points of subsidy" of a reference full price: the unit the
 * take-up evidence is stated in (percentage points of enrolment per 10 points of subsidy).
 */
export function subsidyPointsGained(outOfPocketBefore: number, outOfPocketAfter: number, fullPriceBefore: number): number {
  return fullPriceBefore > 0 ? ((outOfPocketBefore - outOfPocketAfter) / fullPriceBefore) * 100 : 0;
}

export function voluntaryFullPremium(v: LeverValues): number {
  return VOLUNTARY_PREMIUM_RATE * lever(v, 'ruralPovertyLine');
}

export function hiFullPremium(v: LeverValues): number {
  return (lever(v, 'hiPremiumRate') / 100) * lever(v, 'baseSalary');
}

/** Employer + employee SI, HI and UI rates, as a fraction of the insured wage (0.32 by law). */
export function compulsoryRate(v: LeverValues): number {
  return (
    (lever(v, 'employerSiRate') +
      lever(v, 'employeeSiRate') +
      lever(v, 'employerHiRate') +
      lever(v, 'employeeHiRate') +
      lever(v, 'employerUiRate') +
      lever(v, 'employeeUiRate')) /
    100
  );
}

/** Spread of log wages (an assumption: a typical urban wage distribution). */
export const LOG_WAGE_SD = 0.7;

/**
 * Share of the wage bill under the contribution cap, E[min(W, K)] / E[W], for log-normal wages
 * with mean `meanWage` and cap K (both VND million a month).
 */
export function cappedWageShare(meanWage: number, cap: number): number {
  if (cap <= 0 || meanWage <= 0) return 0;
  const s = LOG_WAGE_SD;
  const mu = Math.log(meanWage) - (s * s) / 2;
  const k = Math.log(cap);
  const below = normalCdf((k - mu - s * s) / s);
  const atCap = (cap / meanWage) * (1 - normalCdf((k - mu) / s));
  return below + atCap;
}

export function wageCap(v: LeverValues): number {
  return lever(v, 'wageCapMultiple') * lever(v, 'baseSalary');
}

/** Revenue actually collected per unit due: the late-payment rate and the collection lever. */
export function collectionFactor(v: LeverValues): number {
  return (1 - lever(v, 'latePaymentRate') / 100) * (lever(v, 'collectionRate') / 100);
}
