// Budget cost of the HI support: free cards, household support and near-poor support by hand,
// who pays each, the counts' ranges, and how it reaches the run's cost and a comparison.
import { describe, expect, it } from 'vitest';
import { HANOI_POLICY } from '../../../src/data/index.ts';
import { budgetCost, costDifference, type CostInputs } from '../../../src/engine/scenario/cost.ts';
import { hiSupport, HOUSEHOLD_HI_SHARE, NEAR_POOR_POPULATION_SHARE, type HiCostPaths } from '../../../src/engine/scenario/hi-cost.ts';
import { createLeverSet, type LeverValues } from '../../../src/engine/scenario/levers.ts';
import { householdLadderShare } from '../../../src/engine/scenario/policy.ts';

const defaults = createLeverSet(HANOI_POLICY).defaults();
const dates = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, i + 1, 0)).toISOString().slice(0, 10));
const M = 2000;
const flat = (value: number) => dates.map(() => new Float64Array(M).fill(value));
const PREMIUM = 0.045 * 2.34; // VND million a month: 4.5% of the base salary from 1 July 2024

function inputs(scenarioValues: LeverValues, hi: Partial<HiCostPaths> = {}, steps?: CostInputs['scenario']): CostInputs {
  return {
    dates,
    leversFrom: '2025-12-31',
    baselineMembers: flat(128_567),
    scenarioMembers: flat(128_567),
    scenario: steps ?? [{ from: '2025-12-31', levers: { values: scenarioValues, sampled: new Map() } }],
    defaults,
    statusQuoFacts: new Set(),
    hi: {
      baselineParticipants: flat(8_000_000),
      scenarioParticipants: flat(8_000_000),
      baselineCompulsory: flat(2_000_000),
      baselineCoverage: flat(100),
      ...hi,
    },
  };
}

