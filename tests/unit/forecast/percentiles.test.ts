import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles } from '../../../src/engine/forecast/percentiles.ts';

function sortedQuantile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const pos = p * (s.length - 1);
  const k = Math.floor(pos);
  return s[k]! + (s[Math.min(k + 1, s.length - 1)]! - s[k]!) * (pos - k);
}

describe('percentiles by selection', () => {
  it('equal the sorted definition for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 300 }), (values) => {
        const ps = [0.025, 0.1, 0.5, 0.9, 0.975];
        const got = quantiles(Float64Array.from(values), ps, new Float64Array(values.length));
        ps.forEach((p, i) => expect(got[i]).toBeCloseTo(sortedQuantile(values, p), 6));
      }),
    );
  });

  it('handle ties and sorted input', () => {
    const same = new Float64Array(1000).fill(3);
    expect(quantiles(same, [0.1, 0.9], new Float64Array(1000))).toEqual([3, 3]);
    const rising = Float64Array.from({ length: 10_001 }, (_, i) => i);
    expect(quantiles(rising, [0.5, 0.975], new Float64Array(10_001))).toEqual([5000, 9750]);
  });
});

describe('percentiles by counting (large samples)', () => {
  const PS = [0, 0.025, 0.1, 0.5, 0.9, 0.975, 1];
  const exact = (values: Float64Array) => {
    const s = Float64Array.from(values).sort();
    return PS.map((p) => {
      const pos = p * (s.length - 1);
      const k = Math.floor(pos);
      return s[k]! + (s[Math.min(k + 1, s.length - 1)]! - s[k]!) * (pos - k);
    });
  };
  const shapes = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    fc.integer({ min: -3, max: 3 }), // heavy ties
    fc.double({ min: 0, max: 1e-9, noNaN: true }), // a narrow range
  );
  it('equal the sorted definition exactly, whatever the shape (ties, tails, a narrow range)', () => {
    fc.assert(
      fc.property(fc.array(shapes, { minLength: 2048, maxLength: 5000 }), fc.double({ min: 1, max: 1e15, noNaN: true }), (xs, outlier) => {
        const values = Float64Array.from([...xs, outlier]); // one far value leaves most bins empty
        expect(quantiles(values, PS, new Float64Array(values.length))).toEqual(exact(values));
      }),
      { numRuns: 60 },
    );
  });

  it('fall back to selection where values cannot be binned (infinite values), and leave the input as it was', () => {
    const values = Float64Array.from({ length: 4096 }, (_, i) => (i === 7 ? Number.POSITIVE_INFINITY : Math.sin(i) * 1000));
    const copy = Float64Array.from(values);
    expect(quantiles(values, PS, new Float64Array(values.length))).toEqual(exact(values));
    expect(values).toEqual(copy);
  });
});

