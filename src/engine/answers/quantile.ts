// Summaries of simulated values: percentiles and exceedance probabilities over paths.
import { quantileSorted } from 'simple-statistics';

export interface Distribution {
  median: number;
  p10: number;
  p90: number;
  p2_5: number;
  p97_5: number;
}

export function summarize(values: Float64Array): Distribution {
  const sorted = Float64Array.from(values).sort();
  const arr = Array.from(sorted);
  return {
    median: quantileSorted(arr, 0.5),
    p10: quantileSorted(arr, 0.1),
    p90: quantileSorted(arr, 0.9),
    p2_5: quantileSorted(arr, 0.025),
    p97_5: quantileSorted(arr, 0.975),
  };
}

export function probabilityAtLeast(values: Float64Array, threshold: number): number {
  let n = 0;
  for (const v of values) if (v >= threshold) n++;
  return values.length ? n / values.length : Number.NaN;
}
