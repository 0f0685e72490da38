// Running a scenario: the baseline (cached), lever draws, the structural model, and the answers
// planners read: percentile bands by month, and for every target of the region up to the horizon
// either the year-end distribution, P(meet) and the date it is reached, each beside the baseline's
// (a deadline ahead), or the outcome the data show (a deadline passed). The CLI's `run`,
// `yearend` and `target` and the notebook all read this one answer.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Region, Target } from '../io/observation-schema.ts';
import {
  answerFromPaths,
  bandsOf,
  judgeFromData,
  type Bands,
  type TargetOutcome,
  type TargetResult,
} from '../simulation/target-answers.ts';
import { MessageError, msg, type Message } from '../messages.ts';
import { monthEnd, type IsoDate } from '../time.ts';
import { prepareBaseline, type Baseline, type StructuralBaseline } from './baseline.ts';
import { calibrateRevenue, type RevenueCalibration } from './calibration.ts';
import type { ScenarioSpan } from './calendar.ts';
import { budgetCost, type BudgetCost, type CostMemo, type CostStep } from './cost.ts';
import type { LeverDistribution, LeverSet, LeverValues } from './levers.ts';
import { drawLevers, effectiveDistribution } from './monte-carlo.ts';
import { reuse, sameValues, type ReuseMemo } from './reuse.ts';
import { applyLevers, type ScenarioPaths } from './structural.ts';

export type { Bands, CrossingResult, TargetOutcome, TargetResult } from '../simulation/target-answers.ts';

export interface ScenarioSettings {
  /** Lever values that differ from the defaults. */
  levers: LeverValues;
  distributions: Readonly<Record<string, LeverDistribution>>;
  leversFrom: IsoDate;
  horizon: IsoDate;
  paths: number;
  seed: number;
}

export type LeverSettings = Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>;

export interface MetricResult {
  metric: string;
  bands: Bands[];
  baseline: Bands[];
}

export interface ScenarioResult {
  dates: IsoDate[];
  /** Paths the summaries rest on (all of the scenario's, or a quick preview's first ones). */
  paths: number;
  metrics: MetricResult[];
  /** Targets with a deadline ahead, within the horizon. */
  targets: TargetResult[];
  /** Targets whose deadline has passed in the data, or that cannot be forecast. */
  outcomes: TargetOutcome[];
  models: Baseline['models'];
  /** The structural model's calibration; null when the dataset cannot support the model. */
  calibration: RevenueCalibration | null;
  /** Every lever's value in this run (defaults filled in). */
  levers: LeverValues;
  /** What the voluntary SI and the HI support cost the budgets, year by year; null when the structural model cannot run. */
  cost: BudgetCost | null;
}

/** What a scenario engine is built from: the data are an input, never a module it imports. */
export interface ScenarioEngineConfig {
  dataset: Dataset;
  metrics: readonly MetricDef[];
  /** The region the scenario is about: its figures and targets are the ones answered. */
  region: Region;
  /** The levers with the region's defaults (createLeverSet). */
  levers: LeverSet;
  /** The region whose figures the lever defaults are (labour force, wage growth): levers act only there. */
  leverDefaultsFor: Region;
  settings: Pick<ScenarioSettings, 'horizon' | 'paths' | 'seed'>;
}

/** Paths of every answered metric; the structural model's own quantities when it ran. */
export interface RunPaths {
  paths: Record<string, Float64Array[]>;
  structural: ScenarioPaths | null;
  /** The lever values and per-path draws the structural model ran with, by date (null when it did not run). */
  levers: readonly CostStep[] | null;
}

/** Merges the scenario's lever values over the region's defaults, refusing unknown ids and out-of-range values. */
export function resolveLevers(levers: LeverSet, overrides: LeverValues): LeverValues {
  const values = levers.defaults();
  for (const [id, value] of Object.entries(overrides)) {
    const def = levers.byId(id);
    if (!def) throw new MessageError(msg('unknownLeverId', { lever: id }));
    if (!(value >= def.min && value <= def.max))
      throw new MessageError(msg('leverOutOfRange', { lever: id, min: def.min, max: def.max, got: value }));
    values[id] = value;
  }
  return values;
}

/**
 * Holds what does not change while levers move (the baseline paths, their bands, the
 * calibration), so each lever move only reruns the structural model and the summaries.
 */
