// Frequency inference for irregular, partial-year history. Reports arrive at month ends
// (Feb, Jun, Sep, Dec), so steps are measured in whole months, not days.
import { parseIsoDate, type IsoDate } from '../time.ts';

export type Frequency = 'yearly' | '5-yearly' | 'quarterly' | 'monthly' | 'irregular';

export interface FrequencyInfo {
  frequency: Frequency;
  /** The regular step in months, or the median step for irregular series. */
  stepMonths: number;
  /** Seasonal period in steps per year (12 monthly, 4 quarterly, 1 otherwise). */
  seasonalPeriod: number;
}

const REGULAR: ReadonlyArray<[Frequency, number, number]> = [
  ['monthly', 1, 12],
  ['quarterly', 3, 4],
  ['yearly', 12, 1],
  ['5-yearly', 60, 1],
];

function monthIndex(date: IsoDate): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a valid date: "${date}"`);
  return parts.y * 12 + parts.m - 1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Infers the step of sorted, distinct dates. Fewer than two dates is "irregular" with no step. */
export function inferFrequency(sortedDates: readonly IsoDate[]): FrequencyInfo {
  if (sortedDates.length < 2) return { frequency: 'irregular', stepMonths: 0, seasonalPeriod: 1 };
  const steps: number[] = [];
  for (let i = 1; i < sortedDates.length; i++) steps.push(monthIndex(sortedDates[i]!) - monthIndex(sortedDates[i - 1]!));
  for (const [frequency, step, seasonalPeriod] of REGULAR) {
    if (steps.every((s) => s === step)) return { frequency, stepMonths: step, seasonalPeriod };
  }
  return { frequency: 'irregular', stepMonths: median(steps), seasonalPeriod: 1 };
}
