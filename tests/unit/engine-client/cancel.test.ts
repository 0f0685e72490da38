import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import { EngineCancelled } from '../../../src/ui/engine/errors.ts';
import type { LeverSettings, ProgressCallback } from '../../../src/ui/engine/types.ts';
import { fakeWorkers, hang, sleep, type Behaviour } from './fake-worker.ts';

const SCENARIO = { title: 'Hà Nội 2025' };
const settings: LeverSettings = { levers: {}, distributions: {}, leversFrom: '2025-10-01' };
const query = { targetId: 't', lever: 'cityTopupOther', probability: 0.9 } as const;

/** Seeks and sweeps report 3 of 12 steps, then compute "forever" (no more progress); runs answer at once. */
const slowQuestions: Behaviour = async (call) => {
  if (call.method === 'open') return { ok: true, value: { scenario: call.args[0] } };
  if (call.method === 'run') return { worker: call.worker };
  const onProgress = call.args.at(-1) as ProgressCallback;
  for (let done = 1; done <= 3; done++) void onProgress(done, 12);
  return hang();
};

function setup() {
  const fake = fakeWorkers(slowQuestions);
  const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 10_000 });
  return { fake, client };
}

describe('cancelling a request', () => {
  it('reports progress as steps, then terminates the busy worker, rejects as cancelled and restarts with the scenario', async () => {
    const { fake, client } = setup();
    await client.open(SCENARIO);
    const steps: string[] = [];
    const controller = new AbortController();
    const seeking = client.seek(settings, query, {
      signal: controller.signal,
      onProgress: ({ step, total }) => steps.push(`${step}/${total}`),
    });
    await expect.poll(() => steps).toEqual(['1/12', '2/12', '3/12']);
    expect(client.status).toMatchObject({ phase: 'busy', task: 'seek', progress: 0.25 });

    const started = Date.now();
    controller.abort();
    const failure = await seeking.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineCancelled);
    expect(Date.now() - started).toBeLessThan(1000); // not the 10 s limit
    expect(fake.workers[0]!.terminated).toBe(true);

    // A replacement starts at once and re-opens the scenario, before anything else is asked.
    await expect.poll(() => client.status.phase).toBe('ready');
    expect(fake.calls.map((c) => `${c.worker}:${c.method}`)).toEqual(['0:open', '0:seek', '1:open']);
    expect(fake.callsOf('open')[1]!.args[0]).toEqual(SCENARIO);
    expect(await client.run(settings)).toEqual({ stale: false, result: { worker: 1 } });
    expect(fake.workers).toHaveLength(2);
    client.dispose();
  });

  it('a request still waiting leaves the queue without touching the worker', async () => {
    const { fake, client } = setup();
    await client.open(SCENARIO);
    const first = new AbortController();
    const second = new AbortController();
    const sweeping = client.sensitivity(settings, { signal: first.signal });
    const waiting = client.seek(settings, query, { signal: second.signal });
    await sleep(20);
    second.abort();
    await expect(waiting).rejects.toBeInstanceOf(EngineCancelled);
    expect(fake.workers.map((w) => w.terminated)).toEqual([false]);
    expect(fake.callsOf('seek')).toEqual([]);

    first.abort();
    await expect(sweeping).rejects.toBeInstanceOf(EngineCancelled);
    expect(fake.workers[0]!.terminated).toBe(true);
    client.dispose();
  });

  it('an already aborted signal is refused before anything is sent', async () => {
    const { fake, client } = setup();
    await expect(client.sensitivity(settings, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(EngineCancelled);
    expect(fake.calls).toEqual([]);
    client.dispose();
  });

  it('a cancel is not a fault: a later crash is still retried once', async () => {
    const { fake, client } = setup();
    await client.open(SCENARIO);
    const controller = new AbortController();
    const seeking = client.seek(settings, query, { signal: controller.signal });
    await sleep(20);
    controller.abort();
    await expect(seeking).rejects.toBeInstanceOf(EngineCancelled);
    await expect.poll(() => client.status.phase).toBe('ready');
    fake.workers[1]!.crash();
    expect(await client.run(settings)).toEqual({ stale: false, result: { worker: 2 } });
    client.dispose();
  });
});
