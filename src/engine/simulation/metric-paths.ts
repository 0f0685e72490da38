// Simulated monthly paths for one metric of a dataset, by the method its history allows:
// - direct: the automatic forecaster on the like-for-like history (3+ points); a head count's
//   paths re-centred on last year's change to the year end when the figures allow it
//   (see stock-year-end.ts);
// - ratio: a share with too little history of its own = its numerator's paths divided by a
//   projected denominator (the implied population or labour force, growing at its observed rate);
//   a head count never exceeds the bases it is counted against (projected-base.ts);
// - flow: a year-to-date flow, from the partial year to the end of that year (see flow-year-end.ts).
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Denominator, Region } from '../io/observation-schema.ts';
import { autoForecast, type ForecastResult } from '../forecast/auto.ts';
import { quantiles } from '../forecast/percentiles.ts';
import { allSeries, latestPoint, seriesKey, type Series, type SeriesPoint } from '../series/series.ts';
import { estimateProfile } from '../series/ytd-profile.ts';
import { fractionOfYear, toDecimalYear, yearEnd, yearOf, type IsoDate } from '../time.ts';
import { flowYearEndModel } from './flow-year-end.ts';
import { patternText, recentredPaths, stockYearEndPattern, type YearEndPattern } from './stock-year-end.ts';
import { monthlyGrid, type Grid } from './grid.ts';
import { modelInputs, scaleOf, type ModelInputs } from './inputs.ts';
import { DENOMINATOR_GROWTH_SD, basesOfCount, projectedBase, type ProjectedBase } from './projected-base.ts';
import { seedFor } from './seed.ts';
import { MessageError, msg, type Message } from '../messages.ts';

export const MIN_DIRECT_POINTS = 3;

export interface MetricPaths {
  def: MetricDef;
  region: Region;
  series: Series;
  method: 'direct' | 'ratio' | 'flow';
  /** Readable model description, e.g. "combination(theta, drift)" or "participants ÷ labour force". */
  model: string;
  inputs: ModelInputs;
  /** Observation ids every simulated value rests on (for the answer's sources). */
  basisIds: string[];
  grid: Grid;
  /** One Float64Array per grid time, each of length nPaths. */
  paths: Float64Array[];
  backtest?: ForecastResult['backtest'];
  /** A head count's year-end pattern its paths are re-centred on, when the figures allow one. */
  yearEnd?: YearEndPattern;
}

export interface SimulationSettings {
  until: IsoDate;
  nPaths: number;
  seed: number;
}

/** Why a metric cannot be simulated; its message is keyed, so the UI can say it in its language. */
export class NotForecastable extends MessageError {
  constructor(
    readonly metric: string,
    reason: Message,
  ) {
    super(msg('notForecastable', { metric, reason }));
    this.name = 'NotForecastable';
  }
}

export interface SimulationContext {
  dataset: Dataset;
  metrics: ReadonlyMap<string, MetricDef>;
  series: Map<string, Series>;
  /** Paths already simulated with the same settings (a share reuses its numerator's). */
  cache: Map<string, MetricPaths>;
  /** Bases already projected with the same settings: every share and count of a base reads one. */
  bases: Map<string, ProjectedBase | null>;
}

export function makeContext(dataset: Dataset, metrics: readonly MetricDef[]): SimulationContext {
  return { dataset, metrics: new Map(metrics.map((m) => [m.id, m])), series: allSeries(dataset), cache: new Map(), bases: new Map() };
}

/** The projected base of `denominator` (projected-base.ts), once per context, region and settings. */
function baseOf(ctx: SimulationContext, denominator: Denominator, region: Region, settings: SimulationSettings): ProjectedBase | null {
  const key = `${region}|${denominator}|${settings.nPaths}|${settings.seed}`;
  if (!ctx.bases.has(key))
    ctx.bases.set(key, projectedBase(ctx.dataset, [...ctx.metrics.values()], denominator, region, settings.nPaths, settings.seed));
  return ctx.bases.get(key)!;
}

/** The like-for-like figures of the head count whose year-end pattern `def` may borrow, if any. */
function lenderOf(ctx: SimulationContext, def: MetricDef, region: Region): { metric: string; points: SeriesPoint[] } | undefined {
  const lender = def.yearEndPatternFrom ? ctx.metrics.get(def.yearEndPatternFrom) : undefined;
  const series = lender ? ctx.series.get(seriesKey(lender.id, region)) : undefined;
  return lender && series ? { metric: lender.id, points: modelInputs(series, lender).used } : undefined;
}

function direct(
  ctx: SimulationContext,
  def: MetricDef,
  series: Series,
  inputs: ModelInputs,
  settings: SimulationSettings,
  region: Region,
): MetricPaths {
  const last = inputs.used.at(-1)!;
  const result = autoForecast(
    inputs.used.map((p) => ({ t: p.t, y: p.value })),
    { scale: scaleOf(def.unit), ...(def.unit === 'percent' ? { ceiling: 100 } : {}) },
  );
  const grid = monthlyGrid(last.date, settings.until);
  const seed = seedFor(settings.seed, def.id);
  let paths = result.samplePaths(grid.ts, settings.nPaths, seed);
  // A forecaster with its own seasonal pattern needs none from last year.
  const pattern = def.kind === 'stock' && result.seasonalPeriod === 1 ? stockYearEndPattern(inputs.used, lenderOf(ctx, def, region)) : null;
  let model = result.model;
  let basisIds = inputs.used.map((p) => p.observationId);
  if (pattern) {
    // The forecaster's median at the year end (its marginal there, whatever the grid's last date).
    const atYearEnd = result.samplePaths([toDecimalYear(pattern.yearEnd)], settings.nPaths, seed)[0]!;
    const [median] = quantiles(atYearEnd, [0.5], new Float64Array(settings.nPaths));
    paths = recentredPaths(paths, grid.dates, pattern, median!, seedFor(settings.seed, `${def.id}/year-end`));
    model = `${result.model}, re-centred ${patternText(pattern)}`;
    basisIds = [...new Set([...basisIds, pattern.sameBefore.observationId, pattern.endBefore.observationId])];
  }
  if (def.kind === 'stock') paths = underBases(ctx, def, region, settings, grid.ts, paths);
  return {
    def,
    region,
    series,
    method: 'direct',
    model,
    inputs,
    basisIds,
    grid,
    paths,
    backtest: result.backtest,
    ...(pattern ? { yearEnd: pattern } : {}),
  };
}

