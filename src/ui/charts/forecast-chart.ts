// A metric's forecast chart: what it is drawn from and what the page says about it without
// drawing it (its caption, where the year view starts). The drawing itself, with Observable Plot,
// is forecast-chart-plot.ts, which the page loads when it first draws a chart: the first answers
// need none of Plot. The page shows the forecast's year by default (`span: 'year'`): one early
// figure far below the rest (HI coverage of February 2024) would otherwise stretch both axes and
// squeeze a three-month forecast to a sliver.
import type { Target, Unit, Bands, CrossingResult, Observation } from '../../engine/index.ts';
import { formatDate, type Lang } from '../i18n/format.ts';
import { text } from '../i18n/text.ts';
import { utcDate } from './chart-format.ts';

/** A target alone, or with where the forecast crosses it (a `TargetResult` fits). */
export type ChartTarget = Target | { target: Target; crossing?: CrossingResult | null };

export interface ForecastChartInput {
  metric: string;
  unit: Unit;
  /** Reported figures of `metric`; figures of other metrics are ignored. */
  history: readonly Observation[];
  /** Forecast dates (ISO), one per entry of `bands` and `baseline`. */
  dates: readonly string[];
  bands: readonly Bands[];
  baseline?: readonly Bands[];
  /** Targets of `metric`; others are ignored. */
  targets: readonly ChartTarget[];
  showBaseline: boolean;
}

export interface ChartOptions {
  width: number;
  lang: Lang;
  height?: number;
  /** Include the legend sentence as a <figcaption> (default true; a page may show it itself). */
  caption?: boolean;
}

/** Every reported figure ('all'), or the forecast's year (see `focusStart`). */
export type ChartSpan = 'all' | 'year';

export interface ForecastChartOptions extends ChartOptions {
  span?: ChartSpan;
}

export const CHART_COLORS = {
  forecast: '#1d4ed8',
  baseline: '#4b5563',
  history: '#111827',
  target: '#b91c1c',
} as const;

/** The chart's targets of its metric, each with its crossing (null when none came with it). */
export function normaliseTargets(input: ForecastChartInput): { target: Target; crossing: CrossingResult | null }[] {
  return input.targets
    .map((t) => ('target' in t ? { target: t.target, crossing: t.crossing ?? null } : { target: t, crossing: null }))
    .filter(({ target }) => target.metric === input.metric);
}



/**
 * Where the year view starts: the figure the forecast's first year opens on (the newest one dated
 * on or before its 1 January, usually last year's end), or that 1 January when there is none. Null
 * when that would hide nothing: no forecast, or no figure before it.
 */
export function focusStart(input: ForecastChartInput): Date | null {
  const first = input.dates.length > 0 && input.bands.length > 0 ? input.dates[0]! : null;
  if (!first) return null;
  const yearStart = utcDate(`${first.slice(0, 4)}-01-01`);
  const dates = input.history.filter((o) => o.metric === input.metric).map((o) => utcDate(o.asOf));
  const opening = dates.filter((d) => d <= yearStart);
  const start = opening.length ? new Date(Math.max(...opening.map(Number))) : yearStart;
  return dates.some((d) => d < start) ? start : null;
}

/** The first date drawn: the year view's start, or null for every figure. */
export const windowStart = (input: ForecastChartInput, span: ChartSpan): Date | null => (span === 'year' ? focusStart(input) : null);


/** Every value drawn on the y-axis from `from` on (all of them without it), for the domain. */
export function drawnValues(input: ForecastChartInput, from: Date | null): number[] {
  const ofBands = (bands: readonly Bands[]) => bands.flatMap((b) => [b.p2_5, b.p97_5, b.p50]);
  const shown = (iso: string) => !from || utcDate(iso) >= from;
  return [
    ...input.history.filter((o) => o.metric === input.metric && shown(o.asOf)).map((o) => o.value),
    ...ofBands(input.bands.slice(0, input.dates.length)),
    ...(input.showBaseline && input.baseline ? ofBands(input.baseline.slice(0, input.dates.length)) : []),
    ...normaliseTargets(input)
      .filter((t) => shown(t.target.deadline))
      .map((t) => t.target.value),
  ];
}


/** What the bands and marks mean, in the reader's language (and where the year view starts). */
export function chartCaption(input: ForecastChartInput, lang: Lang, span: ChartSpan = 'all'): string {
  const from = windowStart(input, span);
  const parts = [
    ...(from ? [text('chartShownFrom', lang, { date: formatDate(from.toISOString().slice(0, 10), lang) })] : []),
    text('chartMedianMark', lang),
    text('chartBand80', lang),
    text('chartBand95', lang),
    ...(input.showBaseline && input.baseline ? [text('chartBaselineMark', lang)] : []),
    ...(input.history.some((o) => o.metric === input.metric && o.derived) ? [text('chartDerivedMark', lang)] : []),
    ...(normaliseTargets(input).some((t) => t.crossing) ? [text('chartCrossingMark', lang)] : []),
  ];
  const sentence = parts.join('; ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}
