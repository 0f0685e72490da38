// The year-end distribution an answer reports, from simulated values at 31 December.
import { quantiles } from '../forecast/percentiles.ts';

export interface Distribution {
  median: number;
  p10: number;
  p90: number;
  p2_5: number;
  p97_5: number;
}

export function summarize(values: Float64Array): Distribution {
  const [p2_5, p10, median, p90, p97_5] = quantiles(values, [0.025, 0.1, 0.5, 0.9, 0.975], new Float64Array(values.length)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { median, p10, p90, p2_5, p97_5 };
}
