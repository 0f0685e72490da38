// Forecast charts rendered into jsdom through Plot's `document` option: the marks a planner reads
// (bands, median, baseline, targets, crossings, sourced history), the axes in both languages, and
// the percent domain.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Observation, Target, Unit } from '../../../src/engine/io/observation-schema.ts';
import type { Bands, TargetResult } from '../../../src/engine/scenario/run.ts';
import { chartSummary } from '../../../src/ui/charts/chart-summary.ts';
import { yDomain } from '../../../src/ui/charts/chart-format.ts';
import { chartCaption, focusStart, type ForecastChartInput } from '../../../src/ui/charts/forecast-chart.ts';
import { chartSpec, renderForecastChart } from '../../../src/ui/charts/forecast-chart-plot.ts';
import type { Lang } from '../../../src/ui/i18n/format.ts';

const { document } = new JSDOM('').window;

function observation(metric: string, unit: Unit, asOf: string, value: number, derived = false): Observation {
  return {
    id: `${metric}.${asOf}`,
    metric,
    region: 'Hanoi',
    asOf,
    value,
    unit,
    kind: unit === 'percent' ? 'share' : unit === 'VND billion' ? 'ytd-flow' : 'stock',
    ...(unit === 'percent' ? { denominator: 'population' as const } : {}),
    qualifier: 'exact',
    source: { document: `bao-cao-${asOf.slice(0, 4)}.md`, quote: '…', origin: 'seed' },
    ...(derived
      ? { derived: { method: 'subtract' as const, base: 'b', by: 1, decimals: 2, rule: 'last year from the stated increase' } }
      : {}),
  };
}

function target(metric: string, unit: Unit, value: number, deadline = '2025-12-31'): Target {
  return {
    id: `${metric}.target`,
    metric,
    region: 'Hanoi',
    deadline,
    value,
    unit,
    qualifier: 'exact',
    source: { document: 'ke-hoach-2025.md', quote: '…', origin: 'reference' },
  };
}

const DATES = ['2025-01-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'];

/** Bands fanning out around a median that rises by `step` a date. */
function fan(start: number, step: number, spread: number): Bands[] {
  return DATES.map((_, i) => {
    const m = start + step * (i + 1);
    const w = spread * (i + 1);
    return { p2_5: m - 2 * w, p10: m - w, p50: m, p90: m + w, p97_5: m + 2 * w };
  });
}

function coverage(showBaseline: boolean): ForecastChartInput {
  const t: TargetResult = {
    target: target('hi.coverage', 'percent', 95.5),
    yearEnd: fan(94, 0.3, 0.2)[4]!,
    baselineYearEnd: fan(93.8, 0.25, 0.2)[4]!,
    belowLatest: null,
    probMeet: 0.4,
    baselineProbMeet: 0.3,
    crossing: {
      alreadyReachedOn: null,
      alreadyReachedBy: null,
      medianDate: '2025-10-31',
      p10Date: '2025-07-31',
      p90Date: null,
      probByDeadline: 0.55,
      probWithinHorizon: 0.8,
    },
  };
  return {
    metric: 'hi.coverage',
    unit: 'percent',
    history: [
      observation('hi.coverage', 'percent', '2022-12-31', 92.1, true),
      observation('hi.coverage', 'percent', '2023-12-31', 93.4),
      observation('hi.coverage', 'percent', '2024-12-31', 94.25),
      observation('si.voluntary.share', 'percent', '2024-12-31', 3.1),
    ],
    dates: DATES,
    bands: fan(94, 0.3, 0.2),
    baseline: fan(93.8, 0.25, 0.2),
    targets: [t, target('si.voluntary.share', 'percent', 3.5)],
    showBaseline,
  };
}

const revenue: ForecastChartInput = {
  metric: 'revenue.total',
  unit: 'VND billion',
  history: [
    observation('revenue.total', 'VND billion', '2023-12-31', 61_200.5),
    observation('revenue.total', 'VND billion', '2024-12-31', 66_050.2),
  ],
  dates: DATES,
  bands: fan(60_000, 2_500, 600),
  baseline: fan(59_000, 2_400, 600),
  targets: [target('revenue.total', 'VND billion', 72_000)],
  showBaseline: true,
};

function render(input: ForecastChartInput, lang: Lang = 'vi'): Element {
  return renderForecastChart(input, { width: 720, lang, document });
}

function texts(root: Element, selector: string): string[] {
  return Array.from(root.querySelectorAll(selector), (n) => n.textContent ?? '');
}

const yTicks = (root: Element) => texts(root, 'g[aria-label="y-axis tick label"] text');
const xTicks = (root: Element) => texts(root, 'g[aria-label="x-axis tick label"] text');