/** A head count's paths, each value at most every base a share counts it against (projected-base.ts). */
function underBases(
  ctx: SimulationContext,
  def: MetricDef,
  region: Region,
  settings: SimulationSettings,
  ts: readonly number[],
  paths: Float64Array[],
): Float64Array[] {
  const bases = basesOfCount(ctx.metrics.values(), def.id)
    .map((d) => baseOf(ctx, d, region, settings))
    .filter((base): base is ProjectedBase => base !== null && !base.bound);
  if (bases.length === 0) return paths;
  return paths.map((row, i) => {
    const out = Float64Array.from(row);
    for (const base of bases) for (let k = 0; k < out.length; k++) out[k] = Math.min(out[k]!, base.at(ts[i]!, k));
    return out;
  });
}

function ratio(
  ctx: SimulationContext,
  def: MetricDef,
  series: Series,
  inputs: ModelInputs,
  settings: SimulationSettings,
  region: Region,
): MetricPaths {
  const numerator = simulate(ctx, def.numerator!, region, settings);
  // One base per denominator: every share of the same base (the compulsory SI and the UI share of
  // the working-age labour force) implies it, and they share its growth and its draws.
  const base = baseOf(ctx, def.denominator!, region, settings);
  if (!base) throw new NotForecastable(def.id, msg('nfNoDenominator', { numerator: def.numerator! }));
  const paths = numerator.grid.ts.map((t, i) => {
    const out = new Float64Array(settings.nPaths);
    const num = numerator.paths[i]!;
    for (let k = 0; k < settings.nPaths; k++) out[k] = Math.min(100, Math.max(0, (100 * num[k]!) / base.at(t, k)));
    return out;
  });
  return {
    def,
    region,
    series,
    method: 'ratio',
    model: `${def.numerator} (${numerator.model}) ÷ implied ${def.denominator} growing ${(base.growth * 100).toFixed(2)}%/yr ± ${DENOMINATOR_GROWTH_SD * 100}`,
    inputs,
    basisIds: [...new Set([...numerator.basisIds, ...base.basisIds])],
    grid: numerator.grid,
    paths,
    ...(numerator.backtest ? { backtest: numerator.backtest } : {}),
  };
}

function flow(def: MetricDef, series: Series, inputs: ModelInputs, settings: SimulationSettings, region: Region): MetricPaths {
  const partial: SeriesPoint = latestPoint(series);
  // A year-to-date flow restarts every January: alone it is projected to the end of its latest year.
  const until = settings.until < yearEnd(yearOf(partial.date)) ? settings.until : yearEnd(yearOf(partial.date));
  const model = flowYearEndModel(series, estimateProfile(series), partial);
  const grid = monthlyGrid(partial.date, until);
  const totals = model.draw(settings.nPaths, seedFor(settings.seed, def.id));
  const paths = grid.dates.map((d) => {
    const f = fractionOfYear(d);
    return totals.map((total) => model.ytdAt(f, total));
  });
  return {
    def,
    region,
    series,
    method: 'flow',
    model: model.assumed
      ? `rest of year = last year’s rest × (1 ${model.assumed.growth < 0 ? '−' : '+'} ${Math.abs(100 * model.assumed.growth).toFixed(1)}%), the growth from ${model.assumed.from} to ${model.assumed.to} against a year before`
      : 'partial year ÷ within-year profile',
    inputs,
    basisIds: model.basis.map((p) => p.observationId),
    grid,
    paths,
  };
}

/** Monthly paths of a metric from its latest like-for-like figure until `settings.until`. */
export function simulate(ctx: SimulationContext, metricId: string, region: Region, settings: SimulationSettings): MetricPaths {
  const key = `${region}|${metricId}|${settings.until}|${settings.nPaths}|${settings.seed}`;
  const cached = ctx.cache.get(key);
  if (cached) return cached;
  const result = simulateUncached(ctx, metricId, region, settings);
  ctx.cache.set(key, result);
  return result;
}

function simulateUncached(ctx: SimulationContext, metricId: string, region: Region, settings: SimulationSettings): MetricPaths {
  const def = ctx.metrics.get(metricId);
  if (!def) throw new NotForecastable(metricId, msg('nfUnknownMetric'));
  const series = ctx.series.get(seriesKey(metricId, region));
  if (!series) throw new NotForecastable(metricId, msg('nfNoFigures', { region }));
  const inputs = modelInputs(series, def);
  if (def.kind === 'ytd-flow') return flow(def, series, inputs, settings, region);
  if (inputs.used.length >= MIN_DIRECT_POINTS) return direct(ctx, def, series, inputs, settings, region);
  if (def.kind === 'share' && def.numerator && def.denominator !== 'plan') return ratio(ctx, def, series, inputs, settings, region);
  throw new NotForecastable(def.id, msg('nfTooFew', { count: inputs.used.length, min: MIN_DIRECT_POINTS }));
}
