// The engine as a service with state: the open scenario's engine (and its cached baseline) and
// the requests a notebook makes of it. DOM-free; workers/engine.worker.ts exposes it with comlink,
// and tests call it directly. Every answer is plain data (structured-cloneable). This class is the
// worker protocol: the client, the notebook store and the tests' adapter all take its type.
import type { Engine } from './engine.ts';
import type { Message } from './messages.ts';
import type { ConsistencyFinding } from './series/consistency.ts';
import type { Dataset } from './io/dataset.ts';
import { issueFromError, type ValidationIssue } from './io/issues.ts';
import { MessageError, msg } from './messages.ts';
import type { Bilingual, MetricDef } from './io/metric.ts';
import type { Region, Target } from './io/observation-schema.ts';
import type { Scenario } from './io/scenario-schema.ts';
import { compareResults, type CompareResult } from './scenario/compare.ts';
import { goalSeek, type GoalSeekAnswer, type GoalSeekQuery } from './scenario/goal-seek.ts';
import { cheapestSeek, type CheapestAnswer, type CheapestQuery } from './scenario/cheapest.ts';
import type { LeverDef } from './scenario/levers.ts';
import { entryEffect, type EntryEffect, type PolicyEntry } from './scenario/calendar.ts';
import { leverReach } from './scenario/structural.ts';
import type { LeverSettings, ScenarioEngine, ScenarioResult, TargetOutcome } from './scenario/run.ts';
import { sensitivity, type ProgressCallback, type Tornado } from './scenario/sensitivity.ts';
import { applyImport, previewImport, type ImportChoices, type ImportPreview, type PlanInput } from './io/import/plan.ts';

export type { LeverSettings };

export interface OpenedScenario {
  /** The scenario as validated (defaults filled in). */
  scenario: Scenario;
  /** The resolved dataset: the embedded figures with the scenario's edits. */
  dataset: Dataset;
  /** The region the scenario is about (its figures and targets are the ones answered). */
  region: Region;
  /** How the dataset's regions are written for readers (a region not listed shows as it is). */
  regionNames: Readonly<Record<Region, Bilingual>>;
  /** Where the embedded figures come from (the data view's introduction). */
  about: Bilingual;
  /** The metrics its figures may name: the catalogue and the scenario's own (labels, units, kinds). */
  metrics: MetricDef[];
  findings: ConsistencyFinding[];
  /** Targets with a deadline ahead within the horizon: the ones levers act on. */
  targets: Target[];
  /** Targets up to the horizon answered from the data (deadline passed) or that cannot be forecast. */
  outcomes: TargetOutcome[];
  /** Why levers cannot act on this dataset, or null when they can. */
  leversUnsupported: Message | null;
  /** The levers with the region's defaults, sources and distributions (what the lever cells show). */
  levers: LeverDef[];
  /** The metrics each lever can move (through the quantities it enters): a preview leaves the others as they are. */
  leverReach: Record<string, string[]>;
  /** The policy calendar, each entry with what this scenario does with it (the timeline cell). */
  calendar: { entry: PolicyEntry; effect: EntryEffect }[];
  dates: string[];
  baselineMs: number;
}

/**
 * One column of a comparison: the open scenario at its current levers (neither field), another lever
 * set on its data and paths (a notebook variant), or a whole other scenario (a file).
 */
export interface CompareRequest {
  name: string;
  scenario?: unknown;
  variant?: Pick<LeverSettings, 'levers' | 'distributions'>;
}

/** A file to import: its bytes and name (the name says CSV or workbook and is recorded as the source). */
export interface ImportFile {
  bytes: Uint8Array;
  name: string;
  /** Read only this sheet (a hidden one too); absent: every visible sheet. */
  sheet?: string;
}

/** Other scenarios' engines kept for repeated compares (each holds its baseline paths). */
const OTHER_ENGINES = 3;

export type Outcome<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** What the engine must rebuild its baseline for: the data and the simulation settings. */
function baselineKey(s: Scenario): string {
  return JSON.stringify([s.data, s.horizon, s.monteCarlo]);
}

export class EngineService {
  private engine: ScenarioEngine | null = null;
  private key = '';
  private readonly others = new Map<string, ScenarioEngine>();
  /** The last import previewed, until it is applied or another is previewed. */
  private pendingImport: PlanInput | null = null;

  constructor(private readonly core: Engine) {}

