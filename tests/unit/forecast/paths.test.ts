import { describe, expect, it } from 'vitest';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import type { Point } from '../../../src/engine/models/types.ts';

const noisy: Point[] = [12, 14, 13, 15, 18, 17, 19, 22, 21, 24, 25, 27, 26, 29, 31].map((y, i) => ({ t: 2010 + i, y }));

function quantile(values: Float64Array, p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(p * (sorted.length - 1))]!;
}

function correlation(a: Float64Array, b: Float64Array): number {
  const mean = (v: Float64Array) => v.reduce((s, x) => s + x, 0) / v.length;
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe('samplePaths', () => {
  const result = autoForecast(noisy, { scale: 'count' });
  const ts = [2025, 2026, 2027, 2030];
  const paths = result.samplePaths(ts, 4000, 42);

  it('path quantiles match the predicted bands', () => {
    const forecasts = result.predict(ts);
    forecasts.forEach((f, i) => {
      const band = f.bands.find((b) => b.level === 80)!;
      const width = band.upper - band.lower;
      expect(quantile(paths[i]!, 0.1)).toBeCloseTo(band.lower, -Math.log10(width / 10));
      expect(quantile(paths[i]!, 0.9)).toBeGreaterThan(band.upper - width * 0.1);
      expect(quantile(paths[i]!, 0.9)).toBeLessThan(band.upper + width * 0.1);
      expect(Math.abs(quantile(paths[i]!, 0.5) - f.mean)).toBeLessThan(width * 0.05);
    });
  });

  it('paths are coherent through time: neighbouring years move together', () => {
    expect(correlation(paths[0]!, paths[1]!)).toBeGreaterThan(0.5);
    expect(correlation(paths[1]!, paths[2]!)).toBeGreaterThan(correlation(paths[0]!, paths[3]!));
  });

  it('different seeds give different paths', () => {
    expect(result.samplePaths(ts, 10, 1)).not.toEqual(result.samplePaths(ts, 10, 2));
  });
});
