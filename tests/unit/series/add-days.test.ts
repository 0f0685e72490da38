// Day arithmetic on ISO dates, in UTC whatever the machine's zone: across months, years and 29 February.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/engine/time.ts';

describe('addDays', () => {
  it('moves across month, year and leap-day boundaries, both ways', () => {
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('refuses a date that is not one', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow();
  });
});
