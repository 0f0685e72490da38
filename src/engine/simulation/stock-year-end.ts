// The year end of a head count (a stock) whose newest figure falls before December: the change to
// 31 December follows last year's change over the same months, scaled by the growth since. With
// figures for the same month and for the end of the year before, the year end is
//   Dec Y = latest x Dec(Y-1) / same month(Y-1),
// the same as "the rest of the year = last year's rest x (1 + g)" with g the newest figure's growth
// over a year before (UI participants: Sep->Dec 2024 +55,671 x (1 + 9.0%) = +60,707 on 2,230,000).
// The forecaster learns no within-year pattern from a few irregular figures (its trend misses the
// fourth-quarter push); this pattern re-centres its paths and adds its own uncertainty, keeping
// the forecaster's calibrated spread. A stock without last year's figures may borrow another head
// count's pattern where the catalogue names one (compulsory SI borrows UI's: the same employers
// pay both), only when the two have figures on common dates whose ratio gives the borrowing's
// spread. Otherwise the forecaster's paths stay as they are.
import { randomLcg, randomNormal } from 'd3-random';
import { msg, grouped, type Message } from '../messages.ts';
import type { SeriesPoint } from '../series/series.ts';
import { addMonths, yearEnd, yearOf, type IsoDate } from '../time.ts';
import { MIN_GROWTH_SD } from './flow-year-end.ts';

/** Two head counts' ratio is read as "moving together" from this many common dates on. */
export const MIN_COMMON_DATES = 2;

export interface YearEndPattern {
  /** The year end it shapes ("2025-12-31"). */
  yearEnd: IsoDate;
  /** The newest like-for-like figure the year end grows from. */
  latest: SeriesPoint;
  /** Last year's figures for the same month and for 31 December (the lender's, when borrowed). */
  sameBefore: SeriesPoint;
  endBefore: SeriesPoint;
  /** endBefore / sameBefore: what the newest figure is multiplied by to reach the year end. */
  factor: number;
  /** latest x factor: the median year end the paths are re-centred on. */
  centre: number;
  /** The newest figure's growth over the same month a year before (its own pattern only). */
  growth: number | null;
  /** Standard deviation of the log year end the pattern adds (one year's pattern, and the borrowing). */
  sd: number;
  /** A bound among the figures ("under", "over") makes the push at least (1) or at most (-1) this; 0 if none or mixed. */
  direction: -1 | 0 | 1;
  /** A borrowed pattern: whose, how far the two counts' log ratio moves (sd at the year end), over how many common dates. */
  lender?: { metric: string; ratioSd: number; commonDates: number };
}

const monthKey = (date: IsoDate) => date.slice(0, 7);
const monthsBetween = (a: IsoDate, b: IsoDate) => (yearOf(b) - yearOf(a)) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

function sameMonthYearBefore(points: readonly SeriesPoint[], date: IsoDate): SeriesPoint | undefined {
  const key = monthKey(addMonths(date, -12));
  return points.find((p) => monthKey(p.date) === key);
}

/**
 * How far a log quantity measured at figures of different dates moves per square-root year, as
 * a random walk: sqrt(sum of squared steps / years spanned). Null with fewer than two figures.
 */
function walkVolatility(values: readonly { t: number; v: number }[]): number | null {
  if (values.length < 2) return null;
  let squares = 0;
  for (let i = 1; i < values.length; i++) squares += (values[i]!.v - values[i - 1]!.v) ** 2;
  const span = values.at(-1)!.t - values[0]!.t;
  return span > 0 ? Math.sqrt(squares / span) : null;
}

/** The log growth over a year before at each figure that has one: how the pattern's growth moves within a year. */
function yearOverYear(points: readonly SeriesPoint[]): { t: number; v: number }[] {
  return points.flatMap((p) => {
    const before = sameMonthYearBefore(points, p.date);
    return before && before.value > 0 && p.value > 0 ? [{ t: p.t, v: Math.log(p.value / before.value) }] : [];
  });
}

