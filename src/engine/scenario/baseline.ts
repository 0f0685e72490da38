// The baseline every scenario is measured against: the forecasting engine's own paths for each
// modelled metric, put on one monthly grid so metrics can be combined path by path. Levers do
// not change the baseline, so it is computed once and reused while a slider moves.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import { makeContext, simulate, type MetricPaths } from '../answers/simulate.ts';
import { monthlyGrid, type Grid } from '../answers/grid.ts';
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

export interface BaselineSettings {
  horizon: IsoDate;
  nPaths: number;
  seed: number;
}

export interface Baseline {
  settings: BaselineSettings;
  grid: Grid;
  /** Paths per metric on `grid`: paths[metric][i][k] is path k at grid time i. */
  paths: Record<ModelledMetric | typeof REVENUE, Float64Array[]>;
  models: Record<string, Pick<MetricPaths, 'model' | 'method' | 'basisIds'>>;
  /** Year of the latest revenue figure; later years' revenue is grown structurally. */
  revenueYear: number;
  /** Revenue's within-year profile: share of the year's total collected by fraction f. */
  revenueShareAt(f: number): number;
  /** The latest figure of any modelled metric: the grid starts the month after. */
  lastDate: IsoDate;
  /** The latest year-to-date revenue figure, the anchor of the first grid step. */
  revenueLatest: { date: IsoDate; value: number };
}

/** Values of a metric's paths on the common grid (its own grid is a month-end suffix of it). */
function onGrid(sim: MetricPaths, grid: Grid): Float64Array[] {
  const index = new Map(sim.grid.dates.map((d, i) => [d, i]));
  return grid.dates.map((d) => {
    const i = index.get(d);
    if (i === undefined) throw new RangeError(`${sim.def.id} has no simulated value for ${d}`);
    return sim.paths[i]!;
  });
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
  const year = yearOf(current.grid.dates.at(-1)!);
  const own = new Map(current.grid.dates.map((d, i) => [d, current.paths[i]!]));
  const indexOf = new Map(grid.dates.map((d, i) => [d, i]));
  const totals = new Map<number, Float64Array>([[year, own.get(yearEnd(year))!]]);
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

export function prepareBaseline(dataset: Dataset, metrics: readonly MetricDef[], settings: BaselineSettings, wageGrowth: number): Baseline {
  const ctx = makeContext(dataset, metrics);
  const revenueSeries = ctx.series.get(`Hanoi:${REVENUE}`);
  if (!revenueSeries) throw new RangeError('the dataset has no Hanoi revenue figures');
  const revenueLast = revenueSeries.points.at(-1)!;
  const revenueYear = yearOf(revenueLast.date);
  const sims = Object.fromEntries(
    MODELLED.map((m) => [m, simulate(ctx, m, 'Hanoi', { until: settings.horizon, nPaths: settings.nPaths, seed: settings.seed })]),
  ) as Record<ModelledMetric, MetricPaths>;
  const revenue = simulate(ctx, REVENUE, 'Hanoi', {
    until: settings.horizon < yearEnd(revenueYear) ? settings.horizon : yearEnd(revenueYear),
    nPaths: settings.nPaths,
    seed: settings.seed,
  });
  // The common grid starts after the latest figure of any modelled metric.
  const lastDate = [...Object.values(sims), revenue]
    .map((s) => s.inputs.used.at(-1)?.date ?? s.series.points.at(-1)!.date)
    .sort()
    .at(-1)!;
  const grid = monthlyGrid(lastDate, settings.horizon);
  const paths = Object.fromEntries(MODELLED.map((m) => [m, onGrid(sims[m], grid)])) as Baseline['paths'];
  const profile = estimateProfile(revenueSeries);
  const revenueShareAt = (f: number) => profileShareAt(profile, f);
  paths[REVENUE] = revenuePaths(revenue, grid, paths['si.compulsory.participants'], wageGrowth, revenueShareAt, settings.nPaths);
  const models = Object.fromEntries(
    [...Object.values(sims), revenue].map((s) => [s.def.id, { model: s.model, method: s.method, basisIds: s.basisIds }]),
  );
  return {
    settings,
    grid,
    paths,
    models,
    revenueYear,
    revenueShareAt,
    lastDate,
    revenueLatest: { date: revenueLast.date, value: revenueLast.value },
  };
}
