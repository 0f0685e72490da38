// The groups that accuracy and interval coverage are reported by (issue 15): frequency, length,
// and long smooth yearly series. A series' groups depend only on its data, never on how any method
// forecasts it, so the groups cannot be tuned to a method.

import type { Series } from './panel.ts';

export const GROUPS = [
  'yearly',
  'quarterly',
  'monthly',
  'short',
  'medium',
  'long',
  'long smooth yearly',
] as const;
export type Group = (typeof GROUPS)[number];

/** Under this many points a series is short; over LONG_OVER it is long; medium in between. */
export const SHORT_UNDER = 15;
export const LONG_OVER = 40;
/**
 * Smooth: the year-to-year changes vary little against the level's own spread (standard deviation
 * of the first differences under this share of the level's). A steady, slowly bending trend scores
 * 0.02-0.25 (life expectancy, fertility, urban shares); a driftless random walk of 50 steps 0.24-0.65
 * (10th-90th percentile), a cycle or white noise 0.5-1.4. On the panel, no series falls between 0.25 and 0.32.
 */
export const SMOOTH_BELOW = 0.3;

function sd(xs: readonly number[]): number {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
}

/** sd of the one-step changes over sd of the level (0 for a constant series). */
export function roughness(y: readonly number[]): number {
  const level = sd(y);
  return level > 0 ? sd(y.slice(1).map((v, i) => v - y[i]!)) / level : 0;
}

export function lengthGroup(n: number): 'short' | 'medium' | 'long' {
  return n < SHORT_UNDER ? 'short' : n > LONG_OVER ? 'long' : 'medium';
}

/** Every group a series is reported in; irregular series have a length group only. */
export function groupsOf(series: Pick<Series, 'frequency' | 'dates' | 'y'>): Group[] {
  const groups: Group[] = [];
  if (series.frequency !== 'irregular') groups.push(series.frequency);
  const length = lengthGroup(series.y.length);
  groups.push(length);
  if (isLongSmoothYearly(series)) groups.push('long smooth yearly');
  return groups;
}

/** Long, one point a year (not 5- or 10-yearly), and smooth. */
export function isLongSmoothYearly(series: Pick<Series, 'frequency' | 'dates' | 'y'>): boolean {
  const everyYear = series.dates.every((d, i) => i === 0 || Number(d.slice(0, 4)) - Number(series.dates[i - 1]!.slice(0, 4)) === 1);
  return (
    series.frequency === 'yearly' && everyYear && lengthGroup(series.y.length) === 'long' && roughness(series.y) < SMOOTH_BELOW
  );
}
