// Reference forecaster: seasonal naive (naive for non-seasonal or short series), with intervals
// from the empirical quantile of its own in-sample errors, widened like a random walk's.

import type { Forecaster, Method } from '../harness.ts';

function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const x = p * (sorted.length - 1);
  const i = Math.floor(x);
  return sorted[i]! + (sorted[Math.min(i + 1, sorted.length - 1)]! - sorted[i]!) * (x - i);
}

export const naive: Forecaster = (train, horizon, levels, seasonalPeriod) => {
  const n = train.length;
  // The seasonal lag needs two full seasons to have any in-sample error to learn from.
  const m = seasonalPeriod > 1 && n >= 2 * seasonalPeriod ? seasonalPeriod : 1;
  const errors = train.slice(m).map((y, i) => Math.abs(y - train[i]!)).sort((a, b) => a - b);
  const steps = Array.from({ length: horizon }, (_, i) => i + 1);
  const mean = steps.map((k) => train[n - m + ((k - 1) % m)]!);
  const intervals = levels.map((level) => {
    const q = quantile(errors, level);
    const width = steps.map((k) => q * Math.sqrt(Math.floor((k - 1) / m) + 1));
    return { lower: mean.map((v, i) => v - width[i]!), upper: mean.map((v, i) => v + width[i]!) };
  });
  return { mean, intervals };
};

export async function load(): Promise<Method> {
  return { name: 'Naive', forecast: naive };
}

/** The naive forecast tagged as a peer's fallback, so the report can count it. */
export function fallback(reason: string, ...args: Parameters<Forecaster>) {
  return { ...naive(...args), fallback: reason };
}
