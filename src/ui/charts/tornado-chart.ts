// A tornado chart with Observable Plot: per lever, a bar from the median at the lever's low value
// to the median at its high value, around the current median (a vertical rule), largest swing on
// top, labelled with the lever and its low/high settings. Texts come from the sensitivity table's
// view model (sensitivity-rows.ts), numbers from the engine's Tornado.
import * as Plot from '@observablehq/plot';
import type { Tornado } from '../../engine/index.ts';
import type { TornadoTable } from '../notebook/cells/sensitivity-rows.ts';
import { plotForPage, yAxisLabel, yTickFormat } from './chart-format.ts';
import { CHART_COLORS, type ChartOptions } from './forecast-chart.ts';

export interface TornadoChartRow {
  lever: string;
  label: string;
  lowText: string;
  highText: string;
  atLow: number;
  atHigh: number;
}

export interface TornadoChartInput {
  metric: string;
  unit: Tornado['target']['unit'];
  center: number;
  /** Largest swing first. */
  rows: TornadoChartRow[];
}

export const TORNADO_COLORS = { low: '#9bb7d4', high: CHART_COLORS.forecast } as const;

/** The table's rows (already filtered and sorted), with the numbers the bars need. */
export function tornadoChartInput(tornado: Tornado, table: TornadoTable, levers?: ReadonlySet<string>): TornadoChartInput {
  const bars = new Map(tornado.bars.map((b) => [b.lever, b]));
  return {
    metric: tornado.target.metric,
    unit: tornado.target.unit,
    center: tornado.center,
    rows: table.rows
      .filter((r) => bars.has(r.lever) && (!levers || levers.has(r.lever)))
      .map((r) => ({ lever: r.lever, label: r.label, lowText: r.lowText, highText: r.highText, ...pick(bars.get(r.lever)!) })),
  };
}

const pick = (b: Tornado['bars'][number]) => ({ atLow: b.atLow, atHigh: b.atHigh });

export function tornadoMarks(input: TornadoChartInput): Plot.Markish[] {
  const { center, rows } = input;
  const side = (which: 'low' | 'high') =>
    rows.map((r) => ({
      label: r.label,
      lever: r.lever,
      value: which === 'low' ? r.atLow : r.atHigh,
      text: which === 'low' ? r.lowText : r.highText,
    }));
  const low = side('low');
  const high = side('high');
  const bar = (data: typeof low, which: 'low' | 'high') =>
    Plot.barX(data, { y: 'label', x1: () => center, x2: 'value', fill: TORNADO_COLORS[which], className: `tc-tornado-${which}` });
  // The setting sits at the far end of its bar: left of a bar that goes left, right of one that goes right.
  const label = (data: typeof low, anchor: 'start' | 'end') =>
    Plot.text(
      data.filter((d) => (anchor === 'end' ? d.value < center : d.value >= center)),
      {
        y: 'label',
        x: 'value',
        text: 'text',
        textAnchor: anchor,
        dx: anchor === 'end' ? -4 : 4,
        fontSize: 11,
        fill: '#111827',
        className: 'tc-tornado-setting',
      },
    );
  return [
    bar(low, 'low'),
    bar(high, 'high'),
    Plot.ruleX([center], { stroke: '#111827', strokeWidth: 1.5, className: 'tc-tornado-center' }),
    ...[low, high].flatMap((d) => [label(d, 'start'), label(d, 'end')]),
  ];
}

export function tornadoChartSpec(input: TornadoChartInput, { width, lang }: ChartOptions): Plot.PlotOptions {
  const values = [input.center, ...input.rows.flatMap((r) => [r.atLow, r.atHigh])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.35; // room for the setting labels at the ends
  const labelWidth = Math.min(260, Math.max(140, width * 0.32));
  return {
    width,
    height: 44 + 36 * Math.max(1, input.rows.length),
    marginLeft: labelWidth,
    marginRight: 16,
    style: { fontSize: '12px', overflow: 'visible' },
    x: {
      domain: [lo - pad, hi + pad],
      grid: true,
      label: yAxisLabel(input.metric, input.unit, lang),
      labelAnchor: 'center',
      labelArrow: 'none',
      tickFormat: yTickFormat(input.unit, lang, hi + pad - (lo - pad)),
      ticks: Math.max(3, Math.floor((width - labelWidth) / 90)),
    },
    y: { domain: input.rows.map((r) => r.label), label: null, padding: 0.25 },
    // lineWidth is in ems of the 12px axis font: wrap labels to the margin.
    marks: [Plot.axisY({ tickSize: 0, lineWidth: (labelWidth - 8) / 12, label: null }), ...tornadoMarks(input)],
  };
}

export function renderTornadoChart(input: TornadoChartInput, options: ChartOptions & { document?: Document }): SVGSVGElement | HTMLElement {
  return plotForPage(tornadoChartSpec(input, options), options.document);
}
