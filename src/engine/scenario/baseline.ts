// The baseline every scenario is measured against: the forecasting engine's own paths for each
// metric a scenario answers for, put on one monthly grid so metrics can be combined path by path.
// Levers do not change the baseline, so it is computed once and reused while a slider moves.
// The structural model's part (its eight head-count and share metrics and revenue) exists only
// when the dataset has what it needs; any other metric is forecast and passed through unchanged.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Region } from '../io/observation-schema.ts';
import { msg, type Message } from '../messages.ts';
import { monthlyGrid, type Grid } from '../simulation/grid.ts';
import { makeContext, NotForecastable, simulate, type MetricPaths } from '../simulation/metric-paths.ts';
import { modelInputs } from '../simulation/inputs.ts';
import { seriesKey, type SeriesPoint } from '../series/series.ts';
import { estimateProfile, profileShareAt } from '../series/ytd-profile.ts';
import { fractionOfYear, yearEnd, yearOf, type IsoDate } from '../time.ts';

/** The metrics the structural model works with. */
export const MODELLED = [
  'hi.participants',
  'hi.coverage',
  'si.compulsory.participants',
  'si.compulsory.share',
  'si.voluntary.participants',
  'si.voluntary.share',
  'ui.participants',
  'ui.share',
] as const;
export type ModelledMetric = (typeof MODELLED)[number];
export const REVENUE = 'revenue.total';
export const STRUCTURAL_METRICS: readonly string[] = [...MODELLED, REVENUE];

export interface BaselineSettings {
  horizon: IsoDate;
  nPaths: number;
  seed: number;
}

export type ModelInfo = Pick<MetricPaths, 'model' | 'method' | 'basisIds' | 'yearEnd'>;

/** The structural model's baseline: its nine metrics on the common grid. */
export interface StructuralBaseline {
  settings: BaselineSettings;
  grid: Grid;
  /** Paths per metric on `grid`: paths[metric][i][k] is path k at grid time i. */
  paths: Record<ModelledMetric | typeof REVENUE, Float64Array[]>;
  /** Year of the latest revenue figure; later years' revenue is grown structurally. */
  revenueYear: number;
  /** Revenue's within-year profile: share of the year's total collected by fraction f. */
  revenueShareAt(f: number): number;
  /** The latest figure of any simulated metric: the grid starts the month after. */
  lastDate: IsoDate;
  /** The latest year-to-date revenue figure, the anchor of the first grid step. */
  revenueLatest: { date: IsoDate; value: number };
}

/** Every answered metric's baseline: what a scenario answers from. */
export interface Baseline {
  settings: BaselineSettings;
  grid: Grid;
  /**
   * paths[metric][i] at grid time i. A year-to-date flow outside the structural model is projected
   * to the end of its latest year only, so its array may stop before the grid does.
   */
  paths: Record<string, Float64Array[]>;
  models: Record<string, ModelInfo>;
  /** The like-for-like history each simulated metric rests on (for "already reached"). */
  history: Record<string, SeriesPoint[]>;
  /** Metrics asked for that cannot be forecast, with the reason. */
  unavailable: Record<string, Message>;
  /** The structural model's baseline, or why the dataset cannot support it. */
  structural: StructuralBaseline | { missing: Message };
}

/** Values of a metric's paths on the common grid (its own grid is a month-end suffix of it, or stops earlier). */
function onGrid(sim: MetricPaths, grid: Grid): Float64Array[] {
  const index = new Map(sim.grid.dates.map((d, i) => [d, i]));
  const out: Float64Array[] = [];
  for (const d of grid.dates) {
    const i = index.get(d);
    if (i === undefined) break;
    out.push(sim.paths[i]!);
  }
  return out;
}

/**
 * Revenue paths over several years: the flow model to the end of the latest year, then each
 * later year's total grows like the compulsory wage bill (participants x default wage growth),
 * spread over the year with the within-year profile.
 */
