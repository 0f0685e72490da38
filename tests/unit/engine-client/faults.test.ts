import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import { EngineError } from '../../../src/ui/engine/errors.ts';
import type { EngineStatus, LeverSettings, ProgressCallback } from '../../../src/ui/engine/types.ts';
import { fakeWorkers, hang, sleep, type Behaviour, type Call } from './fake-worker.ts';

const SCENARIO = { title: 'Hà Nội 2025', monteCarlo: { paths: 500, seed: 1 } };
const settings: LeverSettings = { levers: { x: 7 }, distributions: {}, leversFrom: '2025-10-01' };

/** Answers at once (runs echo their lever) unless `bad` says this call hangs or crashes its worker. */
const engine =
  (bad: (call: Call) => 'hang' | 'crash' | undefined): Behaviour =>
  (call, worker) => {
    const fault = bad(call);
    if (fault === 'crash') {
      setTimeout(() => worker.crash(), 10); // dies mid-run: the answer never comes
      return hang();
    }
    if (fault === 'hang') return hang();
    if (call.method === 'open') return { ok: true, value: { scenario: call.args[0] } };
    if (call.method === 'run') return { levers: (call.args[0] as LeverSettings).levers };
    if (call.method === 'parse') return [call.worker];
    throw new Error('no scenario is open');
  };

function setup(bad: (call: Call) => 'hang' | 'crash' | undefined, timeoutMs = 200) {
  const fake = fakeWorkers(engine(bad));
  const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs });
  const phases: EngineStatus[] = [];
  client.subscribe((s) => phases.push(s));
  return { fake, client, phases };
}

describe('a hung or crashed worker', () => {
  it('times out, is replaced, gets the scenario re-opened and the request retried', async () => {
    const { fake, client, phases } = setup((c) => (c.worker === 0 && c.method === 'run' ? 'hang' : undefined));
    await client.open(SCENARIO);
    const started = Date.now();
    const outcome = await client.run(settings);

    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(outcome).toEqual({ stale: false, result: { levers: { x: 7 } } });
    expect(fake.workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(fake.calls.map((c) => `${c.worker}:${c.method}`)).toEqual(['0:open', '0:run', '1:open', '1:run']);
    expect(fake.callsOf('open')[1]!.args[0]).toEqual(SCENARIO);
    expect(phases.map((s) => s.phase)).toContain('restarting');
    expect(client.status).toEqual({ phase: 'ready' });
    client.dispose();
  });

  it('that crashes mid-run is restarted at once and the pending request retried', async () => {
    const { fake, client } = setup((c) => (c.worker === 0 && c.method === 'run' ? 'crash' : undefined), 10_000);
    await client.open(SCENARIO);
    const started = Date.now();
    expect(await client.run(settings)).toEqual({ stale: false, result: { levers: { x: 7 } } });
    expect(Date.now() - started).toBeLessThan(1000); // the error event, not the 10 s timeout
    expect(fake.workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(fake.calls.map((c) => `${c.worker}:${c.method}`)).toEqual(['0:open', '0:run', '1:open', '1:run']);
    client.dispose();
  });

  it('rejects with an EngineError when the retry fails too, and recovers on the next request', async () => {
    const { fake, client } = setup((c) => (c.method === 'run' ? 'hang' : undefined));
    await client.open(SCENARIO);
    const failure = await client.run(settings).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).key).toBe('engineErrorTimeout');
    expect(client.status).toEqual({ phase: 'failed', message: 'engineErrorTimeout' });
    expect(fake.workers).toHaveLength(2);

    // The notebook's scenario is not lost: a new worker re-opens it for the next request.
    expect(await client.parse('hi.coverage')).toEqual([2]);
    expect(fake.callsOf('open').map((c) => c.args[0])).toEqual([SCENARIO, SCENARIO, SCENARIO]);
    expect(client.status.phase).toBe('ready');
    client.dispose();
  });

  it('reports a second crash as engineErrorCrashed', async () => {
    const { client } = setup((c) => (c.method === 'run' ? 'crash' : undefined), 10_000);
    await client.open(SCENARIO);
    await expect(client.run(settings)).rejects.toMatchObject({ name: 'EngineError', key: 'engineErrorCrashed' });
    client.dispose();
  });

  it('counts a hang while re-opening as the retry failing', async () => {
    const { fake, client } = setup((c) =>
      c.worker === 0 && c.method === 'run' ? 'crash' : c.worker === 1 && c.method === 'open' ? 'hang' : undefined,
    );
    await client.open(SCENARIO);
    await expect(client.run(settings)).rejects.toMatchObject({ key: 'engineErrorTimeout' });
    expect(fake.calls.map((c) => `${c.worker}:${c.method}`)).toEqual(['0:open', '0:run', '1:open']);
    client.dispose();
  });
});

