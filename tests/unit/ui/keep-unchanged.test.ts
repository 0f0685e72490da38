import { describe, expect, it } from 'vitest';
import { keepUnchanged } from '../../../src/ui/lib/keep-unchanged.ts';

describe('keepUnchanged', () => {
  const previous = {
    dates: ['2025-10-31', '2025-11-30'],
    metrics: [
      { metric: 'hi.coverage', bands: [{ p50: 95.1 }, { p50: 95.4 }] },
      { metric: 'si.voluntary.share', bands: [{ p50: 12.1 }, { p50: 12.6 }] },
    ],
    cost: null,
    draws: new Float64Array([1, 2, 3]),
  };

  it('hands back the previous object when every value is the same', () => {
    const copy = structuredClone(previous);
    expect(keepUnchanged(previous, copy)).toBe(previous);
  });

  it('keeps the unchanged parts and takes the changed ones', () => {
    const next = structuredClone(previous);
    next.metrics[1]!.bands[1]!.p50 = 13;
    const kept = keepUnchanged(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept).toEqual(next);
    expect(kept.dates).toBe(previous.dates);
    expect(kept.metrics[0]).toBe(previous.metrics[0]);
    expect(kept.metrics[1]).not.toBe(previous.metrics[1]);
    expect(kept.metrics[1]!.bands[0]).toBe(previous.metrics[1]!.bands[0]);
    expect(kept.metrics[1]!.bands[1]).toEqual({ p50: 13 });
    expect(kept.draws).toBe(previous.draws);
  });

  it('counts added or removed keys, longer arrays, other typed arrays and NaN rightly', () => {
    expect(keepUnchanged({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(keepUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    const list = [1, 2];
    expect(keepUnchanged(list, [1, 2, 3])).toEqual([1, 2, 3]);
    const row = new Float64Array([1, 2]);
    expect(keepUnchanged(row, new Float32Array([1, 2]))).toBeInstanceOf(Float32Array);
    expect(keepUnchanged(row, new Float64Array([1, 2.5]))).not.toBe(row);
    const nan = { x: Number.NaN };
    expect(keepUnchanged(nan, { x: Number.NaN })).toBe(nan);
    expect(keepUnchanged({ x: 0 }, { x: -0 }).x).toBe(-0);
    expect(keepUnchanged(null, { a: 1 })).toEqual({ a: 1 });
  });
});
