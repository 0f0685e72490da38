// Running a scenario: the baseline (cached), lever draws, the structural model, and the answers
// planners read: percentile bands by month, and for every target the year-end distribution,
// P(meet) and the distribution of the date it is reached, each beside the baseline's.
import { crossingSummary } from '../forecast/crossing.ts';
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Target } from '../io/observation-schema.ts';
import { allSeries, seriesKey } from '../series/series.ts';
import { fromDecimalYear, toDecimalYear, type IsoDate } from '../time.ts';
import { MODELLED, prepareBaseline, REVENUE, type Baseline } from './baseline.ts';
import { calibrateRevenue, type RevenueCalibration } from './calibration.ts';
import { defaultLeverValues, leverById, LEVERS, type LeverDistribution, type LeverValues } from './levers.ts';
import { drawLevers, effectiveDistribution } from './monte-carlo.ts';
import { probabilityAtLeast, quantiles } from '../forecast/percentiles.ts';
import { applyLevers, type ScenarioPaths } from './structural.ts';

export interface ScenarioSettings {
  /** Lever values that differ from the defaults. */
  levers: LeverValues;
  distributions: Readonly<Record<string, LeverDistribution>>;
  leversFrom: IsoDate;
  horizon: IsoDate;
  paths: number;
  seed: number;
}

export interface Bands {
  p2_5: number;
  p10: number;
  p50: number;
  p90: number;
  p97_5: number;
}

export interface MetricResult {
  metric: string;
  bands: Bands[];
  baseline: Bands[];
}

export interface CrossingResult {
  alreadyReachedOn: IsoDate | null;
  medianDate: IsoDate | null;
  p10Date: IsoDate | null;
  p90Date: IsoDate | null;
  probByDeadline: number;
}

export interface TargetResult {
  target: Target;
  yearEnd: Bands;
  baselineYearEnd: Bands;
  probMeet: number;
  baselineProbMeet: number;
  crossing: CrossingResult;
}

export interface ScenarioResult {
  dates: IsoDate[];
  /** Paths the summaries rest on (all of the scenario's, or a quick preview's first ones). */
  paths: number;
  metrics: MetricResult[];
  targets: TargetResult[];
  models: Baseline['models'];
  calibration: RevenueCalibration;
  /** Every lever's value in this run (defaults filled in). */
  levers: LeverValues;
}

export const SCENARIO_METRICS = [...MODELLED, REVENUE] as const;
type ScenarioMetric = (typeof SCENARIO_METRICS)[number];

const QUANTILES = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

function bandsOf(values: Float64Array, scratch: Float64Array): Bands {
  const [a, b, c, d, e] = quantiles(values, QUANTILES, scratch) as [number, number, number, number, number];
  return { p2_5: a, p10: b, p50: c, p90: d, p97_5: e };
}

/** Merges the scenario's lever values over the defaults, refusing unknown ids and out-of-range values. */
export function resolveLevers(overrides: LeverValues): LeverValues {
  const values = defaultLeverValues();
  for (const [id, value] of Object.entries(overrides)) {
    const def = leverById(id);
    if (!def) throw new RangeError(`unknown lever "${id}"`);
    if (!(value >= def.min && value <= def.max))
      throw new RangeError(`lever ${id} must be between ${def.min} and ${def.max}, got ${value}`);
    values[id] = value;
  }
  return values;
}

/**
 * Holds what does not change while levers move (the baseline paths, their bands, the
 * calibration), so each lever move only reruns the structural model and the summaries.
 */
export class ScenarioEngine {
  readonly baseline: Baseline;
  readonly calibration: RevenueCalibration;
  private readonly defaults = defaultLeverValues();
  private readonly baselineBands: Map<string, Bands[]>;
  private readonly targets: Target[];
  private readonly history: Map<string, Array<{ date: IsoDate; value: number }>>;
  private readonly scratch: Float64Array;
  private readonly previewBaselineBands = new Map<string, Bands>();
  private lastDraws: { key: string; sampled: Map<string, Float64Array> } | null = null;

  constructor(
    readonly dataset: Dataset,
    metrics: readonly MetricDef[],
    settings: Pick<ScenarioSettings, 'horizon' | 'paths' | 'seed'>,
  ) {
    this.calibration = calibrateRevenue(dataset, this.defaults);
    this.baseline = prepareBaseline(
      dataset,
      metrics,
      { horizon: settings.horizon, nPaths: settings.paths, seed: settings.seed },
      this.defaults['insuredWageGrowth']!,
    );
    this.scratch = new Float64Array(settings.paths);
    this.baselineBands = new Map(SCENARIO_METRICS.map((m) => [m, this.baseline.paths[m].map((v) => bandsOf(v, this.scratch))]));
    const dates = new Set(this.baseline.grid.dates);
    this.targets = dataset.targets.filter(
      (t) => t.region === 'Hanoi' && (SCENARIO_METRICS as readonly string[]).includes(t.metric) && dates.has(t.deadline),
    );
    const series = allSeries(dataset);
    this.history = new Map(
      SCENARIO_METRICS.map((m) => [m, (series.get(seriesKey(m, 'Hanoi'))?.points ?? []).map((p) => ({ date: p.date, value: p.value }))]),
    );
  }

