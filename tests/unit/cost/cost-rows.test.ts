// The cost table's words: unit and period in both languages, "not defined" without added members.
import { describe, expect, it } from 'vitest';
import type { BudgetCost } from '../../../src/engine/index.ts';
import { costRows, hiCostRows } from '../../../src/ui/notebook/cells/cost-rows.ts';

const r = (p50: number) => ({ p10: p50 * 0.9, p50, p90: p50 * 1.1 });
const side = (city: number, state: number) => ({ city: r(city), state: r(state), total: r(city + state) });
const cost = (added: number): BudgetCost => ({
  leversFrom: '2025-10-01',
  periods: [
    {
      year: 2025,
      from: '2025-10-01',
      to: '2025-12-31',
      months: 3,
      baseline: side(15.7, 29.9),
      scenario: side(32.3, 31.5),
      extra: side(16.6, 1.6),
      addedMembers: r(added),
      perAddedMember: added === 0 ? null : r(1.74),
    },
  ],
  hi: [],
});

describe('cost rows', () => {
  it('word the period, the budgets and the cost per added member in Vietnamese and English', () => {
    const [vi] = costRows(cost(10_459), 'vi');
    expect(vi!.periodText).toBe('01/10/2025 – 31/12/2025 (3 tháng)');
    expect(vi!.cityText).toMatch(/^32,3 tỷ đồng \(29,1 – 35,5\)$/);
    expect(vi!.cityBaselineText).toBe('cơ sở 15,7 tỷ đồng');
    expect(vi!.extraText).toBe('+18,2 tỷ đồng');
    expect(vi!.addedText).toBe('+10.459 người');
    expect(vi!.perAddedText).toMatch(/^1,74 triệu đồng\/người/);
    const [en] = costRows(cost(10_459), 'en');
    expect(en!.periodText).toBe('1 Oct 2025 – 31 Dec 2025 (3 months)');
    expect(en!.perAddedText).toMatch(/^VND 1.74 million per member \(1.6 – 1.9\)$/);
  });

  it('say "not defined" when no member is added, and nothing without a cost', () => {
    const [row] = costRows(cost(0), 'en');
    expect(row!.perAddedText).toBe('not defined (no added members)');
    expect(row!.perAddedDefined).toBe(false);
    expect(costRows(null, 'vi')).toEqual([]);
  });

  it('word the HI support by lever with the people it pays for, in both languages', () => {
    const period = cost(10_000).periods[0]!;
    const lever = (total: number) => ({ baseline: side(0, 0), scenario: side(total, 0), extra: side(total, 0) });
    const withHi: BudgetCost = {
      ...cost(0),
      hi: [
        {
          ...period,
          byLever: { hiCardsGranted: lever(3.2), householdHiSupport: lever(0), nearPoorHiSupport: lever(11.7) },
          recipients: { hiCardsGranted: r(10_000), householdHiSupport: r(1_191_892), nearPoorHiSupport: r(52_962) },
        },
      ],
    };
    const [vi] = hiCostRows(withHi, 'vi');
    expect(vi!.leverTexts).toEqual([
      'Thẻ BHYT miễn phí: 3,2 tỷ đồng (10.000 người)',
      'Hỗ trợ BHYT hộ gia đình: 0 tỷ đồng (1.191.892 người)',
      'Hỗ trợ BHYT hộ cận nghèo: 11,7 tỷ đồng (52.962 người)',
    ]);
    expect(vi!.addedText).toBe('+10.000 người');
    const [en] = hiCostRows(withHi, 'en');
    expect(en!.leverTexts[0]).toBe('Free HI cards: 3.2 VND billion (10,000 people)');
    expect(hiCostRows(cost(0), 'en')).toEqual([]);
  });
});