describe('forecast chart marks', () => {
  const chart = render(coverage(true));

  it('draws the 95% and 80% bands as areas, the wider one paler', () => {
    const band95 = chart.querySelector('g.tc-band95');
    const band80 = chart.querySelector('g.tc-band80');
    expect(band95?.querySelector('path')?.getAttribute('d')).toMatch(/^M.+Z$/);
    expect(band80?.querySelector('path')?.getAttribute('d')).toMatch(/^M.+Z$/);
    expect(Number(band95?.getAttribute('fill-opacity'))).toBeLessThan(Number(band80?.getAttribute('fill-opacity')));
  });

  it('draws the median as a solid line through every forecast date', () => {
    const median = chart.querySelector('g.tc-median');
    expect(median?.hasAttribute('stroke-dasharray')).toBe(false);
    expect(median?.querySelector('path')?.getAttribute('d')?.split('L')).toHaveLength(DATES.length);
  });

  it('draws the baseline median dashed when asked, and not at all otherwise', () => {
    const baseline = chart.querySelector('g.tc-baseline');
    expect(baseline?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(baseline?.querySelectorAll('path')).toHaveLength(1);
    const without = render(coverage(false));
    expect(without.querySelectorAll('g.tc-baseline path')).toHaveLength(0);
    expect(without.querySelectorAll('[stroke-dasharray] path')).toHaveLength(0);
  });

  it("draws one rule for the metric's own target, labelled, and ignores other metrics' targets", () => {
    const rules = chart.querySelectorAll('g.tc-target line');
    expect(rules).toHaveLength(1);
    expect(rules[0]?.getAttribute('y1')).toBe(rules[0]?.getAttribute('y2'));
    expect(texts(chart, 'g.tc-target-label text')).toEqual(['Chỉ tiêu 2025: 95,5%']);
  });

  it('marks the median crossing date with its 10-90% range at the target height', () => {
    const marker = chart.querySelector('g.tc-crossing path');
    expect(marker?.querySelector('title')?.textContent).toContain('31/10/2025');
    const range = chart.querySelector('g.tc-crossing-range line');
    const rule = chart.querySelector('g.tc-target line');
    expect(range?.getAttribute('y1')).toBe(rule?.getAttribute('y1'));
    expect(Number(range?.getAttribute('x2'))).toBeGreaterThan(Number(range?.getAttribute('x1')));
  });

  it('draws history points with titles naming value, date and source; derived points hollow', () => {
    const dots = chart.querySelectorAll('g.tc-history circle');
    expect(dots).toHaveLength(3); // the other metric's point is left out
    const titles = texts(chart, 'g.tc-history circle title');
    expect(titles).toContain('94,25%\n31/12/2024\nNguồn: bao-cao-2024.md');
    const derived = chart.querySelector('g.tc-derived');
    expect(derived?.getAttribute('fill')).toBe('white');
    expect(derived?.querySelectorAll('circle')).toHaveLength(1);
    expect(derived?.querySelector('title')?.textContent).toContain('số suy ra');
    expect(chart.querySelector('g[aria-label="tip"]')).not.toBeNull();
  });

  it('says what the bands are in the caption', () => {
    const caption = chart.querySelector('figcaption')?.textContent ?? '';
    expect(caption).toContain('khoảng 80%');
    expect(caption).toContain('khoảng 95%');
    expect(caption).toContain('nét đứt');
    expect(render(coverage(true), 'en').querySelector('figcaption')?.textContent).toContain('80% range');
  });

  it('accepts bare targets without crossing information', () => {
    const chart = render({ ...coverage(false), targets: [target('hi.coverage', 'percent', 95.5)] });
    expect(chart.querySelectorAll('g.tc-target line')).toHaveLength(1);
    expect(chart.querySelectorAll('g.tc-crossing path')).toHaveLength(0);
  });

  it('can leave the caption to the page and return a bare SVG', () => {
    const svg = renderForecastChart(coverage(true), { width: 600, lang: 'vi', document, caption: false });
    expect(svg.tagName.toLowerCase()).toBe('svg');
  });
});

describe('forecast chart axes', () => {
  it('writes percent ticks with comma decimals in Vietnamese and dot decimals in English', () => {
    // A narrow range, so the ticks fall on halves or tenths of a point.
    const narrow = { ...coverage(false), history: [], targets: [], bands: fan(94, 0.1, 0.05) };
    const vi = yTicks(render(narrow, 'vi'));
    const en = yTicks(render(narrow, 'en'));
    expect(vi.some((t) => /^\d+,\d+$/.test(t))).toBe(true);
    expect(vi.some((t) => t.includes('.'))).toBe(false);
    expect(en.some((t) => /^\d+\.\d+$/.test(t))).toBe(true);
    expect(en.some((t) => t.includes(','))).toBe(false);
  });

  it('groups tỷ đồng thousands with dots in Vietnamese and commas in English', () => {
    expect(yTicks(render(revenue, 'vi'))).toContain('70.000');
    expect(yTicks(render(revenue, 'en'))).toContain('70,000');
  });

  it('labels the y-axis with the metric and its unit in each language', () => {
    expect(texts(render(revenue, 'vi'), 'g[aria-label="y-axis label"] text')[0]).toContain('(tỷ đồng)');
    expect(texts(render(revenue, 'en'), 'g[aria-label="y-axis label"] text')[0]).toContain('(VND billion)');
    expect(texts(render(coverage(true), 'vi'), 'g[aria-label="y-axis label"] text')[0]).toBe('Tỷ lệ bao phủ BHYT (%)');
  });

  it('writes dates as years and months, in UTC', () => {
    const vi = xTicks(render(revenue, 'vi'));
    expect(vi).toContain('2025');
    expect(vi.some((t) => /^\d{1,2}\/2025$/.test(t))).toBe(true);
    expect(xTicks(render(revenue, 'en')).some((t) => /^[A-Z][a-z]{2} 2025$/.test(t))).toBe(true);
  });

  it('keeps a percent chart within 0-100, zoomed to the data', () => {
    const [lo, hi] = chartSpec(coverage(true), { width: 720, lang: 'vi' }).y!.domain as [number, number];
    expect(lo).toBeGreaterThan(85);
    expect(hi).toBeLessThanOrEqual(100);
    const nearFull = { ...coverage(true), bands: fan(98, 0.2, 0.1) }; // p97.5 reaches 100
    const ticks = yTicks(render(nearFull, 'en')).map(Number);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(100);
    expect(Math.min(...ticks)).toBeGreaterThan(80);
  });

  it('lets progress against a plan pass 100% but never drops below zero', () => {
    expect(yDomain([97, 104], 'percent')[1]).toBeGreaterThan(104);
    expect(yDomain([0.05, 3], 'percent')[0]).toBe(0);
    expect(yDomain([120, 130], 'people')[0]).toBeGreaterThan(100);
    expect(yDomain([99.5, 100], 'percent')[1]).toBe(100);
  });
});

describe('chart summary (aria-label)', () => {
  it('names the metric, the latest figure and the year-end median with its 80% range', () => {
    expect(chartSummary(coverage(true), 'vi')).toBe(
      'Tỷ lệ bao phủ BHYT: mới nhất 94,25% (31/12/2024); trung vị cuối năm 2025 95,5% (khoảng 80%: 94,5% – 96,5%).',
    );
    expect(chartSummary(coverage(true), 'en')).toBe(
      'HI coverage of the population: latest 94.25% (31 Dec 2024); median at the end of 2025 95.5% (80% range: 94.5% – 96.5%).',
    );
  });

  it('says when there is nothing to show', () => {
    const empty = { ...revenue, history: [], dates: [], bands: [], baseline: [] };
    expect(chartSummary(empty, 'vi')).toBe('Tổng thu BHXH, BHYT, BHTN (lũy kế từ đầu năm): chưa có số liệu.');
  });
});

describe('the year view (span: year)', () => {
  // An early figure far below the rest (like HI coverage in February 2024) and a three-month forecast.
  const SHORT = ['2025-10-31', '2025-11-30', '2025-12-31'];
  const squeezed: ForecastChartInput = {
    ...coverage(false),
    history: [
      observation('hi.coverage', 'percent', '2024-02-29', 89.61),
      observation('hi.coverage', 'percent', '2024-12-31', 95.25),
      observation('hi.coverage', 'percent', '2025-06-30', 95.51),
      observation('hi.coverage', 'percent', '2025-09-30', 95.56),
    ],
    dates: SHORT,
    bands: fan(95.55, 0.03, 0.03).slice(0, 3),
    baseline: undefined,
  };
  const dots = (span: 'all' | 'year') =>
    renderForecastChart(squeezed, { width: 720, lang: 'vi', document, span }).querySelectorAll('g.tc-history circle').length;

  it('starts at the figure the forecast year opens on, keeping the early point in the whole history', () => {
    expect(focusStart(squeezed)?.toISOString().slice(0, 10)).toBe('2024-12-31');
    expect(dots('all')).toBe(4);
    expect(dots('year')).toBe(3);
  });

  it('zooms the value axis to that year, so the early point no longer stretches it', () => {
    const [lo] = chartSpec(squeezed, { width: 720, lang: 'vi', span: 'year' }).y!.domain as [number, number];
    const [loAll] = chartSpec(squeezed, { width: 720, lang: 'vi', span: 'all' }).y!.domain as [number, number];
    expect(loAll).toBeLessThan(89.61);
    expect(lo).toBeGreaterThan(95);
  });

  it('says where it starts in the caption, in both languages', () => {
    expect(chartCaption(squeezed, 'vi', 'year')).toMatch(/^Biểu đồ từ 31\/12\/2024; /);
    expect(chartCaption(squeezed, 'en', 'year')).toMatch(/^Drawn from 31 Dec 2024; /);
    expect(chartCaption(squeezed, 'vi', 'all')).not.toContain('Biểu đồ từ');
  });

  it('is not offered when it would hide nothing or there is no forecast', () => {
    expect(focusStart({ ...squeezed, history: squeezed.history.slice(1) })).toBeNull();
    expect(focusStart({ ...squeezed, dates: [], bands: [] })).toBeNull();
  });

  it('hides the drawing from assistive technology: the page gives it a summary and a caption', () => {
    const svg = renderForecastChart(squeezed, { width: 600, lang: 'vi', document, caption: false });
    expect(svg.getAttribute('aria-hidden')).toBe('true');
  });
});