describe('HI support cost', () => {
  it('the premium is 4.5% of VND 2.34 million: VND 105,300 a month', () => {
    expect(defaults['baseSalary']).toBe(2.34);
    expect(hiSupport(defaults).premium).toBeCloseTo(0.1053, 12);
  });

  it('10,000 free cards cost the city 10,000 x 4.5% x 2.34 million x 12 = VND 12.636 billion a year', () => {
    const [year] = budgetCost(inputs({ ...defaults, hiCardsGranted: 10_000 }, { scenarioParticipants: flat(8_010_000) })).hi;
    const cards = year!.byLever.hiCardsGranted;
    expect(cards.scenario.city.p50).toBeCloseTo(12.636, 9);
    expect(cards.scenario.state.p50).toBe(0);
    expect(cards.baseline.total.p50).toBe(0);
    expect(year!.recipients.hiCardsGranted.p50).toBe(10_000);
    // The cards are the participants added: VND 12.636 billion / 10,000 = VND 1.2636 million each.
    expect(year!.addedMembers.p50).toBe(10_000);
    expect(year!.perAddedMember!.p50).toBeCloseTo(1.2636, 9);
    // Newcomers are the added participants beyond the cards: none, so the other levers cost as the baseline.
    expect(year!.extra.total.p50).toBeCloseTo(12.636, 9);
  });

  it('household support: the city pays its % of the ladder premium for each household-HI member', () => {
    const ladder = householdLadderShare(defaults);
    expect(ladder).toBeCloseTo(0.704, 3); // 100/70/60/50/40% over household sizes of mean 3.5
    const year = budgetCost(inputs({ ...defaults, householdHiSupport: 10 })).hi[0]!;
    // 20% (assumed) of the 6 million HI participants outside compulsory SI, x 10% x ladder x premium x 12.
    const perYear = (share: number) => (share * 6_000_000 * 0.1 * ladder * PREMIUM * 12) / 1000;
    const household = year.byLever.householdHiSupport;
    expect(household.scenario.city.p50).toBeCloseTo(perYear(HOUSEHOLD_HI_SHARE.mid), 0);
    expect(household.scenario.city.p10).toBeGreaterThan(perYear(HOUSEHOLD_HI_SHARE.low));
    expect(household.scenario.city.p90).toBeLessThan(perYear(HOUSEHOLD_HI_SHARE.high));
    expect(household.scenario.city.p90 - household.scenario.city.p10).toBeGreaterThan(0.2 * perYear(HOUSEHOLD_HI_SHARE.mid));
    expect(household.baseline.total.p50).toBe(0); // no general support in the status quo
    expect(year.perAddedMember).toBeNull(); // the price cut adds nobody in these paths
  });

  it("near-poor support: the state's 70% in both, the city's top-up above it in the scenario", () => {
    const year = budgetCost(inputs({ ...defaults, nearPoorHiSupport: 100 })).hi[0]!;
    const nearPoor = year.byLever.nearPoorHiSupport;
    // Population 8 million / 100% coverage; near-poor 0.35 to 0.9% (mode 0.6%: 48,000 people).
    const people = year.recipients.nearPoorHiSupport;
    expect(people.p10).toBeGreaterThan(NEAR_POOR_POPULATION_SHARE.low * 8_000_000);
    expect(people.p50).toBeGreaterThan(45_000);
    expect(people.p50).toBeLessThan(52_000);
    expect(people.p90).toBeLessThan(NEAR_POOR_POPULATION_SHARE.high * 8_000_000);
    // The cost is linear in the count: the median cost is the median count's.
    expect(nearPoor.baseline.state.p50).toBeCloseTo((people.p50 * 0.7 * PREMIUM * 12) / 1000, 6);
    expect(nearPoor.baseline.city.p50).toBe(0);
    expect(nearPoor.scenario.city.p50 / nearPoor.scenario.state.p50).toBeCloseTo(30 / 70, 9);
    expect(nearPoor.extra.state.p50).toBeCloseTo(0, 9);
  });

  it("newcomers through take-up receive the support: 90% household, 10% near-poor", () => {
    const joined = 50_000;
    const values = { ...defaults, householdHiSupport: 30 };
    const without = budgetCost(inputs(values)).hi[0]!;
    const withJoined = budgetCost(inputs(values, { scenarioParticipants: flat(8_000_000 + joined) })).hi[0]!;
    const household = withJoined.recipients.householdHiSupport.p50 - without.recipients.householdHiSupport.p50;
    expect(household).toBeCloseTo(0.9 * joined, 0);
    const nearPoor = withJoined.recipients.nearPoorHiSupport.p50 - without.recipients.nearPoorHiSupport.p50;
    expect(nearPoor).toBeCloseTo(0.1 * joined, 0);
    expect(withJoined.addedMembers.p50).toBe(joined);
    expect(withJoined.perAddedMember).not.toBeNull();
  });

  it('a dated calendar step prices its cards from its date only', () => {
    const steps: CostInputs['scenario'] = [
      { from: '2025-12-31', levers: { values: defaults, sampled: new Map() } },
      { from: '2026-06-30', levers: { values: { ...defaults, hiCardsGranted: 10_000 }, sampled: new Map() } },
    ];
    const year = budgetCost(inputs(defaults, {}, steps)).hi[0]!;
    expect(year.byLever.hiCardsGranted.scenario.city.p50).toBeCloseTo(12.636 / 2, 9);
  });

  it('a comparison gives the HI support beside the voluntary SI support; without HI paths there is none', () => {
    const a = budgetCost(inputs(defaults));
    const b = budgetCost(inputs({ ...defaults, hiCardsGranted: 10_000 }, { scenarioParticipants: flat(8_010_000) }));
    const [d] = costDifference(a, b);
    expect(d!.hi!.extra.city).toBeCloseTo(12.636, 9);
    expect(d!.hi!.perAddedMember).toBeCloseTo(1.2636, 9);
    expect(d!.extra.total).toBe(0);
    expect(budgetCost({ ...inputs(defaults), hi: undefined }).hi).toEqual([]);
  });
});
