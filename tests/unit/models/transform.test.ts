import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTransform } from '../../../src/engine/models/transform.ts';

describe('fitting scales', () => {
  it('percent uses a logit to 100 and every real number maps back inside [0, 100]', () => {
    const transform = makeTransform('percent', [50]);
    expect(transform.kind).toBe('logit');
    expect(transform.back(transform.forward(37.5))).toBeCloseTo(37.5, 10);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (z) => {
        const y = transform.back(z);
        return y >= 0 && y <= 100;
      }),
    );
  });

  it('a ceiling caps counts and shares', () => {
    expect(makeTransform('count', [5], 1000).upper).toBe(1000);
    expect(makeTransform('percent', [5], 96).upper).toBe(96);
    expect(makeTransform('percent', [5], 120).upper).toBe(100);
    expect(makeTransform('count', [5], 1000).back(50)).toBeLessThanOrEqual(1000);
  });

  it('counts use a log, with an offset only when there are zeros, and never map below 0', () => {
    const positive = makeTransform('count', [3, 4, 5]);
    expect(positive.forward(Math.E)).toBeCloseTo(1, 12);
    const withZero = makeTransform('currency', [0, 4, 8]);
    expect(Number.isFinite(withZero.forward(0))).toBe(true);
    expect(withZero.back(withZero.forward(0))).toBeCloseTo(0, 12);
    expect(withZero.back(-50)).toBe(0);
    expect(Number.isFinite(positive.back(1e6))).toBe(true);
  });
});
