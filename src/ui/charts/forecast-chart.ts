// A metric's forecast chart with Observable Plot: reported history (hollow when derived), the
// forecast median with its 80% and 95% bands, the baseline median dashed underneath, target
// rules and the dates they are reached. `chartSpec` builds plain Plot options without touching the
// DOM; `renderForecastChart` turns them into an element in a browser or in jsdom. The page shows the
// forecast's year by default (`span: 'year'`): one early figure far below the rest (HI coverage of
// February 2024) would otherwise stretch both axes and squeeze a three-month forecast to a sliver.
import * as Plot from '@observablehq/plot';
import type { Observation, Target, Unit, Bands, CrossingResult } from '../../engine/index.ts';
import { formatDate, formatValue, type Lang } from '../i18n/format.ts';
import { text } from '../i18n/text.ts';
import { plotForPage, timeChartFrame, utcDate } from './chart-format.ts';

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

interface BandRow extends Bands {
  date: Date;
}

interface HistoryRow {
  date: Date;
  value: number;
  derived: boolean;
  title: string;
}

interface TargetRow {
  from: Date;
  deadline: Date;
  value: number;
  label: string;
}

interface CrossingRow {
  value: number;
  at: Date;
  from: Date | null;
  to: Date | null;
  title: string;
}

function bandRows(dates: readonly string[], bands: readonly Bands[] | undefined): BandRow[] {
  if (!bands) return [];
  const n = Math.min(dates.length, bands.length);
  return Array.from({ length: n }, (_, i) => ({ ...bands[i]!, date: utcDate(dates[i]!) }));
}

function historyRows(input: ForecastChartInput, lang: Lang): HistoryRow[] {
  return input.history
    .filter((o) => o.metric === input.metric)
    .map((o) => ({
      date: utcDate(o.asOf),
      value: o.value,
      derived: o.derived !== undefined,
      // Newline-separated: both the SVG <title> and Plot's tip show one fact a line.
      title: [
        formatValue(o.value, o.unit, lang, o.qualifier),
        formatDate(o.asOf, lang),
        `${text('chartSourceLabel', lang)}: ${o.source.document}`,
        ...(o.derived ? [`${text('chartDerivedLabel', lang)}: ${o.derived.rule}`] : []),
      ].join('\n'),
    }));
}

function normaliseTargets(input: ForecastChartInput): { target: Target; crossing: CrossingResult | null }[] {
  return input.targets
    .map((t) => ('target' in t ? { target: t.target, crossing: t.crossing ?? null } : { target: t, crossing: null }))
    .filter(({ target }) => target.metric === input.metric);
}

/** A target applies to its plan year: its rule runs from 1 January (or the chart's start) to the deadline. */
function targetRows(input: ForecastChartInput, start: Date, lang: Lang): TargetRow[] {
  return normaliseTargets(input).map(({ target }) => {
    const yearStart = utcDate(`${target.deadline.slice(0, 4)}-01-01`);
    return {
      from: yearStart < start ? start : yearStart,
      deadline: utcDate(target.deadline),
      value: target.value,
      label: `${text('chartTarget', lang)} ${target.deadline.slice(0, 4)}: ${formatValue(target.value, target.unit, lang, target.qualifier)}`,
    };
  });
}

