// Within-year profiles of year-to-date flows: what share of the year's total has been collected
// by a given point in the year, estimated from years where both a partial and the full-year
// figure are known (e.g. revenue by June 2024 and for all of 2024).
import { fractionOfYear, yearOf } from '../time.ts';
import type { Series, SeriesPoint } from './series.ts';

export interface ProfilePoint {
  year: number;
  /** Fraction of the calendar year elapsed at the partial figure's date (0..1). */
  fraction: number;
  /** Partial figure divided by the same year's full-year total. */
  share: number;
  partialId: string;
  totalId: string;
}

export interface WithinYearProfile {
  metric: string;
  points: ProfilePoint[];
}

function isYearEnd(p: SeriesPoint): boolean {
  return p.date.endsWith('-12-31');
}

/** Profile points from every year in which a ytd-flow series has partial and full-year figures. */
export function estimateProfile(series: Series): WithinYearProfile {
  if (series.kind !== 'ytd-flow') throw new RangeError(`${series.metric} is not a year-to-date flow`);
  const totals = new Map<number, SeriesPoint>();
  for (const p of series.points) if (isYearEnd(p)) totals.set(yearOf(p.date), p);
  const points: ProfilePoint[] = [];
  for (const p of series.points) {
    const total = totals.get(yearOf(p.date));
    if (isYearEnd(p) || !total || total.value <= 0) continue;
    points.push({
      year: yearOf(p.date),
      fraction: fractionOfYear(p.date),
      share: p.value / total.value,
      partialId: p.observationId,
      totalId: total.observationId,
    });
  }
  return { metric: series.metric, points: points.sort((a, b) => a.fraction - b.fraction) };
}

/**
 * Share of the full year collected by `fraction`, by piecewise-linear interpolation through
 * (0, 0), the profile points (averaged where several years share a fraction) and (1, 1).
 * With no profile points this is the uniform profile: share = fraction.
 */
export function profileShareAt(profile: WithinYearProfile, fraction: number): number {
  if (fraction <= 0) return 0;
  if (fraction >= 1) return 1;
  const knots: Array<[number, number]> = [[0, 0]];
  const grouped = new Map<number, number[]>();
  for (const p of profile.points) {
    const key = Math.round(p.fraction * 1000) / 1000;
    grouped.set(key, [...(grouped.get(key) ?? []), p.share]);
  }
  for (const [f, shares] of [...grouped].sort((a, b) => a[0] - b[0])) {
    knots.push([f, shares.reduce((s, v) => s + v, 0) / shares.length]);
  }
  knots.push([1, 1]);
  for (let i = 1; i < knots.length; i++) {
    const [f1, s1] = knots[i]!;
    if (fraction <= f1) {
      const [f0, s0] = knots[i - 1]!;
      return s0 + ((s1 - s0) * (fraction - f0)) / (f1 - f0);
    }
  }
  return 1;
}

/** Full-year total implied by a partial figure and the profile (the point estimate). */
export function fullYearFromPartial(profile: WithinYearProfile, partial: SeriesPoint): number {
  const share = profileShareAt(profile, fractionOfYear(partial.date));
  return partial.value / share;
}
