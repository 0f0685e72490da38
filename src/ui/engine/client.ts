// The main thread's handle on the engine worker. Requests run one at a time (the worker is single-
// threaded anyway, and a timeout then measures the request itself, not its wait in the queue).
// Runs coalesce: a slider fires many, and only the newest waiting one is sent. A warm-up step
// (work nobody waits for) gives way: one waiting when any other request comes is dropped. A hung
// or crashed worker is replaced, the last opened scenario re-opened and the request retried once.
//
// Time limits: the longest single request (a 100,000-path run, or one step of a seek or sensitivity
// sweep) takes under a second on a laptop, so 10 s leaves a tenfold margin for a slow machine while
// a hung worker is noticed soon enough for the user to still be waiting. Seek and sensitivity are
// limited per progress step (no progress for 10 s = hung), compare per variant.
//
// Cancelling (a request's AbortSignal): a waiting request just leaves the queue; the one running
// cannot be interrupted (the engine computes synchronously in the worker), so its worker is
// terminated and a new one started at once with the last scenario re-opened, as after a crash.
// The request rejects with EngineCancelled; the notebook keeps what it shows.
import * as Comlink from 'comlink';
import { connect, type Connection } from './connection.ts';
import { EngineCancelled, EngineError, WorkerFault, engineErrorOf } from './errors.ts';
import type { EngineClient, EngineRemote, EngineStatus, EngineTask, ProgressCallback, RequestOptions, RunOutcome } from './types.ts';

export interface EngineClientOptions {
  /** Tests inject a fake; the default is the bundled engine worker. */
  createWorker?: () => Worker;
  /** How long one request (one progress step, one compared variant) may take before the worker counts as hung. */
  timeoutMs?: number;
}

// Vite bundles the worker only from this literal form (new URL directly inside new Worker).
const defaultWorker = (): Worker => new Worker(new URL('../../../workers/engine.worker.ts', import.meta.url), { type: 'module' });

type Send<T> = (remote: EngineRemote, progress: () => ProgressCallback) => Promise<T>;

interface Job {
  task: EngineTask | undefined;
  send: Send<unknown>;
  /** Runs only: a newer run replaces this one while it waits. */
  coalesces: boolean;
  /** Work nobody waits for (the warm-up): any other request replaces it while it waits. */
  background?: boolean;
  /** How long it may go without an answer or progress before the worker counts as hung. */
  limitMs: number;
  options: RequestOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

const STALE: unique symbol = Symbol('stale');

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const createWorker = options.createWorker ?? defaultWorker;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const queue: Job[] = [];
  const listeners = new Set<(status: EngineStatus) => void>();
  let status: EngineStatus = { phase: 'starting' };
  let connection: Connection | null = null;
  let active: Job | null = null;
  let faults = 0;
  let disposed = false;
  /** A copy of the last scenario that opened: all a new worker needs to carry on. */
  let lastOpened: { scenario: unknown } | null = null;

  const setStatus = (next: EngineStatus) => {
    status = next;
    for (const listener of listeners) listener(status);
  };

  function schedule<T>(
    task: EngineTask | undefined,
    send: Send<T>,
    coalesces = false,
    limitMs = timeoutMs,
    options: RequestOptions = {},
    background = false,
  ): Promise<T | typeof STALE> {
    if (disposed) return Promise.reject(new EngineError('engineErrorDisposed'));
    if (options.signal?.aborted) return Promise.reject(new EngineCancelled());
    return new Promise((resolve, reject) => {
      for (const waiting of queue.filter((j) => (coalesces && j.coalesces) || (!background && j.background))) {
        queue.splice(queue.indexOf(waiting), 1);
        waiting.resolve(STALE);
      }
      const job: Job = { task, send, coalesces, background, limitMs, options, resolve: resolve as (value: unknown) => void, reject };
      queue.push(job);
      options.signal?.addEventListener('abort', () => cancel(job), { once: true });
      void pump();
    });
  }

  /** Requests other than runs never coalesce, so they never come back stale. */
  async function request<T>(task: EngineTask | undefined, send: Send<T>, limitMs = timeoutMs, options?: RequestOptions): Promise<T> {
    return (await schedule(task, send, false, limitMs, options)) as T;
  }

