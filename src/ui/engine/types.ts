// What the main thread and the engine worker say to each other, and what the client reports.
import type { CompareResult } from '../../engine/scenario/compare.ts';
import type { GoalSeekAnswer, GoalSeekQuery } from '../../engine/scenario/goal-seek.ts';
import type { ScenarioResult } from '../../engine/scenario/run.ts';
import type { ProgressCallback, Tornado } from '../../engine/scenario/sensitivity.ts';
import type { CompareRequest, LeverSettings, OpenedScenario, Outcome } from '../../engine/service.ts';
import type { Observation } from '../../engine/io/observation-schema.ts';
import type { Scenario } from '../../engine/io/scenario-schema.ts';
import type { EngineStringKey } from '../i18n/strings/engine.ts';

export type { CompareRequest, CompareResult, LeverSettings, OpenedScenario, Outcome, ProgressCallback };

/**
 * The worker's surface: EngineService's methods, where seek and sensitivity also take a progress
 * callback (a Comlink.proxy). Results may be values or promises (fakes in tests answer async).
 */
export interface EngineApi {
  parse(text: string, fileName?: string): Outcome<Scenario> | Promise<Outcome<Scenario>>;
  open(scenario: unknown): Outcome<OpenedScenario> | Promise<Outcome<OpenedScenario>>;
  run(settings: LeverSettings, pathLimit?: number): ScenarioResult | Promise<ScenarioResult>;
  seek(settings: LeverSettings, query: GoalSeekQuery, onProgress?: ProgressCallback): GoalSeekAnswer | Promise<GoalSeekAnswer>;
  sensitivity(settings: LeverSettings, onProgress?: ProgressCallback): Tornado[] | Promise<Tornado[]>;
  history(metric: string): Observation[] | Promise<Observation[]>;
  compare(settings: LeverSettings, variants: CompareRequest[]): Outcome<CompareResult> | Promise<Outcome<CompareResult>>;
}

/**
 * The worker as the main thread calls it: every method async. Comlink's own Remote<T> distributes
 * over union results and loses the shape of Outcome, so the client uses this instead.
 */
export type EngineRemote = {
  [K in keyof EngineApi]: (...args: Parameters<EngineApi[K]>) => Promise<Awaited<ReturnType<EngineApi[K]>>>;
};

/** A superseded run resolves as stale: the caller keeps what it shows and waits for the newer one. */
export type RunOutcome = { stale: false; result: ScenarioResult } | { stale: true };

export type EngineTask = 'open' | 'run' | 'seek' | 'sensitivity' | 'compare';

export interface EngineStatus {
  /** starting: a first worker has not answered yet; restarting: a replacement after a fault. */
  phase: 'starting' | 'ready' | 'busy' | 'restarting' | 'failed';
  task?: EngineTask;
  /** 0..1, for seek and sensitivity. */
  progress?: number;
  /** Why the engine failed (phase 'failed'). */
  message?: EngineStringKey;
}

/** Per request: aborting `signal` cancels it (EngineCancelled); `onProgress` hears each step of a seek or sensitivity. */
export interface RequestOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { step: number; total: number }) => void;
}

export interface EngineClient {
  /** Arguments must be plain data: pass `$state.snapshot(x)`, never a `$state` proxy. */
  parse(text: string, fileName?: string): Promise<Outcome<Scenario>>;
  /** Opens a scenario; the client remembers the last one that opened, to re-open it after a restart. */
  open(scenario: unknown): Promise<Outcome<OpenedScenario>>;
  /** Latest intent wins: a run still waiting when a newer one arrives resolves `{ stale: true }`. */
  run(settings: LeverSettings, pathLimit?: number): Promise<RunOutcome>;
  seek(settings: LeverSettings, query: GoalSeekQuery, options?: RequestOptions): Promise<GoalSeekAnswer>;
  sensitivity(settings: LeverSettings, options?: RequestOptions): Promise<Tornado[]>;
  history(metric: string): Promise<Observation[]>;
  /** Runs the variants (lever variants of the open scenario, or whole other scenarios) and compares them to the first. */
  compare(settings: LeverSettings, variants: CompareRequest[]): Promise<Outcome<CompareResult>>;
  /** The current status. */
  readonly status: EngineStatus;
  /** Calls the listener now and on every change; returns the unsubscribe function. */
  subscribe(listener: (status: EngineStatus) => void): () => void;
  /** Terminates the worker; pending requests reject with engineErrorDisposed. */
  dispose(): void;
}
