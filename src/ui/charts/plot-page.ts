// Plot's drawing of a chart, made fit for a page (loaded with the chart modules, not at first).
import * as Plot from '@observablehq/plot';

/**
 * Plot's drawing for a page whose container carries the chart's text alternative (role="img", a
 * one-sentence summary and a caption). Plot names every mark's <g> ("area", "line"), which ARIA
 * forbids on a <g> without a role and which would only repeat the summary, so the drawing is hidden
 * from assistive technology. `document` lets tests render into jsdom.
 */
export function plotForPage(spec: Plot.PlotOptions, document?: Document): SVGSVGElement | HTMLElement {
  const chart = Plot.plot(document ? { ...spec, document } : spec);
  const svgs = chart.tagName.toLowerCase() === 'svg' ? [chart] : Array.from(chart.querySelectorAll('svg'));
  for (const svg of svgs) svg.setAttribute('aria-hidden', 'true');
  return chart;
}
