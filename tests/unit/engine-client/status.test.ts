import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import type { EngineStatus, LeverSettings, ProgressCallback } from '../../../src/ui/engine/types.ts';
import { fakeWorkers, hang, sleep, type Call } from './fake-worker.ts';

const settings: LeverSettings = { levers: {}, distributions: {}, leversFrom: '2025-10-01' };
const brief = (s: EngineStatus) =>
  [s.phase, s.task, s.progress === undefined ? undefined : s.progress.toFixed(2), s.message].filter((x) => x !== undefined).join(' ');

/** Progress reported by the worker travels on its own channel: space it out so each one lands. */
async function reportProgress(call: Call, steps: number, result: unknown) {
  const onProgress = call.args.at(-1) as ProgressCallback;
  for (let done = 1; done <= steps; done++) {
    await onProgress(done, steps);
    await sleep(5);
  }
  return result;
}

describe('status', () => {
  it('goes from starting through busy to ready, and says what the engine is doing', async () => {
    const fake = fakeWorkers((call) =>
      call.method === 'open' ? sleep(20).then(() => ({ ok: true, value: {} })) : sleep(10).then(() => ({ levers: {} })),
    );
    const client = createEngineClient({ createWorker: fake.createWorker });
    const seen: string[] = [];
    const unsubscribe = client.subscribe((s) => seen.push(brief(s)));
    await client.open({});
    await client.run(settings);
    unsubscribe();
    await client.run(settings);

    expect(seen).toEqual(['starting', 'starting open', 'ready', 'busy run', 'ready']);
    expect(client.status).toEqual({ phase: 'ready' });
    client.dispose();
  });

  it('shows a restart as restarting (re-open, then the retry) and a second failure as failed', async () => {
    const fake = fakeWorkers((call) =>
      call.method === 'run' && call.worker < 3 ? hang() : call.method === 'open' ? { ok: true, value: {} } : { levers: {} },
    );
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 250 });
    await client.open({});
    const seen: string[] = [];
    client.subscribe((s) => seen.push(brief(s)));
    await client.run(settings).catch(() => {});
    await client.run(settings);

    expect(seen).toEqual([
      'ready',
      'busy run',
      'restarting run',
      'restarting open',
      'restarting run',
      'failed engineErrorTimeout',
      'restarting open',
      'restarting run',
      'restarting run',
      'restarting open',
      'restarting run',
      'ready',
    ]);
    client.dispose();
  });

  it('reports progress for sensitivity and goal seek through proxied callbacks', async () => {
    const fake = fakeWorkers((call) => {
      if (call.method === 'sensitivity') return reportProgress(call, 4, []);
      if (call.method === 'seek') return reportProgress(call, 2, { status: 'found' });
      return { ok: true, value: {} };
    });
    const client = createEngineClient({ createWorker: fake.createWorker });
    await client.open({});
    const seen: string[] = [];
    client.subscribe((s) => seen.push(brief(s)));
    expect(await client.sensitivity(settings)).toEqual([]);
    expect(await client.seek(settings, { targetId: 'hi.coverage', lever: 'x', probability: 0.8 })).toEqual({ status: 'found' });

    expect(seen).toEqual([
      'ready',
      'busy sensitivity',
      'busy sensitivity 0.25',
      'busy sensitivity 0.50',
      'busy sensitivity 0.75',
      'busy sensitivity 1.00',
      'ready',
      'busy seek',
      'busy seek 0.50',
      'busy seek 1.00',
      'ready',
    ]);
    client.dispose();
  });
});
