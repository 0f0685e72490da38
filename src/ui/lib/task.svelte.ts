// Async state for work the user starts (a goal seek, a sensitivity sweep, a comparison): one rune
// instead of a hand-built busy / error / result triple per question. Shaped like runed's
// `resource` (`current`, `loading`, `error`, `mutate`, `refetch`; the fetcher gets the source's
// value and an AbortSignal), but it never runs by itself: `refetch()` runs it. The source is what
// the result depends on: once it changes, the result is kept but marked `stale`.
// Call createTask while a component initialises (or inside $effect.root): leaving aborts the work.
import { untrack } from 'svelte';

/** How far a long task has come: `step` of `total`. */
export interface Progress {
  step: number;
  total: number;
}

export interface TaskContext {
  /** Aborted by cancel(), by a newer refetch() and when the owner is destroyed. */
  signal: AbortSignal;
  onProgress(progress: Progress): void;
}

export interface Task<T> {
  /** The last result (kept through a later failure or cancel), or undefined. */
  readonly current: T | undefined;
  readonly loading: boolean;
  /** Why the last run failed; null after a success, a cancel or a new run. */
  readonly error: unknown;
  /** The last run was cancelled (not a failure: shown as such, and `current` is kept). */
  readonly cancelled: boolean;
  /** The last progress report of the running task, or null. */
  readonly progress: Progress | null;
  /** The source changed since `current` was computed. */
  readonly stale: boolean;
  /** Runs the fetcher on the source's current value (aborting a run still going); never rejects. */
  refetch(): Promise<void>;
  /** Stops the running task: its promise is abandoned and `cancelled` set. */
  cancel(): void;
  /** Replaces the result (undefined forgets it, e.g. when the question itself changed). */
  mutate(value: T | undefined): void;
}

export function createTask<S, T>(source: () => S, fetcher: (value: S, context: TaskContext) => Promise<T>): Task<T> {
  let current = $state.raw<{ value: T; key: string } | undefined>(undefined);
  let loading = $state(false);
  let error = $state.raw<unknown>(null);
  let cancelled = $state(false);
  let progress = $state.raw<Progress | null>(null);
  let running: AbortController | null = null;
  /** The source as compared for staleness (JSON of the plain value it holds). */
  const key = () => JSON.stringify(source()) ?? '';
  const stale = $derived(current !== undefined && current.key !== key());

  /** Ends the running task's state; whatever it still answers is ignored. */
  function stop(): void {
    running = null;
    loading = false;
    progress = null;
  }

  $effect(() => () => running?.abort());

  return {
    get current() {
      return current?.value;
    },
    get loading() {
      return loading;
    },
    get error() {
      return error;
    },
    get cancelled() {
      return cancelled;
    },
    get progress() {
      return progress;
    },
    get stale() {
      return stale;
    },
    async refetch() {
      running?.abort();
      const controller = (running = new AbortController());
      // Read, not subscribed to, even when called from an effect.
      const [value, ranWith] = untrack(() => [source(), key()] as const);
      loading = true;
      error = null;
      cancelled = false;
      progress = null;
      const mine = () => running === controller;
      try {
        const onProgress = (p: Progress) => {
          if (mine()) progress = p;
        };
        const result = await fetcher(value, { signal: controller.signal, onProgress });
        if (mine()) current = { value: result, key: ranWith };
      } catch (failure) {
        if (mine()) error = failure;
      } finally {
        if (mine()) stop();
      }
    },
    cancel() {
      if (!running) return;
      running.abort();
      stop(); // at once: the abandoned promise may settle later, and is ignored then
      cancelled = true;
    },
    mutate(value) {
      current = value === undefined ? undefined : { value, key: untrack(key) };
    },
  };
}
