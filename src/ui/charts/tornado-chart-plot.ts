// The sensitivity tornado drawn with Observable Plot (tornado-chart.ts holds its input); loaded
// when the page first draws one, so Plot is not in the first load.
import * as Plot from '@observablehq/plot';
import { yAxisLabel, yTickFormat } from './chart-format.ts';
import type { ChartOptions } from './forecast-chart.ts';
import { plotForPage } from './plot-page.ts';
import { TORNADO_COLORS, type TornadoChartInput } from './tornado-chart.ts';

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
