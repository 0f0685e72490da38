import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../src/engine/models/normal-quantile.ts';
import { normalUpperTail } from '../../../src/engine/models/quantiles.ts';
import { studentT, studentTQuantile } from '../../../src/engine/models/student-t.ts';

// R's qt and scipy.stats.t.ppf, to 10 digits.
const KNOWN: [p: number, df: number, t: number][] = [
  [0.975, 1, 12.70620474],
  [0.975, 2, 4.30265273],
  [0.9, 3, 1.637744354],
  [0.975, 3, 3.182446305],
  [0.9995, 3, 12.92397863],
  [0.995, 4, 4.604094871],
  [0.975, 5, 2.570581836],
  [0.99, 7, 2.997951567],
  [0.9, 10, 1.372183641],
  [0.975, 30, 2.042272456],
];

// Reference: P(T > t) by Simpson's rule on the density after t = tan(theta), with the log gamma
// function by Lanczos (g = 7): independent of the code under test.
function logGamma(z: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  let x = c[0]!;
  for (let i = 1; i < 9; i++) x += c[i]! / (z - 1 + i);
  const t = z - 1 + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z - 0.5) * Math.log(t) - t + Math.log(x);
}

function upperTail(t: number, df: number): number {
  const norm = Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2)) / Math.sqrt(df * Math.PI);
  const f = (theta: number) => {
    if (theta >= Math.PI / 2) return 0;
    const x = Math.tan(theta);
    const sec = 1 / Math.cos(theta);
    return norm * (1 + (x * x) / df) ** (-(df + 1) / 2) * sec * sec;
  };
  const lo = Math.atan(t);
  const n = 4000;
  const h = (Math.PI / 2 - lo) / n;
  let sum = f(lo);
  for (let i = 1; i < n; i++) sum += f(lo + i * h) * (i % 2 ? 4 : 2);
  return (sum * h) / 3;
}

describe("Student's t (Hill's algorithm)", () => {
  it.each(KNOWN)('p = %s, df = %s gives %s to 1e-6 relative', (p, df, t) => {
    expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThanOrEqual(1e-6 * t);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-studentTQuantile(p, df), 9);
  });

  it('puts the tail probability where it belongs for any df, to 3e-5 from df 3 and 1.5e-3 from df 2', () => {
    const tails = [0.45, 0.3, 0.2, 0.1, 0.05, 0.025, 0.01, 1e-3, 1e-4, 1e-5, 1e-6];
    for (const df of [2.05, 2.3, 2.6, 2.9, 3, 3.3, 3.7, 4.5, 6, 9.1, 15, 40, 200]) {
      const tolerance = df >= 3 ? 3e-5 : 1.5e-3;
      for (const tail of tails)
        expect(Math.abs(upperTail(studentTQuantile(1 - tail, df), df) - tail) / tail, `df ${df}, tail ${tail}`).toBeLessThan(tolerance);
    }
  });

  it('maps a normal deviate to the t value of the same probability, without losing the far tails', () => {
    for (const df of [2, 2.4, 3, 3.3, 5, 12]) {
      const t = studentT(df);
      for (let z = -4.75; z <= 4.75; z += 0.05) {
        const p = z < 0 ? normalUpperTail(-z) : 1 - normalUpperTail(z);
        const expected = z < 0 ? t.quantile(p) : -t.quantile(normalUpperTail(z));
        expect(Math.abs(t.fromNormal(z) - expected), `df ${df}, z ${z}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
      }
      expect(t.fromNormal(0)).toBe(0);
    }
  });

  it('rises with p and reaches the normal as df grows', () => {
    let before = -Infinity;
    for (let p = 0.001; p < 1; p += 0.001) {
      const q = studentTQuantile(p, 3.3);
      expect(q).toBeGreaterThan(before);
      before = q;
    }
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(normalQuantile(0.975), 5);
    expect(studentTQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(studentT(Infinity).fromNormal(1.5)).toBe(1.5);
  });

  it('refuses fewer than one degree of freedom', () => {
    expect(() => studentT(0.5)).toThrow(RangeError);
    expect(() => studentT(Number.NaN)).toThrow(RangeError);
  });
});