function revenuePaths(
  current: MetricPaths,
  grid: Grid,
  compulsory: Float64Array[],
  wageGrowth: number,
  shareAt: (f: number) => number,
  nPaths: number,
): Float64Array[] {
  const latest = current.series.points.at(-1)!;
  const year = yearOf(latest.date);
  const own = new Map(current.grid.dates.map((d, i) => [d, current.paths[i]!]));
  const indexOf = new Map(grid.dates.map((d, i) => [d, i]));
  // A full-year figure as the latest leaves nothing to simulate in its year: it is the year's total.
  const total = own.get(yearEnd(year)) ?? new Float64Array(nPaths).fill(latest.value);
  const totals = new Map<number, Float64Array>([[year, total]]);
  const out: Float64Array[] = [];
  for (const date of grid.dates) {
    const y = yearOf(date);
    const known = own.get(date);
    if (known) {
      out.push(known);
      continue;
    }
    let total = totals.get(y);
    if (!total) {
      const previous = totals.get(y - 1)!;
      const endPrev = indexOf.get(yearEnd(y - 1))!;
      const endThis = indexOf.get(yearEnd(y)) ?? grid.dates.length - 1;
      total = new Float64Array(nPaths);
      for (let k = 0; k < nPaths; k++) {
        const volume = compulsory[endThis]![k]! / compulsory[endPrev]![k]!;
        total[k] = previous[k]! * volume * (1 + wageGrowth / 100);
      }
      totals.set(y, total);
    }
    const share = shareAt(fractionOfYear(date));
    out.push(total.map((v) => v * share));
  }
  return out;
}

export interface BaselineRequest {
  region: Region;
  settings: BaselineSettings;
  /** Metrics to forecast besides the structural model's (the targets' metrics). */
  metrics: readonly string[];
  /** The default insured wage growth (% a year) that grows revenue past its latest year. */
  wageGrowth: number;
  /** Why the structural model cannot run on this dataset beyond missing metrics (e.g. no full-year revenue), if so. */
  structuralGap?: Message;
}

export function prepareBaseline(dataset: Dataset, catalogue: readonly MetricDef[], request: BaselineRequest): Baseline {
  const { region, settings } = request;
  const ctx = makeContext(dataset, catalogue);
  const sims = new Map<string, MetricPaths>();
  const unavailable: Record<string, Message> = {};
  const history: Record<string, SeriesPoint[]> = {};
  // A dataset with figures for every structural metric means to run the model: one of them that
  // cannot be forecast (a user's edit left a share without a denominator) is an error to show,
  // not a model to drop silently. A dataset without some of them simply runs without it.
  const structuralData = STRUCTURAL_METRICS.every((m) => ctx.series.has(seriesKey(m, region)));
  for (const metric of new Set([...STRUCTURAL_METRICS, ...request.metrics])) {
    try {
      sims.set(metric, simulate(ctx, metric, region, { until: settings.horizon, nPaths: settings.nPaths, seed: settings.seed }));
    } catch (error) {
      if (!(error instanceof NotForecastable) || (structuralData && STRUCTURAL_METRICS.includes(metric))) throw error;
      unavailable[metric] = error.text;
      // Its figures still judge a deadline that has passed.
      const series = ctx.series.get(seriesKey(metric, region));
      const def = ctx.metrics.get(metric);
      if (series && def) history[metric] = modelInputs(series, def).used;
    }
  }
  // The common grid starts after the latest figure of any simulated metric.
  const lastDate = [...sims.values()]
    .map((s) => s.inputs.used.at(-1)?.date ?? s.series.points.at(-1)!.date)
    .sort()
    .at(-1);
  const grid = lastDate ? monthlyGrid(lastDate, settings.horizon) : { dates: [], ts: [] };
  const paths: Record<string, Float64Array[]> = {};
  const models: Record<string, ModelInfo> = {};
  for (const [metric, sim] of sims) {
    paths[metric] = onGrid(sim, grid);
    models[metric] = { model: sim.model, method: sim.method, basisIds: sim.basisIds, ...(sim.yearEnd ? { yearEnd: sim.yearEnd } : {}) };
    history[metric] = sim.inputs.used;
  }
  const missing = STRUCTURAL_METRICS.filter((m) => !sims.has(m));
  let structural: Baseline['structural'];
  if (missing.length > 0) structural = { missing: msg('leversNeedMetrics', { metrics: missing.join(', ') }) };
  else if (request.structuralGap) structural = { missing: request.structuralGap };
  else {
    const revenue = sims.get(REVENUE)!;
    const revenueLast = revenue.series.points.at(-1)!;
    const profile = estimateProfile(revenue.series);
    const revenueShareAt = (f: number) => profileShareAt(profile, f);
    paths[REVENUE] = revenuePaths(revenue, grid, paths['si.compulsory.participants']!, request.wageGrowth, revenueShareAt, settings.nPaths);
    structural = {
      settings,
      grid,
      paths: Object.fromEntries(STRUCTURAL_METRICS.map((m) => [m, paths[m]!])) as StructuralBaseline['paths'],
      revenueYear: yearOf(revenueLast.date),
      revenueShareAt,
      lastDate: lastDate!,
      revenueLatest: { date: revenueLast.date, value: revenueLast.value },
    };
  }
  return { settings, grid, paths, models, history, unavailable, structural };
}