describe('errors that are not faults', () => {
  it('an error the engine raises rejects at once, with its message, and keeps the worker', async () => {
    const { fake, client } = setup(() => undefined);
    const error = await client.sensitivity(settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ key: 'engineErrorEngine', detail: 'no scenario is open' });
    expect(fake.workers).toHaveLength(1);
    expect(client.status).toEqual({ phase: 'ready' });
    client.dispose();
  });

  it('data that cannot be cloned (a $state proxy) is refused with engineErrorNotPlain', async () => {
    const { fake, client } = setup(() => undefined);
    const proxied = new Proxy({ ...SCENARIO }, {});
    await expect(client.open(proxied)).rejects.toMatchObject({ key: 'engineErrorNotPlain' });
    await expect(client.run(new Proxy(settings, {}))).rejects.toMatchObject({ key: 'engineErrorNotPlain' });
    expect(fake.workers).toHaveLength(1);
    expect(fake.calls).toEqual([]);
    client.dispose();
  });

  it('dispose terminates the worker and rejects what is pending', async () => {
    const { fake, client } = setup((c) => (c.method === 'run' ? 'hang' : undefined), 10_000);
    const inFlight = client.run(settings);
    const waiting = client.parse('hi.coverage');
    await new Promise((r) => setTimeout(r, 20));
    client.dispose();
    await expect(inFlight).rejects.toMatchObject({ key: 'engineErrorDisposed' });
    await expect(waiting).rejects.toMatchObject({ key: 'engineErrorDisposed' });
    await expect(client.parse('x')).rejects.toMatchObject({ key: 'engineErrorDisposed' });
    expect(fake.workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('time limits', () => {
  /** Sensitivity reporting `steps` progress steps `gapMs` apart, then answering (or stalling). */
  const sweep =
    (steps: number, gapMs: number, stall = false): Behaviour =>
    async (call) => {
      if (call.method === 'open') return { ok: true, value: {} };
      if (call.method === 'compare') return sleep(gapMs).then(() => ({ ok: true, value: { variants: [] } }));
      const onProgress = call.args.at(-1) as ProgressCallback;
      for (let done = 1; done <= steps; done++) {
        await sleep(gapMs);
        void onProgress(done, steps);
      }
      return stall ? hang() : [];
    };

  it('a long sweep that keeps reporting progress may outlast the limit many times over', async () => {
    const fake = fakeWorkers(sweep(6, 100));
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 250 });
    const started = Date.now();
    expect(await client.sensitivity(settings)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(fake.workers).toHaveLength(1);
    client.dispose();
  });

  it('a sweep whose progress stops counts as hung one limit after its last step', async () => {
    const fake = fakeWorkers(sweep(3, 50, true));
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 250 });
    const failure = client.sensitivity(settings).catch((e: unknown) => e);
    await sleep(300); // three steps (150 ms), then 150 ms of silence: within the limit
    expect(fake.workers).toHaveLength(1);
    expect(await failure).toMatchObject({ key: 'engineErrorTimeout' });
    expect(fake.workers).toHaveLength(2); // replaced once, and the retry stalled too
    client.dispose();
  });

  it('compare gets one limit per variant', async () => {
    const fake = fakeWorkers(sweep(0, 400));
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 250 });
    const variant = { name: 'a', levers: {} };
    expect(await client.compare(settings, [variant, variant])).toEqual({ ok: true, value: { variants: [] } });
    expect(fake.workers).toHaveLength(1);
    await expect(client.compare(settings, [variant])).rejects.toMatchObject({ key: 'engineErrorTimeout' });
    client.dispose();
  });
});