  /** Parses and validates a file's text without opening it (the open notebook is untouched). */
  parse(text: string, fileName?: string): Outcome<Scenario> {
    const parsed = this.core.parseScenario(text, fileName);
    return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, issues: parsed.issues };
  }

  /** A new scenario on the embedded data with these cells, every lever at its default. */
  newScenario(cells: Scenario['cells']): Scenario {
    return this.core.newScenario({ cells });
  }

  /** Opens a scenario (validated again: it may come from storage); rebuilds the baseline only when needed. */
  open(input: unknown): Outcome<OpenedScenario> {
    const checked = this.core.validateScenario(input);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const scenario = checked.value;
    const data = this.core.scenarioData(scenario);
    if (!data.ok) return { ok: false, issues: data.issues };
    const started = performance.now();
    const metrics = this.core.metricsOf(scenario);
    const key = baselineKey(scenario);
    try {
      if (!this.engine || key !== this.key) {
        this.engine = this.core.simulate(scenario, data.value);
        this.key = key;
      }
    } catch (error) {
      this.engine = null;
      this.key = '';
      return { ok: false, issues: [issueFromError('scenario', error)] };
    }
    return {
      ok: true,
      value: {
        scenario,
        dataset: data.value,
        region: this.engine.region,
        regionNames: this.core.context.embedded.regionNames,
        about: this.core.context.embedded.about,
        metrics,
        findings: this.core.consistency(data.value, metrics),
        targets: [...this.engine.targetList],
        outcomes: this.engine.outcomes,
        leversUnsupported: this.engine.leversUnsupported,
        levers: [...this.core.levers.list],
        leverReach: leverReach(this.core.levers.list),
        calendar: this.core.levers.calendar.map((entry) => ({ entry, effect: entryEffect(entry, this.engine!.span(scenario.leversFrom)) })),
        dates: this.engine.baseline.grid.dates,
        baselineMs: performance.now() - started,
      },
    };
  }

  /**
   * Reads a workbook or CSV file and says what importing it into `scenario` would do; nothing
   * changes. The readers (and their libraries) load on the first import, not with the worker.
   */
  async previewImport(file: ImportFile, scenario: Scenario, now = new Date()): Promise<Outcome<ImportPreview>> {
    const data = this.core.scenarioData(scenario);
    if (!data.ok) return { ok: false, issues: data.issues };
    const metrics = this.core.metricsOf(scenario);
    const { readImportFile } = await import('./io/import/read-file.ts');
    const reading = readImportFile(file, metrics);
    if (!reading.ok) return reading;
    const region = this.core.regionOf(scenario, data.value);
    this.pendingImport = { reading: reading.value, dataset: data.value, metrics, region, at: now.toISOString() };
    return { ok: true, value: previewImport(this.pendingImport) };
  }

  /** The pending import's preview again, with another mode or region (the file is not read again). */
  revisePreview(chosen: Pick<ImportChoices, 'mode' | 'region'>): Outcome<ImportPreview> {
    if (!this.pendingImport) return { ok: false, issues: [issueFromError('import', new MessageError(msg('noImportPending')))] };
    return { ok: true, value: previewImport(this.pendingImport, chosen) };
  }

  /** The scenario with the previewed import applied as the user chose, checked as a file would be. */
  applyImport(scenario: Scenario, choices: ImportChoices): Outcome<Scenario> {
    if (!this.pendingImport) return { ok: false, issues: [issueFromError('import', new MessageError(msg('noImportPending')))] };
    const next = applyImport(scenario, this.pendingImport, choices).scenario;
    const checked = this.core.validateScenario(next);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    this.pendingImport = null;
    return { ok: true, value: checked.value };
  }

  private require(): ScenarioEngine {
    if (!this.engine) throw new MessageError(msg('noScenarioOpen'));
    return this.engine;
  }

  /** `pathLimit`: a quick preview on the first paths (see ScenarioEngine.run). */
  run(settings: LeverSettings, pathLimit?: number): ScenarioResult {
    return this.require().run(settings, pathLimit);
  }

  seek(settings: LeverSettings, query: GoalSeekQuery, onProgress?: ProgressCallback): GoalSeekAnswer {
    return goalSeek(this.require(), settings, query, onProgress);
  }

  /** The cheapest way to meet a target: the least-cost setting among the chosen city levers. */
  seekCheapest(settings: LeverSettings, query: CheapestQuery, onProgress?: ProgressCallback): CheapestAnswer {
    return cheapestSeek(this.require(), settings, query, onProgress);
  }

  sensitivity(settings: LeverSettings, onProgress?: ProgressCallback): Tornado[] {
    return sensitivity(this.require(), settings, onProgress);
  }

  /**
   * Runs each variant and compares them to the first. Lever sets reuse the open engine (the same
   * baseline paths, so differences are the levers' alone); other scenarios get their own engine,
   * cached by baseline key.
   */
  compare(settings: LeverSettings, variants: CompareRequest[]): Outcome<CompareResult> {
    const runs: CompareResult['variants'] = [];
    for (const v of variants) {
      const run = v.scenario === undefined ? this.runVariant({ ...settings, ...v.variant }) : this.runScenario(v.scenario);
      if (!run.ok) return { ok: false, issues: run.issues.map((i) => ({ ...i, where: `${v.name}: ${i.where}` })) };
      runs.push({ name: v.name, result: run.value });
    }
    return { ok: true, value: compareResults(runs) };
  }

  private runVariant(settings: LeverSettings): Outcome<ScenarioResult> {
    try {
      return { ok: true, value: this.run(settings) };
    } catch (error) {
      return { ok: false, issues: [issueFromError('levers', error)] };
    }
  }

  private runScenario(input: unknown): Outcome<ScenarioResult> {
    const checked = this.core.validateScenario(input);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const scenario = checked.value;
    const key = baselineKey(scenario);
    try {
      let engine = key === this.key ? this.engine : this.others.get(key);
      if (!engine) {
        const data = this.core.scenarioData(scenario);
        if (!data.ok) return { ok: false, issues: data.issues };
        engine = this.core.simulate(scenario, data.value);
        if (this.others.size >= OTHER_ENGINES) this.others.delete(this.others.keys().next().value!);
        this.others.set(key, engine);
      }
      const { levers, distributions, leversFrom } = scenario;
      return { ok: true, value: engine.run({ levers, distributions, leversFrom }) };
    } catch (error) {
      return { ok: false, issues: [issueFromError('scenario', error)] };
    }
  }
}
