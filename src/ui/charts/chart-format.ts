// Axis words, tick formats and the y-domain of forecast charts, for both UI languages.
// Ticks go through Intl so separators follow the language (vi 94,5 and 6,8 Tr; en 94.5 and 6.8m).
import type * as Plot from '@observablehq/plot';
import type { Unit } from '../../engine/index.ts';
import { LOCALE, unitWord, type Lang } from '../i18n/format.ts';
import { metricLabel } from '../i18n/terms.ts';

/** ISO date (YYYY-MM-DD) to a UTC midnight Date, so no time zone shifts a point by a day. */
export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** "Tỷ lệ bao phủ BHYT (%)", "HI participants (people)": the metric and its unit. */
export function yAxisLabel(metric: string, unit: Unit, lang: Lang): string {
  return `${metricLabel(metric, lang)} (${unitWord(unit, lang)})`;
}

/**
 * Tick numbers by unit: head counts in compact notation (millions are what planners read),
 * money as grouped tỷ đồng (a compact "70 N tỷ" would stack two magnitude words), shares plainly
 * (the % is in the axis label).
 */
export function yTickFormat(unit: Unit, lang: Lang, span?: number): (value: number) => string {
  const compact = unit === 'people' || unit === 'cases';
  // A narrow axis (95.5-95.8%) needs more decimals, or neighbouring ticks read the same.
  const needed = span !== undefined && span > 0 ? Math.ceil(1 - Math.log10(span)) : 0;
  const nf = new Intl.NumberFormat(LOCALE[lang], {
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: Math.min(4, Math.max(compact ? 2 : 1, needed)),
  });
  return (value) => nf.format(value);
}

/** Year starts as "2025"; other ticks as "6/2025" (vi) or "Jun 2025" (en). */
export function xTickFormat(lang: Lang): (date: Date) => string {
  const year = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(LOCALE[lang], {
    month: lang === 'vi' ? 'numeric' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (date) => (date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? year : month).format(date);
}

/**
 * The y-domain: the extent of what is drawn plus a margin, never below zero (every figure is a
 * count, an amount or a share). Shares stay within 100 unless the data go beyond it (progress
 * against a plan can reach 105%), so a 94-96% series is shown zoomed rather than flattened.
 */
export function yDomain(values: readonly number[], unit: Unit): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return unit === 'percent' ? [0, 100] : [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.06;
  const ceiling = unit === 'percent' && hi <= 100 ? 100 : Infinity;
  lo = Math.max(0, lo - pad);
  hi = Math.min(ceiling, hi + pad);
  return [lo, hi];
}

/**
 * The frame every time chart shares: size, margins, a UTC time axis and a zoomed value axis with
 * the metric's label and locale ticks. Charts add their marks (and caption) to it.
 */
export function timeChartFrame(
  metric: string,
  unit: Unit,
  values: readonly number[],
  { width, lang, height }: { width: number; lang: Lang; height: number },
): Plot.PlotOptions {
  const domain = yDomain(values, unit);
  return {
    width,
    height,
    marginLeft: 56,
    marginRight: 16,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { type: 'utc', label: null, tickFormat: xTickFormat(lang), ticks: Math.max(3, Math.floor(width / 110)) },
    y: {
      domain,
      nice: true,
      grid: true,
      label: yAxisLabel(metric, unit, lang),
      labelAnchor: 'top',
      labelArrow: 'none',
      tickFormat: yTickFormat(unit, lang, domain[1] - domain[0]),
    },
  };
}