  /** The structural model's paths for these settings (exposed for tests of the identities). */
  paths(settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>, pathLimit?: number): ScenarioPaths {
    const values = resolveLevers(settings.levers);
    const sampled = this.draws(values, settings.distributions);
    return applyLevers(this.baseline, this.calibration, this.defaults, { values, sampled }, settings.leversFrom, pathLimit);
  }

  /**
   * The lever draws, reused while the distributions stay the same: moving a lever that is not
   * sampled (most slider moves) then draws nothing. The draws depend only on the distributions.
   */
  private draws(values: LeverValues, distributions: Readonly<Record<string, LeverDistribution>>): Map<string, Float64Array> {
    const key = JSON.stringify(LEVERS.map((l) => effectiveDistribution(l.id, values, distributions) ?? null));
    if (this.lastDraws?.key !== key) {
      const { nPaths, seed } = this.baseline.settings;
      this.lastDraws = { key, sampled: drawLevers(values, distributions, nPaths, seed) };
    }
    return this.lastDraws.sampled;
  }

  /**
   * Runs the structural model and summarises it. `pathLimit` runs on the first paths only: a
   * quick preview while a slider moves, refined by a full run when it stops.
   */
  run(settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>, pathLimit?: number): ScenarioResult {
    const scenario = this.paths(settings, pathLimit);
    const grid = this.baseline.grid;
    const metrics = SCENARIO_METRICS.map((metric) => ({
      metric,
      bands: scenario.paths[metric].map((v) => bandsOf(v, this.scratch)),
      baseline: this.baselineBands.get(metric)!,
    }));
    const bands = new Map(metrics.map((m) => [m.metric, m.bands]));
    const targets = this.targets.map((target) => this.targetResult(target, scenario, bands.get(target.metric as ScenarioMetric)!));
    return {
      dates: grid.dates,
      paths: scenario.paths[REVENUE][0]!.length,
      metrics,
      targets,
      models: this.baseline.models,
      calibration: this.calibration,
      levers: resolveLevers(settings.levers),
    };
  }

  /** Values of a target's metric at its deadline on every path (for goal seek and sensitivity). */
  deadlineValues(scenario: ScenarioPaths, target: Target): Float64Array {
    return scenario.paths[target.metric as ScenarioMetric][this.baseline.grid.dates.indexOf(target.deadline)]!;
  }

  median(values: Float64Array): number {
    return bandsOf(values, this.scratch.subarray(0, values.length)).p50;
  }

  get targetList(): readonly Target[] {
    return this.targets;
  }

  /** The baseline's year-end bands on the first `n` paths: cached, they never change with levers. */
  private baselineBandsAt(metric: ScenarioMetric, index: number, n: number): Bands {
    if (n === this.baseline.settings.nPaths) return this.baselineBands.get(metric)![index]!;
    const key = `${metric}|${index}|${n}`;
    let bands = this.previewBaselineBands.get(key);
    if (!bands) {
      bands = bandsOf(this.baseline.paths[metric][index]!.subarray(0, n), this.scratch);
      this.previewBaselineBands.set(key, bands);
    }
    return bands;
  }

  /** `metricBands`: the run's bands of the target's metric, so the year-end is not selected twice. */
  private targetResult(target: Target, scenario: ScenarioPaths, metricBands: readonly Bands[]): TargetResult {
    const metric = target.metric as ScenarioMetric;
    const index = this.baseline.grid.dates.indexOf(target.deadline);
    const values = scenario.paths[metric][index]!;
    // The baseline on the same paths, so a preview compares like with like.
    const baselineValues = this.baseline.paths[metric][index]!.subarray(0, values.length);
    const year = target.deadline.slice(0, 4);
    const reached = this.history.get(metric)!.find((p) => p.date.startsWith(year) && p.value >= target.value);
    const summary = crossingSummary(this.baseline.grid.ts, scenario.paths[metric], target.value, 'up', toDecimalYear(target.deadline));
    const date = (t: number | null) => (t === null ? null : fromDecimalYear(t));
    return {
      target,
      yearEnd: metricBands[index]!,
      baselineYearEnd: this.baselineBandsAt(metric, index, values.length),
      probMeet: probabilityAtLeast(values, target.value),
      baselineProbMeet: probabilityAtLeast(baselineValues, target.value),
      crossing: {
        alreadyReachedOn: reached?.date ?? null,
        medianDate: date(summary.medianT),
        p10Date: date(summary.p10T),
        p90Date: date(summary.p90T),
        probByDeadline: summary.probByDeadline ?? 0,
      },
    };
  }
}