export class ScenarioEngine {
  readonly dataset: Dataset;
  readonly region: Region;
  readonly baseline: Baseline;
  readonly calibration: RevenueCalibration | null;
  /** Why levers cannot act on this dataset (the structural model lacks data), or null. */
  readonly leversUnsupported: Message | null;
  private readonly structural: StructuralBaseline | null;
  private readonly kinds: ReadonlyMap<string, MetricDef['kind']>;
  readonly levers: LeverSet;
  private readonly defaults: LeverValues;
  private readonly statusQuoFacts: ReadonlySet<string>;
  private readonly baselineBands: Map<string, Bands[]>;
  /** Targets of the region with a deadline on the grid and paths to answer from. */
  private readonly ahead: Target[];
  /** Targets of the region up to the horizon answered without paths. */
  readonly outcomes: TargetOutcome[];
  private readonly scratch: Float64Array;
  private readonly previewBaselineBands = new Map<string, Bands>();
  /** Each target's last answer, reused while its metric's paths hold. */
  private readonly targetMemo: ReuseMemo = new Map();
  /** The structural model's blocks of the last run, reused while their inputs hold. */
  private readonly structuralMemo: ReuseMemo = new Map();
  /** Each month's last summarised values and their bands, by metric and grid index. */
  private readonly lastBands = new Map<string, { values: Float64Array; bands: Bands }>();
  /** The cost's baseline sums, by the default levers' draws (an object while they last) and `${leversFrom}|${paths}`. */
  private readonly costMemos = new WeakMap<ReadonlyMap<string, Float64Array>, Map<string, CostMemo>>();
  private lastDraws: { key: string; sampled: Map<string, Float64Array> } | null = null;

