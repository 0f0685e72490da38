import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/engine/models/normal-quantile.ts';
import { normalCdf, normalUpperTail } from '../../../src/engine/models/quantiles.ts';

// Reference values: R's qnorm (which implements AS241) and scipy.stats.norm.ppf, to 16 digits.
const KNOWN: [number, number][] = [
  [0.5, 0],
  [0.9, 1.2815515655446004],
  [0.975, 1.959963984540054],
  [0.995, 2.5758293035489004],
  [0.3, -0.5244005127080407],
  [0.075, -1.4395314709384563], // just outside the central region (|p - 0.5| > 0.425)
  [0.01, -2.3263478740408408],
  [1e-4, -3.719016485455709],
  [1e-10, -6.361340902404056],
  [1e-300, -37.0470962993612], // the far tail (r > 5)
];

describe('normalQuantile (AS241)', () => {
  it.each(KNOWN)('p = %d gives %d to 1e-9 relative', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
  });

  it('is antisymmetric about one half', () => {
    // Powers of two, so that 1 - p is exact in floating point.
    for (const k of [1, 2, 3, 4, 6, 10, 20, 40]) {
      const p = 2 ** -k;
      expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    }
  });

  it('inverts the normal CDF (to the CDF approximation error, 1.2e-7)', () => {
    for (let p = 0.001; p < 1; p += 0.0137) expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-7);
  });

  it('increases strictly across the three regions', () => {
    const ps = [1e-300, 1e-20, 1e-11, 1e-5, 0.0749, 0.0751, 0.3, 0.5, 0.7, 0.9249, 0.9251, 1 - 1e-5, 1 - 1e-12];
    const zs = ps.map(normalQuantile);
    for (let i = 1; i < zs.length; i++) expect(zs[i]!).toBeGreaterThan(zs[i - 1]!);
  });

  it('is infinite at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(1.5)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('normalUpperTail', () => {
  // R's pnorm(z, lower.tail = FALSE), to 15 digits.
  it.each([
    [0, 0.5],
    [1, 0.15865525393145707],
    [2, 0.022750131948179195],
    [3, 0.0013498980316300933],
    [4, 3.1671241833119857e-5],
    [4.753424308822899, 1e-6],
    [6, 9.865876450376946e-10],
  ])('at %s is %s to 1e-12 relative', (z, tail) => {
    expect(Math.abs(normalUpperTail(z) - tail)).toBeLessThanOrEqual(1e-12 * tail);
  });

  it('is one less the lower tail below 0', () => {
    expect(normalUpperTail(-1)).toBeCloseTo(1 - 0.15865525393145707, 14);
  });

  it('is continuous where its series gives way to its continued fraction (z = 3)', () => {
    const density = Math.exp(-4.5) / Math.sqrt(2 * Math.PI);
    const between = normalUpperTail(2.999999) - normalUpperTail(3.000001);
    expect(Math.abs(between - 2e-6 * density)).toBeLessThan(1e-6 * 2e-6 * density);
  });
});
