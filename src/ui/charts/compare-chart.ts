// One metric across compared scenarios with Observable Plot: each variant's median as a line
// (the first solid, the others in distinct colours and dashes) over the first variant's 80% band,
// and the metric's targets. DOM-free spec; `renderCompareChart` draws it (browser or jsdom).
import * as Plot from '@observablehq/plot';
import type { Target, Unit, CompareResult, Bands } from '../../engine/index.ts';
import { formatValue, type Lang } from '../i18n/format.ts';
import { text } from '../i18n/text.ts';
import { timeChartFrame, utcDate } from './chart-format.ts';
import { plotForPage } from './plot-page.ts';
import { CHART_COLORS, type ChartOptions } from './forecast-chart.ts';

export interface CompareSeries {
  name: string;
  dates: readonly string[];
  bands: readonly Bands[];
}

export interface CompareChartInput {
  metric: string;
  unit: Unit;
  series: readonly CompareSeries[];
  targets: readonly Target[];
}

export interface LegendEntry {
  name: string;
  color: string;
  /** SVG stroke-dasharray; empty for the solid first line. */
  dash: string;
}

const PALETTE = [CHART_COLORS.forecast, '#c2410c', '#047857', '#7c3aed', '#be185d', '#0e7490'] as const;
const DASHES = ['', '6 4', '2 3', '10 3 2 3', '4 2', '1 2'] as const;

export function legendOf(input: CompareChartInput): LegendEntry[] {
  return input.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length]!, dash: DASHES[i % DASHES.length]! }));
}

/** One chart input per metric the comparison has targets for (first variant's order). */
export function compareChartInputs(result: CompareResult, metrics?: readonly string[]): CompareChartInput[] {
  const seen = new Map<string, Target[]>();
  for (const d of result.differences) {
    if (metrics && !metrics.includes(d.target.metric)) continue;
    seen.set(d.target.metric, [...(seen.get(d.target.metric) ?? []), d.target]);
  }
  return [...seen].map(([metric, targets]) => ({
    metric,
    unit: targets[0]!.unit,
    targets,
    series: result.variants.map((v) => ({
      name: v.name,
      dates: v.result.dates,
      bands: v.result.metrics.find((m) => m.metric === metric)?.bands ?? [],
    })),
  }));
}

const rowsOf = (s: CompareSeries) => s.bands.slice(0, s.dates.length).map((b, i) => ({ ...b, date: utcDate(s.dates[i]!) }));

export function compareMarks(input: CompareChartInput, lang: Lang): Plot.Markish[] {
  const legend = legendOf(input);
  const first = input.series[0];
  const targets = input.targets.map((t) => ({
    value: t.value,
    label: `${text('chartTarget', lang)} ${t.deadline.slice(0, 4)}: ${formatValue(t.value, t.unit, lang, t.qualifier)}`,
  }));
  return [
    Plot.areaY(first ? rowsOf(first) : [], {
      x: 'date',
      y1: 'p10',
      y2: 'p90',
      fill: legend[0]?.color ?? CHART_COLORS.forecast,
      fillOpacity: 0.2,
      className: 'tc-band80',
    }),
    Plot.ruleY(targets, { y: 'value', stroke: CHART_COLORS.target, strokeWidth: 1.5, className: 'tc-target' }),
    Plot.text(targets, {
      frameAnchor: 'left',
      y: 'value',
      text: 'label',
      textAnchor: 'start',
      dx: 4,
      dy: -7,
      fill: CHART_COLORS.target,
      stroke: 'white',
      strokeWidth: 3,
      paintOrder: 'stroke',
    }),
    // Later variants first, so the first one's solid line stays on top where they overlap.
    ...input.series
      .map((s, i) =>
        Plot.lineY(rowsOf(s), {
          x: 'date',
          y: 'p50',
          stroke: legend[i]!.color,
          strokeWidth: i === 0 ? 2.5 : 2,
          strokeDasharray: legend[i]!.dash || undefined,
          title: () => s.name,
          className: `tc-variant tc-variant-${i}`,
        }),
      )
      .reverse(),
  ];
}

export function compareCaption(lang: Lang): string {
  const sentence = `${text('compareChartMedians', lang)}; ${text('compareChartBand', lang)}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.';
}

export function compareChartSpec(input: CompareChartInput, { width, lang, height }: ChartOptions): Plot.PlotOptions {
  const first = input.series[0];
  const values = [
    ...input.series.flatMap((s) => s.bands.slice(0, s.dates.length).map((b) => b.p50)),
    ...(first ? first.bands.slice(0, first.dates.length).flatMap((b) => [b.p10, b.p90]) : []),
    ...input.targets.map((t) => t.value),
  ];
  return {
    ...timeChartFrame(input.metric, input.unit, values, {
      width,
      lang,
      height: height ?? Math.round(Math.min(380, Math.max(240, width * 0.45))),
    }),
    marks: compareMarks(input, lang),
  };
}

export function renderCompareChart(input: CompareChartInput, options: ChartOptions & { document?: Document }): SVGSVGElement | HTMLElement {
  return plotForPage(compareChartSpec(input, options), options.document);
}
