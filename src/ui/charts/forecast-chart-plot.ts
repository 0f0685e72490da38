// The forecast chart drawn with Observable Plot: reported history (hollow when derived), the
// forecast median with its 80% and 95% bands, the baseline median dashed underneath, target rules
// and the dates they are reached. `chartSpec` builds plain Plot options without touching the DOM;
// `renderForecastChart` turns them into an element in a browser or in jsdom. Loaded when the page
// first draws a chart (ForecastChart.svelte), so Plot is not in the first load.
import * as Plot from '@observablehq/plot';
import type { Bands } from '../../engine/index.ts';
import { formatDate, formatValue, type Lang } from '../i18n/format.ts';
import { text } from '../i18n/text.ts';
import { timeChartFrame, utcDate } from './chart-format.ts';
import { CHART_COLORS, chartCaption, drawnValues, normaliseTargets, windowStart, type ChartSpan, type ForecastChartInput, type ForecastChartOptions } from './forecast-chart.ts';
import { plotForPage } from './plot-page.ts';


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

