// The async-task rune (src/ui/lib/task.svelte.ts) on its own: busy, result, error, progress,
// staleness, cancel and teardown, with fetchers the test settles by hand.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { createTask, type Task, type TaskContext } from '../../src/ui/lib/task.svelte.ts';

/** A fetcher whose calls wait until the test settles them. */
function manual<T>() {
  const calls: Array<{ value: number; context: TaskContext; resolve(v: T): void; reject(e: unknown): void }> = [];
  const fetcher = (value: number, context: TaskContext) =>
    new Promise<T>((resolve, reject) => calls.push({ value, context, resolve, reject }));
  return { calls, fetcher };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function setup<T>() {
  const source = $state({ levers: 1 });
  const { calls, fetcher } = manual<T>();
  let task!: Task<T>;
  cleanup = $effect.root(() => {
    task = createTask(() => source.levers, fetcher);
  });
  flushSync(); // as after a component mounts: the teardown effect is in place
  return { source, calls, task };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createTask', () => {
  it('runs only when asked, shows busy, then the result for the source it ran with', async () => {
    const { calls, task } = setup<string>();
    expect([task.loading, task.current, task.error, task.stale]).toEqual([false, undefined, null, false]);
    expect(calls).toHaveLength(0);
    const done = task.refetch();
    expect(task.loading).toBe(true);
    expect(calls[0]!.value).toBe(1);
    calls[0]!.resolve('answer');
    await done;
    expect([task.loading, task.current, task.error, task.cancelled]).toEqual([false, 'answer', null, false]);
  });

  it('marks the result stale when the source changes, and fresh again after a rerun', async () => {
    const { source, calls, task } = setup<string>();
    void task.refetch();
    calls[0]!.resolve('first');
    await tick();
    source.levers = 2;
    flushSync();
    expect(task.stale).toBe(true);
    expect(task.current).toBe('first'); // kept, but marked
    void task.refetch();
    expect(calls[1]!.value).toBe(2);
    calls[1]!.resolve('second');
    await tick();
    expect([task.current, task.stale]).toEqual(['second', false]);
  });

  it('keeps the last result through a failure, and clears the error on the next run', async () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    calls[0]!.resolve('kept');
    await tick();
    void task.refetch();
    const failure = new Error('engine said no');
    calls[1]!.reject(failure);
    await tick();
    expect([task.loading, task.current, task.error]).toEqual([false, 'kept', failure]);
    void task.refetch();
    expect(task.error).toBeNull();
  });

  it('reports progress while running and forgets it afterwards', async () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    calls[0]!.context.onProgress({ step: 3, total: 12 });
    expect(task.progress).toEqual({ step: 3, total: 12 });
    calls[0]!.resolve('done');
    await tick();
    expect(task.progress).toBeNull();
  });

  it('cancel aborts the signal and stops at once: cancelled, not an error, the last result kept, a late answer ignored', async () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    calls[0]!.resolve('kept');
    await tick();
    void task.refetch();
    calls[1]!.context.onProgress({ step: 1, total: 4 });
    task.cancel();
    expect(calls[1]!.context.signal.aborted).toBe(true);
    expect([task.loading, task.cancelled, task.error, task.progress, task.current]).toEqual([false, true, null, null, 'kept']);
    calls[1]!.resolve('too late');
    calls[1]!.context.onProgress({ step: 2, total: 4 });
    await tick();
    expect([task.current, task.progress, task.cancelled]).toEqual(['kept', null, true]);
    void task.refetch();
    expect(task.cancelled).toBe(false);
  });

  it('a newer run supersedes one still going (its signal aborted, its answer ignored)', async () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    void task.refetch();
    expect(calls[0]!.context.signal.aborted).toBe(true);
    calls[1]!.resolve('newer');
    calls[0]!.resolve('older');
    await tick();
    expect([task.current, task.loading, task.cancelled]).toEqual(['newer', false, false]);
  });

  it('mutate replaces or forgets the result', async () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    calls[0]!.resolve('x');
    await tick();
    task.mutate(undefined);
    expect([task.current, task.stale]).toEqual([undefined, false]);
    task.mutate('y');
    expect([task.current, task.stale]).toEqual(['y', false]);
  });

  it('started from an effect, does not make that effect rerun when its source changes', () => {
    const source = $state({ levers: 1 });
    const { calls, fetcher } = manual<string>();
    cleanup = $effect.root(() => {
      const task = createTask(() => source.levers, fetcher);
      $effect(() => void task.refetch());
    });
    flushSync();
    source.levers = 2;
    flushSync();
    expect(calls.map((c) => c.value)).toEqual([1]);
  });

  it('aborts the running work when its owner is destroyed', () => {
    const { calls, task } = setup<string>();
    void task.refetch();
    cleanup!();
    cleanup = null;
    expect(calls[0]!.context.signal.aborted).toBe(true);
  });
});