  constructor(config: ScenarioEngineConfig) {
    const { dataset, metrics, region, settings } = config;
    this.levers = config.levers;
    this.defaults = config.levers.defaults();
    this.statusQuoFacts = new Set(config.levers.list.filter((l) => l.statusQuoFact).map((l) => l.id));
    this.dataset = dataset;
    this.region = region;
    this.kinds = new Map(metrics.map((m) => [m.id, m.kind]));
    const targets = dataset.targets
      .filter((t) => t.region === region && t.deadline <= settings.horizon)
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.metric.localeCompare(b.metric));
    let calibration: RevenueCalibration | null = null;
    // Another region's data: the defaults would describe the wrong labour force and wages.
    const otherRegion = region === config.leverDefaultsFor ? null : msg('leversOtherRegion', { region, defaults: config.leverDefaultsFor });
    let gap: Message | undefined = otherRegion ?? undefined;
    if (!otherRegion)
      try {
        calibration = calibrateRevenue(dataset, region, this.defaults);
      } catch (error) {
        if (!(error instanceof MessageError)) throw error;
        gap = error.text;
      }
    this.baseline = prepareBaseline(dataset, metrics, {
      region,
      settings: { horizon: settings.horizon, nPaths: settings.paths, seed: settings.seed },
      metrics: targets.map((t) => t.metric),
      wageGrowth: this.defaults['insuredWageGrowth']!,
      ...(gap ? { structuralGap: gap } : {}),
    });
    const structural = this.baseline.structural;
    this.structural = 'missing' in structural ? null : structural;
    this.calibration = this.structural ? calibration : null;
    this.leversUnsupported = otherRegion ?? ('missing' in structural ? structural.missing : null);
    this.scratch = new Float64Array(settings.paths);
    this.baselineBands = new Map(Object.entries(this.baseline.paths).map(([m, rows]) => [m, rows.map((v) => bandsOf(v, this.scratch))]));
    const { grid, paths, history, unavailable } = this.baseline;
    this.ahead = [];
    this.outcomes = [];
    for (const target of targets) {
      const index = grid.dates.indexOf(target.deadline);
      const rows = paths[target.metric];
      const kind = this.kindOf(target.metric);
      if (rows && index >= 0 && index < rows.length) this.ahead.push(target);
      else if (history[target.metric]?.some((p) => p.date >= target.deadline) || (grid.dates[0] ?? '') > target.deadline)
        this.outcomes.push(judgeFromData(history[target.metric] ?? [], kind, target));
      else this.outcomes.push({ target, status: 'unavailable', reason: unavailable[target.metric] ?? this.beyondReason(target) });
    }
  }

  private kindOf(metric: string): MetricDef['kind'] {
    return this.kinds.get(metric) ?? 'stock';
  }

  private beyondReason(target: Target): Message {
    const { metric, deadline } = target;
    if (monthEnd(deadline) !== deadline) return msg('outcomeNotMonthEnd', { metric, deadline });
    const date = this.baseline.grid.dates[(this.baseline.paths[metric]?.length ?? 0) - 1] ?? this.baseline.settings.horizon;
    return msg('outcomeProjectedTo', { metric, date });
  }

  /** Every metric's paths for these settings: the structural model's where it runs, the baseline elsewhere. */
  paths(settings: LeverSettings, pathLimit?: number): RunPaths {
    const m = Math.min(this.baseline.settings.nPaths, pathLimit ?? Number.POSITIVE_INFINITY);
    const paths: Record<string, Float64Array[]> = {};
    for (const [metric, rows] of Object.entries(this.baseline.paths))
      paths[metric] = m === this.baseline.settings.nPaths ? rows : rows.map((v) => v.subarray(0, m));
    const values = resolveLevers(this.levers, settings.levers);
    if (!this.structural || !this.calibration) return { paths, structural: null, levers: null };
    const sampled = this.draws(values, settings.distributions);
    const later = this.policySteps(values, sampled, settings.leversFrom);
    const structural = applyLevers(
      this.structural,
      this.calibration,
      this.defaults,
      { values, sampled },
      settings.leversFrom,
      pathLimit,
      later,
      this.structuralMemo,
    );
    Object.assign(paths, structural.paths);
    return { paths, structural, levers: [{ from: settings.leversFrom, levers: { values, sampled } }, ...later] };
  }

  /** The budget cost of the voluntary SI and HI support in these paths against the baseline's (null when the structural model did not run). */
  cost(scenario: RunPaths, leversFrom: IsoDate): BudgetCost | null {
    if (!scenario.levers) return null;
    const members = 'si.voluntary.participants';
    const b = this.baseline.paths;
    const [hi, compulsory, coverage] = [b['hi.participants'], b['si.compulsory.participants'], b['hi.coverage']];
    // The baseline side of the cost depends on the default levers' draws and the levers' start only.
    const first = scenario.levers[0]!.levers.sampled;
    const memoKey = `${leversFrom}|${scenario.paths[members]![0]?.length ?? 0}`;
    const memos = this.costMemos.get(first) ?? new Map<string, CostMemo>();
    this.costMemos.set(first, memos);
    if (!memos.has(memoKey)) memos.set(memoKey, { support: new Map(), hi: new Map(), last: new Map() });
    return budgetCost({
      memo: memos.get(memoKey)!,
      dates: this.baseline.grid.dates,
      leversFrom,
      baselineMembers: this.baseline.paths[members]!,
      scenarioMembers: scenario.paths[members]!,
      scenario: scenario.levers,
      defaults: this.defaults,
      statusQuoFacts: this.statusQuoFacts,
      hi:
        hi && compulsory && coverage && scenario.paths['hi.participants']
          ? {
              baselineParticipants: hi,
              scenarioParticipants: scenario.paths['hi.participants'],
              baselineCompulsory: compulsory,
              baselineCoverage: coverage,
            }
          : undefined,
    });
  }

  /** The dates the policy calendar is read against for a scenario starting at `leversFrom`. */
  span(leversFrom: IsoDate): ScenarioSpan {
    return { dataEnd: this.structural?.lastDate ?? leversFrom, leversFrom, horizon: this.baseline.settings.horizon };
  }

  /**
   * The policy calendar's changes after `leversFrom` up to the horizon, as lever values per path:
   * a draw of a lever an entry changes moves by the entry's step too.
   */
  private policySteps(values: LeverValues, sampled: ReadonlyMap<string, Float64Array>, leversFrom: IsoDate) {
    return this.levers
      .steps(values, this.span(leversFrom))
      .slice(1)
      .map((step) => {
        const shifted = new Map(sampled);
        for (const [id, draws] of sampled) {
          const shift = step.values[id]! - values[id]!;
          if (shift === 0) continue;
          const def = this.levers.byId(id)!;
          shifted.set(
            id,
            draws.map((x) => Math.min(def.max, Math.max(def.min, x + shift))),
          );
        }
        return { from: step.from, levers: { values: step.values, sampled: shifted } };
      });
  }

  /**
   * The lever draws, reused while the distributions stay the same: moving a lever that is not
   * sampled (most slider moves) then draws nothing. The draws depend only on the distributions.
   */
  private draws(values: LeverValues, distributions: Readonly<Record<string, LeverDistribution>>): Map<string, Float64Array> {
    const key = JSON.stringify(this.levers.list.map((l) => effectiveDistribution(l, values, distributions) ?? null));
    if (this.lastDraws?.key !== key) {
      const { nPaths, seed } = this.baseline.settings;
      this.lastDraws = { key, sampled: drawLevers(this.levers.list, values, distributions, nPaths, seed) };
    }
    return this.lastDraws.sampled;
  }

  /**
   * Runs the structural model and summarises it. `pathLimit` runs on the first paths only: a
   * quick preview while a slider moves, refined by a full run when it stops.
   */
  run(settings: LeverSettings, pathLimit?: number): ScenarioResult {
    const scenario = this.paths(settings, pathLimit);
    const n = Math.min(this.baseline.settings.nPaths, pathLimit ?? Number.POSITIVE_INFINITY);
    const metrics = Object.keys(this.baseline.paths).map((metric) => ({
      metric,
      bands: scenario.paths[metric]!.map((v, i) => this.bandsAt(metric, i, v)),
      baseline: this.baselineBands.get(metric)!,
    }));
    const bands = new Map(metrics.map((m) => [m.metric, m.bands]));
    // A target whose metric kept its paths (a move of a lever that cannot reach it) keeps its answer.
    const targets = this.ahead.map((target) => {
      const index = this.baseline.grid.dates.indexOf(target.deadline);
      return reuse(this.targetMemo, `${target.id}|${n}`, [n, scenario.paths[target.metric]!], () =>
        answerFromPaths(
          target,
          {
            grid: this.baseline.grid,
            scenario: scenario.paths[target.metric]!,
            baseline: this.baseline.paths[target.metric]!,
            history: this.baseline.history[target.metric] ?? [],
            kind: this.kindOf(target.metric),
            yearEnd: this.baseline.models[target.metric]?.yearEnd,
          },
          bands.get(target.metric)![index]!,
          this.baselineBandsAt(target.metric, index, n),
        ),
      );
    });
    return {
      dates: this.baseline.grid.dates,
      paths: n,
      metrics,
      targets,
      outcomes: this.outcomes,
      models: this.baseline.models,
      calibration: this.calibration,
      levers: resolveLevers(this.levers, settings.levers),
      cost: this.cost(scenario, settings.leversFrom),
    };
  }

  /** Values of a target's metric at its deadline on every path (for goal seek and sensitivity). */
  deadlineValues(scenario: RunPaths, target: Target): Float64Array {
    return scenario.paths[target.metric]![this.baseline.grid.dates.indexOf(target.deadline)]!;
  }

  median(values: Float64Array): number {
    return bandsOf(values, this.scratch.subarray(0, values.length)).p50;
  }

  /** Targets with a deadline ahead: the ones levers, goal seek and sensitivity can act on. */
  get targetList(): readonly Target[] {
    return this.ahead;
  }

  /**
   * Bands of one month's paths. A month whose values are the ones last summarised (a slider moves
   * one lever, and the metrics and months it cannot reach keep their values) keeps its bands:
   * comparing 10,000 values costs a fraction of selecting five percentiles from them.
   */
  private bandsAt(metric: string, index: number, values: Float64Array): Bands {
    // By path count too: a preview and the full run that follows must not evict each other's.
    const key = `${metric}|${index}|${values.length}`;
    const last = this.lastBands.get(key);
    if (last && last.values.length === values.length && sameValues(values, last.values)) return last.bands;
    const bands = bandsOf(values, this.scratch);
    this.lastBands.set(key, { values, bands });
    return bands;
  }

  /** The baseline's bands on the first `n` paths: cached, they never change with levers. */
  private baselineBandsAt(metric: string, index: number, n: number): Bands {
    if (n === this.baseline.settings.nPaths) return this.baselineBands.get(metric)![index]!;
    const key = `${metric}|${index}|${n}`;
    let bands = this.previewBaselineBands.get(key);
    if (!bands) {
      bands = bandsOf(this.baseline.paths[metric]![index]!.subarray(0, n), this.scratch);
      this.previewBaselineBands.set(key, bands);
    }
    return bands;
  }
}
