// The compare and tornado chart builders rendered into jsdom: one line per variant over the first
// one's band, a legend entry each; tornado bars per lever around the centre, sorted by swing.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/engine/io/observation-schema.ts';
import type { Bands } from '../../../src/engine/scenario/run.ts';
import type { Tornado } from '../../../src/engine/scenario/sensitivity.ts';
import { legendOf, renderCompareChart, type CompareChartInput } from '../../../src/ui/charts/compare-chart.ts';
import { renderTornadoChart } from '../../../src/ui/charts/tornado-chart-plot.ts';
import { tornadoChartInput } from '../../../src/ui/charts/tornado-chart.ts';
import { tornadoTables } from '../../../src/ui/notebook/cells/sensitivity-rows.ts';

const { document } = new JSDOM('').window;
const target: Target = {
  id: 'target.si.voluntary.share.2025-12-31',
  metric: 'si.voluntary.share',
  region: 'Hanoi',
  deadline: '2025-12-31',
  value: 3.5,
  unit: 'percent',
  qualifier: 'exact',
  source: { document: 'plan.md', quote: '…', origin: 'seed' },
} as Target;
const band = (m: number): Bands => ({ p2_5: m - 0.4, p10: m - 0.2, p50: m, p90: m + 0.2, p97_5: m + 0.4 });
const dates = ['2025-10-31', '2025-11-30', '2025-12-31'];

describe('the compare chart', () => {
  const input: CompareChartInput = {
    metric: 'si.voluntary.share',
    unit: 'percent',
    targets: [target],
    series: [
      { name: 'Base', dates, bands: [band(4), band(4.1), band(4.2)] },
      { name: 'Doubled', dates, bands: [band(4.2), band(4.4), band(4.5)] },
    ],
  };

  it('draws each variant median, the first variant band and the target', () => {
    const svg = renderCompareChart(input, { width: 600, lang: 'vi', document }) as SVGSVGElement;
    expect(svg.querySelectorAll('.tc-variant path').length).toBe(2);
    expect(svg.querySelectorAll('.tc-band80 path').length).toBe(1);
    expect(svg.querySelector('.tc-variant-1')?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(svg.querySelector('.tc-variant-0')?.getAttribute('stroke-dasharray')).toBeNull();
    expect(svg.textContent).toContain('3,5%');
  });

  it('gives every variant a distinct colour in the legend', () => {
    const legend = legendOf(input);
    expect(legend.map((l) => l.name)).toEqual(['Base', 'Doubled']);
    expect(new Set(legend.map((l) => l.color)).size).toBe(2);
  });
});

describe('the tornado chart', () => {
  const tornado: Tornado = {
    target,
    center: 4,
    bars: [
      { lever: 'cityTopupOther', controller: 'city', low: 5, high: 20, atLow: 3.8, atHigh: 4.5, swing: 0.7 },
      { lever: 'labourForceGrowth', controller: 'assumption', low: 1, high: 3, atLow: 4.1, atHigh: 3.9, swing: 0.2 },
    ],
  };

  it('draws a bar each side per lever, labelled in the language, largest swing on top', () => {
    const table = tornadoTables([tornado], undefined, undefined, 'en')[0]!;
    const input = tornadoChartInput(tornado, table);
    expect(input.rows.map((r) => r.lever)).toEqual(['cityTopupOther', 'labourForceGrowth']);
    const svg = renderTornadoChart(input, { width: 700, lang: 'en', document }) as SVGSVGElement;
    expect(svg.querySelectorAll('.tc-tornado-low rect').length).toBe(2);
    expect(svg.querySelectorAll('.tc-tornado-high rect').length).toBe(2);
    expect(svg.querySelectorAll('.tc-tornado-center line').length).toBe(1);
    expect(svg.textContent).toContain(input.rows[0]!.label.split(' ')[0]);
    expect(svg.textContent).toContain(input.rows[0]!.highText);
    const only = tornadoChartInput(tornado, table, new Set(['labourForceGrowth']));
    expect(only.rows).toHaveLength(1);
  });
});