  /** A waiting job leaves the queue; the running one loses its worker (perform then rejects it). */
  function cancel(job: Job): void {
    const waiting = queue.indexOf(job);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      job.reject(new EngineCancelled());
    } else if (active === job && connection) {
      connection.close();
      connection = null;
      queue.unshift(warmUp()); // the replacement starts now, not when the user next asks
    }
  }

  /** A job that only gets a worker ready (with the last scenario re-opened). */
  const warmUp = (): Job => ({
    task: undefined,
    send: async () => undefined,
    coalesces: false,
    limitMs: timeoutMs,
    options: {},
    resolve: () => {},
    reject: () => {}, // a failure shows in the status; the next request retries anyway
  });

  async function pump(): Promise<void> {
    if (active || disposed) return;
    const job = queue.shift();
    if (!job) return;
    active = job;
    try {
      job.resolve(await perform(job));
    } catch (error) {
      job.reject(error);
    } finally {
      active = null;
    }
    if (queue.length === 0 && status.phase !== 'failed' && !disposed) setStatus({ phase: 'ready' });
    void pump();
  }

  async function perform(job: Job): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        const fresh = connection === null;
        // With a live worker the request goes out now, inside the input event that made it, not
        // after the page's own updates of that event (a microtask later they would go first).
        const conn = connection ?? (await connected(job));
        // A new worker stays 'starting' or 'restarting' until this request answers: one recovery, no flicker.
        setStatus({ phase: fresh || attempt > 1 ? freshPhase() : 'busy', ...(job.task && { task: job.task }) });
        return await conn.call((remote, alive) => {
          const onProgress = (done: number, total: number) => {
            alive(); // a step done: the worker is working, not hung
            if (active !== job || total <= 0) return;
            setStatus({ ...status, progress: Math.min(1, Math.max(0, done / total)) });
            job.options.onProgress?.({ step: Math.min(done, total), total });
          };
          return job.send(remote, () => Comlink.proxy(onProgress));
        }, job.limitMs);
      } catch (error) {
        if (disposed) throw new EngineError('engineErrorDisposed', undefined, { cause: error });
        if (job.options.signal?.aborted) throw new EngineCancelled({ cause: error });
        if (!(error instanceof WorkerFault)) throw engineErrorOf(error);
        connection?.close();
        connection = null;
        faults++;
        const key = error.kind === 'timeout' ? 'engineErrorTimeout' : 'engineErrorCrashed';
        if (attempt >= 2) {
          setStatus({ phase: 'failed', message: key });
          throw new EngineError(key, undefined, { cause: error });
        }
        setStatus({ phase: 'restarting', ...(job.task && { task: job.task }) });
      }
    }
  }

  /** The live connection, or a new worker with the last scenario re-opened (unless the job opens one). */
  async function connected(job: Job): Promise<Connection> {
    if (connection) return connection;
    const conn = (connection = connect(createWorker));
    if (lastOpened && job.task !== 'open') {
      const { scenario } = lastOpened;
      setStatus({ phase: freshPhase(), task: 'open' });
      await conn.call((remote) => remote.open(scenario), timeoutMs);
    }
    return conn;
  }

  /** The first worker is starting; any later one replaces a worker that failed. */
  const freshPhase = (): EngineStatus['phase'] => (faults > 0 ? 'restarting' : 'starting');

  return {
    parse: (text, fileName) => request(undefined, (remote) => remote.parse(text, fileName)),
    open: (scenario) => {
      let copy: unknown;
      try {
        copy = structuredClone(scenario); // kept for re-opening; also catches $state proxies early
      } catch (error) {
        return Promise.reject(engineErrorOf(error));
      }
      return request('open', async (remote) => {
        const outcome = await remote.open(copy);
        if (outcome.ok) lastOpened = { scenario: copy };
        return outcome;
      });
    },
    run: async (settings, pathLimit): Promise<RunOutcome> => {
      const result = await schedule('run', (remote) => remote.run(settings, pathLimit), true);
      return result === STALE ? { stale: true } : { stale: false, result };
    },
    runWithPreview: async (settings, previewPaths, onPreview): Promise<RunOutcome> => {
      const result = await schedule('run', (remote) => remote.runWithPreview(settings, previewPaths, Comlink.proxy(onPreview)), true);
      return result === STALE ? { stale: true } : { stale: false, result };
    },
    // A warm-up step waiting when another request comes is dropped (false: the warm-up stops there).
    warmUp: async (settings, previewPaths, index, shown) =>
      (await schedule(undefined, (remote) => remote.warmUp(settings, previewPaths, index, shown), false, timeoutMs, {}, true)) === true,
    seek: (settings, query, options) => request('seek', (remote, progress) => remote.seek(settings, query, progress()), timeoutMs, options),
    seekCheapest: (settings, query, options) =>
      request('seek', (remote, progress) => remote.seekCheapest(settings, query, progress()), timeoutMs, options),
    sensitivity: (settings, options) =>
      request('sensitivity', (remote, progress) => remote.sensitivity(settings, progress()), timeoutMs, options),
    newScenario: (cells) => request(undefined, (remote) => remote.newScenario(cells)),
    // Reading a large workbook takes longer than an answer (WORKBOOK_LIMITS bound it).
    previewImport: (file, scenario, now) => request('import', (remote) => remote.previewImport(file, scenario, now), timeoutMs * 3),
    revisePreview: (chosen) => request('import', (remote) => remote.revisePreview(chosen)),
    applyImport: (scenario, choices) => request('import', (remote) => remote.applyImport(scenario, choices)),
    compare: (settings, variants) =>
      request('compare', (remote) => remote.compare(settings, variants), timeoutMs * Math.max(1, variants.length)),
    get status() {
      return status;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const job of queue.splice(0)) job.reject(new EngineError('engineErrorDisposed'));
      connection?.close();
      connection = null;
      listeners.clear();
    },
  };
}
