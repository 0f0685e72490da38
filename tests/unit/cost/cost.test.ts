// Budget cost of voluntary SI support: the arithmetic by hand, the payers, the periods and the
// cost per added member.
import { describe, expect, it } from 'vitest';
import { HANOI_POLICY } from '../../../src/data/index.ts';
import { budgetCost, costDifference, supportPerMember, type CostInputs } from '../../../src/engine/scenario/cost.ts';
import { createLeverSet, type LeverValues } from '../../../src/engine/scenario/levers.ts';

const defaults = createLeverSet(HANOI_POLICY).defaults();
const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => new Date(Date.UTC(year, from + i, 0)).toISOString().slice(0, 10));
const flat = (n: number, values: number[]) => Array.from({ length: n }, () => Float64Array.from(values));

function inputs(over: Partial<CostInputs> & { scenarioValues?: LeverValues } = {}): CostInputs {
  const dates = over.dates ?? months(2026, 1, 12);
  const members = over.baselineMembers ?? flat(dates.length, [128_567]);
  return {
    dates,
    leversFrom: '2025-12-31',
    baselineMembers: members,
    scenarioMembers: over.scenarioMembers ?? members,
    scenario: over.scenario ?? [{ from: '2025-12-31', levers: { values: over.scenarioValues ?? defaults, sampled: new Map() } }],
    defaults: over.defaults ?? defaults,
    statusQuoFacts: new Set(['voluntarySharePoor', 'voluntaryShareNearPoor']),
  };
}