/** +1 when a bound makes the value larger than the figure suggests ("over" in a numerator, "under" in a denominator). */
function boundSign(p: SeriesPoint, role: 1 | -1): -1 | 0 | 1 {
  if (p.qualifier === 'over') return role;
  if (p.qualifier === 'under') return -role as -1 | 1;
  return 0;
}

function combinedDirection(signs: readonly (-1 | 0 | 1)[]): -1 | 0 | 1 {
  const set = new Set(signs.filter((s) => s !== 0));
  return set.size === 1 ? [...set][0]! : 0;
}

interface LastYear {
  sameBefore: SeriesPoint;
  endBefore: SeriesPoint;
  factor: number;
}

function lastYear(points: readonly SeriesPoint[], latest: SeriesPoint): LastYear | null {
  const sameBefore = sameMonthYearBefore(points, latest.date);
  const endBefore = points.find((p) => p.date === yearEnd(yearOf(latest.date) - 1));
  if (!sameBefore || !endBefore || !(sameBefore.value > 0) || !(endBefore.value > 0)) return null;
  return { sameBefore, endBefore, factor: endBefore.value / sameBefore.value };
}

/**
 * The spread of one year's pattern at the year end: the pattern assumes the newest figure's growth
 * over a year before holds to 31 December, so its error is how far that growth moves in the
 * months left, measured on the count's own figures where they show it (else on the pattern's
 * source), and never below the flow rule's floor on the change.
 */
function patternSd(own: readonly SeriesPoint[], source: readonly SeriesPoint[], latest: SeriesPoint, factor: number): number {
  const volatility = walkVolatility(yearOverYear(own)) ?? walkVolatility(yearOverYear(source));
  const years = monthsBetween(latest.date, yearEnd(yearOf(latest.date))) / 12;
  return Math.max(volatility === null ? 0 : volatility * Math.sqrt(years), MIN_GROWTH_SD * Math.abs(Math.log(factor)));
}

/**
 * The year-end pattern of a stock from its like-for-like figures (sorted by date), or from the
 * lender's when its own lack one; null when the newest figure is a December one or the data do
 * not allow it.
 */
export function stockYearEndPattern(
  own: readonly SeriesPoint[],
  lender?: { metric: string; points: readonly SeriesPoint[] },
): YearEndPattern | null {
  const latest = own.at(-1);
  if (!latest || !(latest.value > 0) || latest.date.slice(5, 7) === '12') return null;
  const end = yearEnd(yearOf(latest.date));
  const mine = lastYear(own, latest);
  if (mine) {
    const direction = combinedDirection([boundSign(latest, 1), boundSign(mine.endBefore, 1), boundSign(mine.sameBefore, -1)]);
    const growth = latest.value / mine.sameBefore.value - 1;
    const sd = patternSd(own, own, latest, mine.factor);
    return { yearEnd: end, latest, ...mine, centre: latest.value * mine.factor, growth, sd, direction };
  }
  if (!lender) return null;
  const theirs = lastYear(lender.points, latest);
  if (!theirs) return null;
  const common = own.flatMap((p) => {
    const q = lender.points.find((x) => x.date === p.date);
    return q && q.value > 0 && p.value > 0 ? [{ t: p.t, v: Math.log(p.value / q.value) }] : [];
  });
  const ratioVolatility = common.length >= MIN_COMMON_DATES ? walkVolatility(common) : null;
  if (ratioVolatility === null) return null;
  const ratioSd = ratioVolatility * Math.sqrt(monthsBetween(latest.date, end) / 12);
  const direction = combinedDirection([boundSign(latest, 1), boundSign(theirs.endBefore, 1), boundSign(theirs.sameBefore, -1)]);
  return {
    yearEnd: end,
    latest,
    sameBefore: theirs.sameBefore,
    endBefore: theirs.endBefore,
    factor: theirs.factor,
    centre: latest.value * theirs.factor,
    growth: null,
    sd: Math.hypot(patternSd(own, lender.points, latest, theirs.factor), ratioSd),
    direction,
    lender: { metric: lender.metric, ratioSd, commonDates: common.length },
  };
}

