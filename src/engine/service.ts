// The engine as a service with state: the open scenario's engine (and its cached baseline) and
// the requests a notebook makes of it. DOM-free; workers/engine.worker.ts exposes it with comlink,
// and tests call it directly. Every answer is plain data (structured-cloneable). This class is the
// worker protocol: the client, the notebook store and the tests' adapter all take its type.
//
// Outside input (a file, a stored notebook, the main thread's edits) is checked against the zod
// schemas (engine-checks.ts). The worker loads those on first use, so opening the shipped notebook
// or a new one does not wait for them: the service opens a scenario it produced itself (created,
// read from a shipped file, or checked earlier) without checking it again.
import type { ScenarioChecks } from './engine-checks.ts';
import type { EngineCore } from './engine-core.ts';
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
import { leversToWarm } from './scenario/warm-up-levers.ts';
import type { LeverSettings, ScenarioEngine, ScenarioResult, TargetOutcome } from './scenario/run.ts';
import { sensitivity, type ProgressCallback, type Tornado } from './scenario/sensitivity.ts';
import type { ImportChoices, ImportPreview, PlanInput } from './io/import/plan.ts';
import { SCENARIO_LIMITS, SCENARIO_VERSION } from './io/scenario-limits.ts';

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

/** The checks loaded on first use (the worker: loadScenarioChecks in load-checks.ts). */
export type LoadChecks = () => Promise<ScenarioChecks>;

/**
 * What a request that may need the checks answers: the value itself when the checks came with the
 * engine (the CLI, the tests), else the value or, the first time they are needed, a promise of it.
 */
export type Checked<C, T> = C extends LoadChecks ? T | Promise<T> : T;

export interface ServiceOptions {
  /**
   * Scenario files that ship with the app (the notebook it opens on), by their exact text. Read
   * without the checks: they are the app's own, and tests hold that the checks give them unchanged.
   */
  shipped?: readonly string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scenario's text, to know it again: JSON.stringify, or null for a value that has none. */
function fingerprint(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null; // cyclic or a BigInt: not a scenario this service produced
  }
}

/** What the engine must rebuild its baseline for: the data and the simulation settings. */
function baselineKey(s: Scenario): string {
  return JSON.stringify([s.data, s.horizon, s.monteCarlo]);
}

/**
 * `C`: the checks of outside input, given with the engine (`new EngineService(engine, engine)`) or
 * loaded on first use (the worker: `new EngineService(core, () => loadScenarioChecks(...))`).
 */
export class EngineService<C extends ScenarioChecks | LoadChecks = ScenarioChecks> {
  private engine: ScenarioEngine | null = null;
  private key = '';
  private readonly others = new Map<string, ScenarioEngine>();
  /** The last import previewed (with the planner it loaded), until it is applied or another is previewed. */
  private pendingImport: { input: PlanInput; plan: typeof import('./io/import/plan.ts') } | null = null;
  private checks: ScenarioChecks | null;
  private loadingChecks: Promise<ScenarioChecks> | null = null;
  /** The fingerprint of the last scenario this service produced: opened again without a check. */
  private produced: string | null = null;
  private readonly shipped: ReadonlySet<string>;

  constructor(
    private readonly core: EngineCore,
    private readonly checksOrLoad: C,
    options: ServiceOptions = {},
  ) {
    this.checks = typeof checksOrLoad === 'function' ? null : checksOrLoad;
    this.shipped = new Set(options.shipped);
  }

  /** `use` with the checks: at once when they are here, else once they have loaded. */
  private withChecks<T>(use: (checks: ScenarioChecks) => T): Checked<C, T> {
    if (this.checks) return use(this.checks) as Checked<C, T>;
    return this.loadChecks().then(use) as Checked<C, T>;
  }

  private loadChecks(): Promise<ScenarioChecks> {
    if (this.checks) return Promise.resolve(this.checks);
    this.loadingChecks ??= (this.checksOrLoad as LoadChecks)().then(
      (checks) => (this.checks = checks),
      (error: unknown) => {
        this.loadingChecks = null; // the next request tries again
        throw error;
      },
    );
    return this.loadingChecks;
  }

  /** A scenario this service hands out; opening it again needs no check. */
  private produce(scenario: Scenario): Scenario {
    this.produced = fingerprint(scenario);
    return scenario;
  }

