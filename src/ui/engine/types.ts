// What the main thread and the engine worker say to each other, and what the client reports.
// The protocol is EngineService itself: every type here is derived from it, so the two cannot drift.
import type {
  CheapestAnswer,
  CheapestQuery,
  CompareRequest,
  CompareResult,
  EngineService,
  GoalSeekAnswer,
  GoalSeekQuery,
  LeverSettings,
  OpenedScenario,
  Outcome,
  ProgressCallback,
  ScenarioResult,
  Tornado,
} from '../../engine/index.ts';
import type { EngineStringKey } from '../i18n/strings/engine.ts';

export type { CompareRequest, CompareResult, LeverSettings, OpenedScenario, Outcome, ProgressCallback };

type MaybeAsync<F> = F extends (...args: infer A) => infer R ? (...args: A) => R | Promise<Awaited<R>> : never;
type Async<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;

/** The worker's side: EngineService's methods; a stand-in (a test's fake) may answer with a promise. */
export type EngineApi = { [K in keyof EngineService]: MaybeAsync<EngineService[K]> };

/**
 * The worker as the main thread calls it: every method of EngineService, async. Comlink's own
 * Remote<T> distributes over union results and loses the shape of Outcome, so the client uses this.
 */
export type EngineRemote = { [K in keyof EngineService]: Async<EngineService[K]> };

/** A superseded run resolves as stale: the caller keeps what it shows and waits for the newer one. */
export type RunOutcome = { stale: false; result: ScenarioResult } | { stale: true };

export type EngineTask = 'open' | 'run' | 'seek' | 'sensitivity' | 'compare' | 'import';

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

/**
 * The client: the protocol's requests (arguments must be plain data: pass `$state.snapshot(x)`,
 * never a `$state` proxy), where runs coalesce and seek and sensitivity can be cancelled, plus the
 * worker's status. `open` is remembered, to re-open the scenario after a restart.
 */
export type EngineClient = Omit<EngineRemote, 'run' | 'runWithPreview' | 'seek' | 'seekCheapest' | 'sensitivity'> & {
  /** Latest intent wins: a run still waiting when a newer one arrives resolves `{ stale: true }`. */
  run(settings: LeverSettings, pathLimit?: number): Promise<RunOutcome>;
  /** A run whose preview on `previewPaths` paths reaches `onPreview` first; coalesces as `run` does. */
  runWithPreview(settings: LeverSettings, previewPaths: number, onPreview: (preview: ScenarioResult) => void): Promise<RunOutcome>;
  seek(settings: LeverSettings, query: GoalSeekQuery, options?: RequestOptions): Promise<GoalSeekAnswer>;
  seekCheapest(settings: LeverSettings, query: CheapestQuery, options?: RequestOptions): Promise<CheapestAnswer>;
  sensitivity(settings: LeverSettings, options?: RequestOptions): Promise<Tornado[]>;
  /** The current status. */
  readonly status: EngineStatus;
  /** Calls the listener now and on every change; returns the unsubscribe function. */
  subscribe(listener: (status: EngineStatus) => void): () => void;
  /** Terminates the worker; pending requests reject with engineErrorDisposed. */
  dispose(): void;
};

/** The requests alone, what the notebook store needs (the tests' in-process adapter provides the same). */
export type EngineRequests = Omit<EngineClient, 'status' | 'subscribe' | 'dispose'>;