describe('budget cost arithmetic', () => {
  it("the city's 10-point top-up for others on the floor premium: 128,567 members for a year cost about VND 50.9 billion", () => {
    // 10% x 22% x VND 1.5 million = VND 33,000 a month; x 12 x 128,567 members = VND 50,912.5 million.
    const allOthers = { ...defaults, voluntarySharePoor: 0, voluntaryShareNearPoor: 0, stateSupportOther: 20, cityTopupOther: 10 };
    expect(defaults['ruralPovertyLine']).toBe(1.5);
    expect(supportPerMember(allOthers).city).toBeCloseTo(0.033, 12);
    expect(supportPerMember(allOthers).state).toBeCloseTo(0.066, 12); // Decree 159/2025: VND 66,000 a month
    const [year] = budgetCost(inputs({ defaults: allOthers, scenarioValues: allOthers })).periods;
    expect(year!.months).toBe(12);
    expect(year!.scenario.city.p50).toBeCloseTo(50.912532, 6);
    expect(year!.scenario.state.p50).toBeCloseTo(101.825064, 6);
    expect(year!.scenario.total.p50).toBeCloseTo(152.737596, 6);
  });

  it("with the model's mix only the others receive the others' top-up", () => {
    const without = { ...defaults, cityTopupPoor: 0, cityTopupNearPoor: 0, cityTopupOther: 0 };
    const withOthers = { ...without, cityTopupOther: 10 };
    const others = 1 - (defaults['voluntarySharePoor']! + defaults['voluntaryShareNearPoor']!) / 100;
    const cost = budgetCost(inputs({ defaults: without, scenarioValues: withOthers })).periods[0]!;
    expect(cost.baseline.city.p50).toBe(0);
    expect(cost.extra.city.p50).toBeCloseTo(50.912532 * others, 6);
    expect(cost.extra.state.p50).toBe(0);
  });

  it('support stops at the whole premium: the state pays its share first, the city the rest', () => {
    const poor = { ...defaults, voluntarySharePoor: 100, voluntaryShareNearPoor: 0, stateSupportPoor: 50, cityTopupPoor: 80 };
    const premium = 0.22 * 1.5;
    expect(supportPerMember(poor).state).toBeCloseTo(0.5 * premium, 12);
    expect(supportPerMember(poor).city).toBeCloseTo(0.5 * premium, 12);
  });

  it('counts a part-year from the levers\u2019 start and then whole calendar years', () => {
    const dates = [...months(2025, 9, 12), ...months(2026, 1, 12)];
    const { periods } = budgetCost({ ...inputs({ dates }), leversFrom: '2025-10-01' });
    expect(periods.map((p) => [p.year, p.from, p.to, p.months])).toEqual([
      [2025, '2025-10-01', '2025-12-31', 3],
      [2026, '2026-01-01', '2026-12-31', 12],
    ]);
    expect(periods[0]!.baseline.total.p50 * 4).toBeCloseTo(periods[1]!.baseline.total.p50, 9);
  });

  it('cost per added member is extra cost over added members at the year end, and not defined without added members', () => {
    const same = budgetCost(inputs()).periods[0]!;
    expect(same.extra.total.p50).toBe(0);
    expect(same.perAddedMember).toBeNull();

    const doubled = { ...defaults, voluntarySharePoor: 0, voluntaryShareNearPoor: 0, cityTopupOther: 20 };
    const base = { ...doubled, cityTopupOther: 10 };
    const dates = months(2026, 1, 12);
    const scenarioMembers = flat(dates.length, [130_567]);
    const cost = budgetCost(inputs({ dates, defaults: base, scenarioValues: doubled, scenarioMembers })).periods[0]!;
    // Scenario: 130,567 x 12 x (20% + 20%) x 0.33; baseline: 128,567 x 12 x (20% + 10%) x 0.33 (VND million).
    const extra = (130_567 * 12 * 0.4 * 0.33 - 128_567 * 12 * 0.3 * 0.33) / 1000;
    expect(cost.extra.total.p50).toBeCloseTo(extra, 6);
    expect(cost.addedMembers.p50).toBe(2000);
    expect(cost.perAddedMember!.p50).toBeCloseTo((1000 * extra) / 2000, 6);
  });

  it('gives medians and 10-90% ranges across paths where the members and the mix differ', () => {
    const m = 11;
    const members = Array.from({ length: 12 }, () => Float64Array.from({ length: m }, (_, k) => 100_000 + 1_000 * k));
    const poorDraws = Float64Array.from({ length: m }, (_, k) => k);
    const sampled = new Map([['voluntarySharePoor', poorDraws]]);
    const cost = budgetCost(inputs({ baselineMembers: members, scenario: [{ from: '2025-12-31', levers: { values: defaults, sampled } }] })).periods[0]!;
    expect(cost.baseline.total.p10).toBeLessThan(cost.baseline.total.p50);
    expect(cost.baseline.total.p50).toBeLessThan(cost.baseline.total.p90);
    // A status-quo fact is drawn into both sides: at default policy nothing extra on any path.
    expect(cost.extra.total).toEqual({ p10: 0, p50: 0, p90: 0 });
    expect(structuredClone(cost)).toEqual(cost);
  });

  it('prices each month at the policy in force: a dated change applies from its date', () => {
    const others = { ...defaults, voluntarySharePoor: 0, voluntaryShareNearPoor: 0, stateSupportOther: 20, cityTopupOther: 10 };
    const fromJuly = { ...others, cityTopupOther: 30 };
    const none = new Map<string, Float64Array>();
    const scenario = [
      { from: '2025-12-31', levers: { values: others, sampled: none } },
      { from: '2026-07-01', levers: { values: fromJuly, sampled: none } },
    ];
    const cost = budgetCost(inputs({ defaults: others, scenario })).periods[0]!;
    // Six months at the baseline's 10% and six at 30%: the extra is six months of 20 points.
    expect(cost.extra.city.p50).toBeCloseTo((128_567 * 6 * 0.2 * 0.33) / 1000, 6);
    expect(cost.extra.state.p50).toBe(0);
  });

  it('compares two runs year by year from their medians', () => {
    const ten = { ...defaults, voluntarySharePoor: 0, voluntaryShareNearPoor: 0 };
    const twenty = { ...ten, cityTopupOther: 20 };
    const a = budgetCost(inputs({ defaults: ten, scenarioValues: ten }));
    const b = budgetCost(inputs({ defaults: ten, scenarioValues: twenty, scenarioMembers: flat(12, [129_567]) }));
    const [d] = costDifference(a, b);
    expect(d!.year).toBe(2026);
    expect(d!.addedMembers).toBe(1000);
    expect(d!.extra.state).toBeCloseTo((1000 * 12 * 0.2 * 0.33) / 1000, 6);
    expect(d!.perAddedMember).toBeCloseTo((1000 * d!.extra.total) / 1000, 9);
    expect(costDifference(a, a)[0]!.perAddedMember).toBeNull();
  });
});
