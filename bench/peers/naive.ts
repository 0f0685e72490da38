// Reference forecaster: seasonal naive (naive for non-seasonal or short series), with intervals
// from the empirical quantile of its own in-sample errors, widened like a random walk's.

import type { Forecaster, Method } from '../harness.ts';

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  return sorted[i]! + (sorted[Math.min(i + 1, sorted.length - 1)]! - sorted[i]!) * (x - i);
}

export const naive: Forecaster = (train, horizon, level, seasonalPeriod) => {
  const n = train.length;
  // The seasonal lag needs two full seasons to have any in-sample error to learn from.
  const m = seasonalPeriod > 1 && n >= 2 * seasonalPeriod ? seasonalPeriod : 1;
  const errors = train.slice(m).map((y, i) => Math.abs(y - train[i]!)).sort((a, b) => a - b);
  const q = quantile(errors, level);
  const mean: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  for (let k = 1; k <= horizon; k++) {
    const value = train[n - m + ((k - 1) % m)]!;
    const width = q * Math.sqrt(Math.floor((k - 1) / m) + 1);
    mean.push(value);
    lower.push(value - width);
    upper.push(value + width);
  }
  return { mean, lower, upper };
};

export async function load(): Promise<Method> {
  return { name: 'Naive', forecast: naive };
}

/** The naive forecast tagged as a peer's fallback, so the report can count it. */
export function fallback(reason: string, ...args: Parameters<Forecaster>) {
  return { ...naive(...args), fallback: reason };
}