  /**
   * The scenario this service produced last, if `input` is it, possibly at another number of paths
   * within the file format's bounds (the store's quick first answers): a fresh copy, whatever the
   * caller did to the one it got. Anything else is not this service's own.
   */
  private ownScenario(input: unknown): Scenario | null {
    if (this.produced === null || !isRecord(input) || !isRecord(input.monteCarlo)) return null;
    const { paths } = input.monteCarlo;
    if (typeof paths !== 'number' || !Number.isInteger(paths) || paths < SCENARIO_LIMITS.minPaths || paths > SCENARIO_LIMITS.maxPaths)
      return null;
    const own = JSON.parse(this.produced) as Scenario;
    const atOwnPaths = { ...input, monteCarlo: { ...input.monteCarlo, paths: own.monteCarlo.paths } };
    return fingerprint(atOwnPaths) === this.produced ? { ...own, monteCarlo: { ...own.monteCarlo, paths } } : null;
  }

  /** Parses and validates a file's text without opening it (the open notebook is untouched). */
  parse(text: string, fileName?: string): Checked<C, Outcome<Scenario>> {
    const shipped = this.shipped.has(text) ? (JSON.parse(text) as Scenario) : null;
    // A shipped file of an older version is migrated by the checks, like any other.
    if (shipped?.version === SCENARIO_VERSION) return { ok: true, value: this.produce(shipped) } as Checked<C, Outcome<Scenario>>;
    return this.withChecks((checks): Outcome<Scenario> => {
      const parsed = checks.parseScenario(text, fileName);
      return parsed.ok ? { ok: true, value: this.produce(parsed.value) } : { ok: false, issues: parsed.issues };
    });
  }

  /** A new scenario on the embedded data with these cells, every lever at its default. */
  newScenario(cells: Scenario['cells']): Scenario {
    return this.produce(this.core.newScenario({ cells }));
  }

  /**
   * Opens a scenario; rebuilds the baseline only when needed. Checked again (it may come from
   * storage or carry the main thread's edits) unless it is the one this service just produced.
   */
  open(input: unknown): Checked<C, Outcome<OpenedScenario>> {
    const own = this.ownScenario(input);
    const unedited = own && this.core.uneditedData(own);
    if (own && unedited) return this.openChecked(own, unedited) as Checked<C, Outcome<OpenedScenario>>;
    return this.withChecks((checks): Outcome<OpenedScenario> => {
      const checked = own ? { ok: true as const, value: own } : checks.validateScenario(input);
      if (!checked.ok) return { ok: false, issues: checked.issues };
      const data = checks.scenarioData(checked.value);
      if (!data.ok) return { ok: false, issues: data.issues };
      return this.openChecked(checked.value, data.value);
    });
  }

  private openChecked(scenario: Scenario, dataset: Dataset): Outcome<OpenedScenario> {
    const metrics = this.core.metricsOf(scenario);
    const key = baselineKey(scenario);
    try {
      if (!this.engine || key !== this.key) {
        this.engine = this.core.simulate(scenario, dataset);
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
        dataset,
        region: this.engine.region,
        regionNames: this.core.context.embedded.regionNames,
        about: this.core.context.embedded.about,
        metrics,
        findings: this.core.consistency(dataset, metrics),
        targets: [...this.engine.targetList],
        outcomes: this.engine.outcomes,
        leversUnsupported: this.engine.leversUnsupported,
        levers: [...this.core.levers.list],
        leverReach: leverReach(this.core.levers.list),
        calendar: this.core.levers.calendar.map((entry) => ({ entry, effect: entryEffect(entry, this.engine!.span(scenario.leversFrom)) })),
        dates: this.engine.baseline.grid.dates,
      },
    };
  }

  /**
   * Reads a workbook or CSV file and says what importing it into `scenario` would do; nothing
   * changes. The readers and the planner (and their libraries) load on the first import, not with
   * the worker.
   */
  async previewImport(file: ImportFile, scenario: Scenario, now = new Date()): Promise<Outcome<ImportPreview>> {
    const [checks, { readImportFile }, plan] = await Promise.all([
      this.loadChecks(),
      import('./io/import/read-file.ts'),
      import('./io/import/plan.ts'),
    ]);
    const data = checks.scenarioData(scenario);
    if (!data.ok) return { ok: false, issues: data.issues };
    const metrics = this.core.metricsOf(scenario);
    const reading = readImportFile(file, metrics);
    if (!reading.ok) return reading;
    const region = this.core.regionOf(scenario, data.value);
    const input: PlanInput = { reading: reading.value, dataset: data.value, metrics, region, at: now.toISOString() };
    this.pendingImport = { input, plan };
    return { ok: true, value: plan.previewImport(input) };
  }