/** Where the forecast's median path reaches each target, with the 10-90% range of that date. */
function crossingRows(input: ForecastChartInput, end: Date | null, lang: Lang): CrossingRow[] {
  const rows: CrossingRow[] = [];
  for (const { target, crossing } of normaliseTargets(input)) {
    if (!crossing) continue;
    if (crossing.alreadyReachedOn) {
      const title = `${text('chartReachedOn', lang)} ${formatDate(crossing.alreadyReachedOn, lang)}`;
      rows.push({ value: target.value, at: utcDate(crossing.alreadyReachedOn), from: null, to: null, title });
    } else if (crossing.medianDate) {
      const p10 = crossing.p10Date ?? crossing.medianDate;
      // No 90th-percentile date: a tenth of the paths reach it only after the horizon.
      const p90 = crossing.p90Date ? utcDate(crossing.p90Date) : end;
      const range = `${formatDate(p10, lang)} – ${crossing.p90Date ? formatDate(crossing.p90Date, lang) : '…'}`;
      const median = text('chartMedian', lang).toLocaleLowerCase(lang);
      const what = `${text('chartReachDate', lang)} ${formatValue(target.value, target.unit, lang)}`;
      const title = `${what}: ${formatDate(crossing.medianDate, lang)} (${median}), 10–90%: ${range}`;
      rows.push({ value: target.value, at: utcDate(crossing.medianDate), from: utcDate(p10), to: p90, title });
    }
  }
  return rows;
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
const windowStart = (input: ForecastChartInput, span: ChartSpan): Date | null => (span === 'year' ? focusStart(input) : null);

/** Every mark of the chart, bottom to top. DOM-free: plain Plot mark objects. */
export function chartMarks(input: ForecastChartInput, lang: Lang, span: ChartSpan = 'all'): Plot.Markish[] {
  const from = windowStart(input, span);
  const forecast = bandRows(input.dates, input.bands);
  const baseline = input.showBaseline ? bandRows(input.dates, input.baseline) : [];
  const history = historyRows(input, lang).filter((h) => !from || h.date >= from);
  const allDates = [...history.map((h) => h.date), ...forecast.map((f) => f.date)];
  const start = from ?? (allDates.length ? new Date(Math.min(...allDates.map(Number))) : new Date(0));
  const end = forecast.at(-1)?.date ?? null;
  const targets = targetRows(input, start, lang).filter((t) => t.deadline >= start);
  const crossings = crossingRows(input, end, lang)
    .filter((c) => c.at >= start)
    .map((c) => (c.from && c.from < start ? { ...c, from: start } : c));
  const dot = (rows: HistoryRow[], hollow: boolean) =>
    Plot.dot(rows, {
      x: 'date',
      y: 'value',
      r: 3.5,
      stroke: CHART_COLORS.history,
      strokeWidth: 1.5,
      fill: hollow ? 'white' : CHART_COLORS.history,
      title: 'title',
      className: hollow ? 'tc-history tc-derived' : 'tc-history',
    });
  return [
    Plot.areaY(forecast, { x: 'date', y1: 'p2_5', y2: 'p97_5', fill: CHART_COLORS.forecast, fillOpacity: 0.14, className: 'tc-band95' }),
    Plot.areaY(forecast, { x: 'date', y1: 'p10', y2: 'p90', fill: CHART_COLORS.forecast, fillOpacity: 0.26, className: 'tc-band80' }),
    Plot.lineY(baseline, {
      x: 'date',
      y: 'p50',
      stroke: CHART_COLORS.baseline,
      strokeWidth: 1.5,
      strokeDasharray: '5 4',
      className: 'tc-baseline',
    }),
    Plot.lineY(forecast, { x: 'date', y: 'p50', stroke: CHART_COLORS.forecast, strokeWidth: 2, className: 'tc-median' }),
    Plot.ruleY(targets, { y: 'value', x1: 'from', x2: 'deadline', stroke: CHART_COLORS.target, strokeWidth: 1.5, className: 'tc-target' }),
    Plot.text(targets, {
      x: 'deadline',
      y: 'value',
      text: 'label',
      textAnchor: 'end',
      dy: -7,
      fill: CHART_COLORS.target,
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
      className: 'tc-target-label',
    }),
    Plot.ruleY(
      crossings.filter((c) => c.from && c.to),
      { y: 'value', x1: 'from', x2: 'to', stroke: CHART_COLORS.target, strokeWidth: 5, strokeOpacity: 0.4, className: 'tc-crossing-range' },
    ),
    Plot.dot(crossings, {
      x: 'at',
      y: 'value',
      symbol: 'diamond',
      r: 5,
      fill: CHART_COLORS.target,
      stroke: 'white',
      title: 'title',
      className: 'tc-crossing',
    }),
    dot(
      history.filter((h) => !h.derived),
      false,
    ),
    dot(
      history.filter((h) => h.derived),
      true,
    ),
    // The rich hover card; the dots' own <title>s remain for native tooltips and tests.
    Plot.tip(history, Plot.pointer({ x: 'date', y: 'value', title: 'title' })),
  ];
}

/** Every value drawn on the y-axis from `from` on (all of them without it), for the domain. */
function drawnValues(input: ForecastChartInput, from: Date | null): number[] {
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

/** Complete Plot options, without a document: pure data a test or a worker can inspect. */
export function chartSpec(
  input: ForecastChartInput,
  { width, lang, height, caption = true, span = 'all' }: ForecastChartOptions,
): Plot.PlotOptions {
  return {
    ...timeChartFrame(input.metric, input.unit, drawnValues(input, windowStart(input, span)), {
      width,
      lang,
      height: height ?? Math.round(Math.min(420, Math.max(260, width * 0.5))),
    }),
    ...(caption ? { caption: chartCaption(input, lang, span) } : {}),
    marks: chartMarks(input, lang, span),
  };
}

/** The chart as a <figure> (SVG plus caption) or a bare <svg>. `document` lets tests render into jsdom. */
export function renderForecastChart(
  input: ForecastChartInput,
  options: ForecastChartOptions & { document?: Document },
): SVGSVGElement | HTMLElement {
  return plotForPage(chartSpec(input, options), options.document);
}
