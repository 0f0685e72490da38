// Year-end totals of year-to-date flows (revenue) from a partial year. The rest of the year is
// last year's rest grown at the growth of the latest reported period of at least a quarter against
// the same period a year before (Q3 2025 +2.6%), not at the growth of the year so far (+14.7%):
// a step in the level a year ago (the July 2024 base-salary rise) inflates the earlier months'
// growth but is in both years' latest quarter, as it will be in the rest of the year. The growth is
// uncertain: its spread is the dispersion of growth across the sub-periods reported (H1 +21.6%,
// Q3 +2.6%), never below a floor. Without last year's same-period figure, the within-year profile
// is used.
import { randomLcg, randomNormal } from 'd3-random';
import type { Series, SeriesPoint } from '../series/series.ts';
import { profileShareAt, type WithinYearProfile } from '../series/ytd-profile.ts';
import { addDays, addMonths, fractionOfYear, yearOf } from '../time.ts';

/** Smallest relative spread of the rest-of-year growth: one quarter's growth is never known better. */
export const MIN_GROWTH_SD = 0.05;
/** Relative spread of a profile-based projection per unit of the year still to come. */
export const PROFILE_SD_PER_YEAR = 0.2;

/** Shortest period whose growth stands for the rest of the year (one month is too noisy). */
export const MIN_GROWTH_PERIOD_MONTHS = 3;

/** The growth the rest of the year is assumed to have, and the period it was measured over. */
export interface AssumedGrowth {
  growth: number;
  /** The period's first and last day this year ("2025-07-01" to "2025-09-30"). */
  from: string;
  to: string;
}

export interface FlowYearEndModel {
  method: 'same-period-growth' | 'within-year-profile';
  /** For 'same-period-growth': the growth applied to the rest of last year. */
  assumed?: AssumedGrowth;
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

interface SubPeriod extends AssumedGrowth {
  months: number;
}

/** Growth of each sub-period increment this year against the same increment last year. */
function subPeriodGrowths(series: Series, year: number): SubPeriod[] {
  const thisYear = series.points.filter((p) => yearOf(p.date) === year);
  const growths: SubPeriod[] = [];
  let previous = { now: 0, before: 0, date: `${year - 1}-12-31` };
  for (const p of thisYear) {
    const q = sameMonthLastYear(series, p);
    if (!q) continue;
    const now = p.value - previous.now;
    const before = q.value - previous.before;
    const months =
      Number(p.date.slice(5, 7)) - Number(previous.date.slice(5, 7)) + (previous.date.slice(0, 4) < p.date.slice(0, 4) ? 12 : 0);
    if (before > 0) growths.push({ growth: now / before - 1, from: addDays(previous.date, 1), to: p.date, months });
    previous = { now: p.value, before: q.value, date: p.date };
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
    const periods = subPeriodGrowths(series, year);
    const latest = periods.at(-1);
    // The latest period of a quarter or more; else the year so far (one figure this year, or a last month alone).
    const assumed: AssumedGrowth =
      latest && latest.months >= MIN_GROWTH_PERIOD_MONTHS && latest.to === partial.date
        ? { growth: latest.growth, from: latest.from, to: latest.to }
        : { growth: partial.value / sameBefore.value - 1, from: `${year}-01-01`, to: partial.date };
    const growth = assumed.growth;
    const sd = Math.max(MIN_GROWTH_SD, sampleSd(periods.map((p) => p.growth)));
    const restBefore = fullBefore.value - sameBefore.value;
    return {
      method: 'same-period-growth',
      assumed,
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
