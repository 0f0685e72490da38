import { describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { latestFigureDate, staleData, STALE_AFTER_MONTHS, wholeMonthsBetween } from '../../../src/ui/dataset/data-age.ts';

describe('how old the open data are', () => {
  it('counts whole months, a month end to a month end', () => {
    expect(wholeMonthsBetween('2025-09-30', '2026-12-02')).toBe(14);
    expect(wholeMonthsBetween('2025-09-30', '2026-11-30')).toBe(14);
    expect(wholeMonthsBetween('2025-09-30', '2026-11-29')).toBe(13);
    expect(wholeMonthsBetween('2025-09-30', '2026-12-31')).toBe(15);
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).toBe(1);
    expect(wholeMonthsBetween('2025-03-15', '2025-04-14')).toBe(0);
    expect(wholeMonthsBetween('2025-03-15', '2025-04-15')).toBe(1);
    expect(wholeMonthsBetween('2025-12-31', '2025-10-01')).toBe(0);
  });

  it('names the newest figure of the scenario’s region only', () => {
    expect(latestFigureDate({ dataset: HANOI_DATASET, region: 'Hanoi' })).toBe('2025-09-30');
    expect(latestFigureDate({ dataset: HANOI_DATASET, region: 'Vietnam' })! < '2025-01-01').toBe(true);
    expect(latestFigureDate({ dataset: { observations: [], targets: [] }, region: 'Hanoi' })).toBeNull();
  });

  it(`speaks up from ${STALE_AFTER_MONTHS} months on: the Hanoi figures are 14 months old on 2 December 2026`, () => {
    const open = { dataset: HANOI_DATASET, region: 'Hanoi' };
    expect(staleData(open, '2026-12-02')).toEqual({ latest: '2025-09-30', months: 14 });
    expect(staleData(open, '2025-11-29')).toBeNull();
    expect(staleData(open, '2025-11-30')).toEqual({ latest: '2025-09-30', months: 2 });
  });
});