/**
 * The forecaster's paths re-centred on the pattern: each path is multiplied by
 * (centre / forecasterMedian x e^eps)^w, w rising linearly in months from 0 at the newest figure
 * to 1 at the year end and staying 1 after it (the year end is where the next year starts), eps a
 * path's draw of the pattern's own uncertainty. The forecaster's spread is kept; the pattern's
 * adds to it. `dates` are the paths' month ends; `forecasterMedian` is its median at the year end.
 */
export function recentredPaths(
  paths: readonly Float64Array[],
  dates: readonly IsoDate[],
  pattern: YearEndPattern,
  forecasterMedian: number,
  seed: number,
): Float64Array[] {
  const n = paths[0]?.length ?? 0;
  const normal = randomNormal.source(randomLcg(seed))(0, pattern.sd);
  const eps = Float64Array.from({ length: n }, () => normal());
  const shift = Math.log(pattern.centre / forecasterMedian);
  const months = monthsBetween(pattern.latest.date, pattern.yearEnd);
  return paths.map((values, i) => {
    const w = Math.min(1, monthsBetween(pattern.latest.date, dates[i]!) / months);
    return values.map((v, k) => v * Math.exp(w * (shift + eps[k]!)));
  });
}

const people = (x: number) => Math.round(x).toLocaleString('en-US');
const signed = (x: number) => `${x < 0 ? '−' : '+'}${people(Math.abs(x))}`;

/** The model line's account of the pattern, with its figures (English, as the other model lines). */
export function patternText(pattern: YearEndPattern): string {
  const { latest, sameBefore, endBefore, factor, centre } = pattern;
  const bounds = [latest, sameBefore, endBefore].filter((p) => p.qualifier === 'under' || p.qualifier === 'over');
  const bound =
    pattern.direction === 0
      ? ''
      : `; ${bounds.map((p) => `${p.date} is ${p.qualifier} ${people(p.value)}`).join(', ')}, so the push is if anything ${pattern.direction > 0 ? 'larger' : 'smaller'}`;
  const spread = `± ${(100 * pattern.sd).toFixed(1)}% for a pattern seen in one year${pattern.lender ? ' and the borrowing' : ''}`;
  const lastChange = `${people(sameBefore.value)} to ${people(endBefore.value)}, ${signed(endBefore.value - sameBefore.value)} from ${sameBefore.date} to ${endBefore.date}`;
  if (pattern.lender) {
    const { metric, ratioSd, commonDates } = pattern.lender;
    return (
      `to ${pattern.yearEnd}: the change of ${metric} last year (${lastChange}), an assumption (the same employers pay both; ` +
      `their ratio moves ± ${(100 * ratioSd).toFixed(1)}% to the year end over ${commonDates} common dates): ` +
      `${people(latest.value)} × ${factor.toFixed(4)} = ${people(centre)} (${signed(centre - latest.value)}, ${spread})${bound}`
    );
  }
  const g = pattern.growth ?? 0;
  return (
    `to ${pattern.yearEnd}: last year’s change (${lastChange}) × (1 ${g < 0 ? '−' : '+'} ${Math.abs(100 * g).toFixed(1)}%), ` +
    `the growth since ${sameBefore.date}: ${people(latest.value)} ${signed(centre - latest.value)} = ${people(centre)} (${spread})${bound}`
  );
}

/** Why a head count's range can end below its newest figure at `deadline`. */
export function belowLatestReason(pattern: YearEndPattern | undefined, deadline: IsoDate): Message {
  if (!pattern || deadline > pattern.yearEnd) return msg('belowLatestNoPush', { year: deadline.slice(0, 4) });
  const bound = pattern.direction > 0 ? msg('pushAtLeast') : pattern.direction < 0 ? msg('pushAtMost') : '';
  const params = { change: grouped(Math.round(pattern.centre - pattern.latest.value)), bound };
  return pattern.lender ? msg('belowLatestPushBorrowed', { ...params, lender: pattern.lender.metric }) : msg('belowLatestPush', params);
}
