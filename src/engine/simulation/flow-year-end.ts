// Year-end totals of year-to-date flows (revenue) from a partial year. The rest of the year is
// last year's rest grown at this year's same-period growth, with the growth uncertain: its
// spread is the dispersion of growth across the sub-periods reported (H1 +21.6%, Q3 +2.6%),
// never below a floor. Without last year's same-period figure, the within-year profile is used.
import { randomLcg, randomNormal } from 'd3-random';
import type { Series, SeriesPoint } from '../series/series.ts';
import { profileShareAt, type WithinYearProfile } from '../series/ytd-profile.ts';
import { addMonths, fractionOfYear, yearOf } from '../time.ts';

/** Smallest relative spread of the rest-of-year growth: one quarter's growth is never known better. */
export const MIN_GROWTH_SD = 0.05;
/** Relative spread of a profile-based projection per unit of the year still to come. */
export const PROFILE_SD_PER_YEAR = 0.2;

export interface FlowYearEndModel {
  method: 'same-period-growth' | 'within-year-profile';
  /** Points the projection rests on. */
  basis: SeriesPoint[];
  partial: SeriesPoint;
  /** Draws of the full-year total, one per path. */
  draw(nPaths: number, seed: number): Float64Array;
  /** Year-to-date value at fraction f of the year on a path whose total is `total`. */
  ytdAt(fraction: number, total: number): number;
}

function sameMonthLastYear(series: Series, p: SeriesPoint): SeriesPoint | undefined {
  const key = addMonths(p.date, -12).slice(0, 7);
  return series.points.find((q) => q.date.slice(0, 7) === key);
}

function sampleSd(values: number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
}

/** Growth of each sub-period increment this year against the same increment last year. */
function subPeriodGrowths(series: Series, year: number): number[] {
  const thisYear = series.points.filter((p) => yearOf(p.date) === year);
  const growths: number[] = [];
  let previous: { now: number; before: number } = { now: 0, before: 0 };
  for (const p of thisYear) {
    const q = sameMonthLastYear(series, p);
    if (!q) continue;
    const now = p.value - previous.now;
    const before = q.value - previous.before;
    if (before > 0) growths.push(now / before - 1);
    previous = { now: p.value, before: q.value };
  }
  return growths;
}

export function flowYearEndModel(series: Series, profile: WithinYearProfile, partial: SeriesPoint): FlowYearEndModel {
  const year = yearOf(partial.date);
  const fNow = fractionOfYear(partial.date);
  const shareNow = profileShareAt(profile, fNow);
  const ytdAt = (fraction: number, total: number) => {
    if (fraction <= fNow) return partial.value;
    const share = profileShareAt(profile, fraction);
    return partial.value + ((total - partial.value) * (share - shareNow)) / Math.max(1e-9, 1 - shareNow);
  };
  const sameBefore = sameMonthLastYear(series, partial);
  const fullBefore = series.points.find((p) => p.date === `${year - 1}-12-31`);
  if (sameBefore && fullBefore && sameBefore.value > 0) {
    const growth = partial.value / sameBefore.value - 1;
    const sd = Math.max(MIN_GROWTH_SD, sampleSd(subPeriodGrowths(series, year)));
    const restBefore = fullBefore.value - sameBefore.value;
    return {
      method: 'same-period-growth',
      basis: [sameBefore, fullBefore, partial],
      partial,
      ytdAt,
      draw(nPaths, seed) {
        const normal = randomNormal.source(randomLcg(seed))(growth, sd);
        const out = new Float64Array(nPaths);
        for (let i = 0; i < nPaths; i++) out[i] = partial.value + Math.max(0, restBefore * (1 + normal()));
        return out;
      },
    };
  }
  const center = partial.value / Math.max(1e-9, shareNow);
  const sd = PROFILE_SD_PER_YEAR * (1 - fNow);
  return {
    method: 'within-year-profile',
    basis: [partial],
    partial,
    ytdAt,
    draw(nPaths, seed) {
      const normal = randomNormal.source(randomLcg(seed))(0, sd);
      const out = new Float64Array(nPaths);
      // Log-normal around the profile's projection; the year can't end below what is already in.
      for (let i = 0; i < nPaths; i++) out[i] = Math.max(partial.value, center * Math.exp(normal()));
      return out;
    },
  };
}