  /** The pending import's preview again, with another mode or region (the file is not read again). */
  revisePreview(chosen: Pick<ImportChoices, 'mode' | 'region'>): Outcome<ImportPreview> {
    if (!this.pendingImport) return { ok: false, issues: [issueFromError('import', new MessageError(msg('noImportPending')))] };
    const { input, plan } = this.pendingImport;
    return { ok: true, value: plan.previewImport(input, chosen) };
  }

  /** The scenario with the previewed import applied as the user chose, checked as a file would be. */
  applyImport(scenario: Scenario, choices: ImportChoices): Checked<C, Outcome<Scenario>> {
    const pending = this.pendingImport;
    if (!pending) {
      return { ok: false, issues: [issueFromError('import', new MessageError(msg('noImportPending')))] } as Checked<C, Outcome<Scenario>>;
    }
    return this.withChecks((checks): Outcome<Scenario> => {
      const checked = checks.validateScenario(pending.plan.applyImport(scenario, pending.input, choices).scenario);
      if (!checked.ok) return { ok: false, issues: checked.issues };
      this.pendingImport = null;
      return { ok: true, value: this.produce(checked.value) };
    });
  }

  private require(): ScenarioEngine {
    if (!this.engine) throw new MessageError(msg('noScenarioOpen'));
    return this.engine;
  }

  /** `pathLimit`: a quick preview on the first paths (see ScenarioEngine.run). */
  run(settings: LeverSettings, pathLimit?: number): ScenarioResult {
    return this.require().run(settings, pathLimit);
  }

  /**
   * Runs a lever move the user has not made, its answers dropped, so the first moves the user makes
   * are as quick as the later ones: a just-started engine runs a move's code cold (the JavaScript
   * compiler has not optimised it yet) and its first moves took two to five times longer in the
   * browser, where the compiler's work also took the cores from them. The levers of
   * `leversToWarm` (`shown`: the ones the notebook shows) are moved in turn, as a move is made:
   * call `2i` moves the `i`-th on the preview's paths, call `2i + 1` on all of them, one request
   * each, so a real move waits for at most one. The two calls after the last lever run `settings`
   * themselves on those paths again, so what runs keep for the next (reuse.ts) is the open
   * notebook's, and the last returns false. Answers are unchanged by it: what a run keeps never
   * changes its numbers.
   */
  warmUp(settings: LeverSettings, previewPaths: number, index: number, shown: readonly string[] = []): boolean {
    const engine = this.require();
    const lever = leversToWarm(engine.levers.list, shown)[index >> 1];
    const current = lever && (settings.levers[lever.id] ?? lever.default);
    const warm = lever
      ? { ...settings, levers: { ...settings.levers, [lever.id]: current === lever.max ? lever.min : lever.max } }
      : settings;
    const allPaths = index % 2 === 1;
    engine.run(warm, allPaths ? undefined : previewPaths);
    return lever !== undefined || !allPaths;
  }

  /**
   * A run on the first `previewPaths` paths, handed to `onPreview` as soon as it is done, then the
   * full run as the answer: one request, so the worker goes on with the full run while the page
   * shows the preview (no round trip between them).
   */
  runWithPreview(settings: LeverSettings, previewPaths: number, onPreview: (preview: ScenarioResult) => unknown): ScenarioResult {
    const engine = this.require();
    void onPreview(engine.run(settings, previewPaths));
    return engine.run(settings);
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
   * cached by baseline key. Other scenarios are outside input, checked first; lever sets need no check.
   */
  compare(settings: LeverSettings, variants: CompareRequest[]): Checked<C, Outcome<CompareResult>> {
    if (variants.some((v) => v.scenario !== undefined)) return this.withChecks((checks) => this.compareWith(checks, settings, variants));
    return this.compareWith(null, settings, variants) as Checked<C, Outcome<CompareResult>>;
  }

  /** `checks`: null only when every variant is a lever set. */
  private compareWith(checks: ScenarioChecks | null, settings: LeverSettings, variants: CompareRequest[]): Outcome<CompareResult> {
    const runs: CompareResult['variants'] = [];
    for (const v of variants) {
      const run =
        checks && v.scenario !== undefined ? this.runScenario(v.scenario, checks) : this.runVariant({ ...settings, ...v.variant });
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

  private runScenario(input: unknown, checks: ScenarioChecks): Outcome<ScenarioResult> {
    const checked = checks.validateScenario(input);
    if (!checked.ok) return { ok: false, issues: checked.issues };
    const scenario = checked.value;
    const key = baselineKey(scenario);
    try {
      let engine = key === this.key ? this.engine : this.others.get(key);
      if (!engine) {
        const data = checks.scenarioData(scenario);
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
