import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import type { LeverSettings, RunOutcome } from '../../../src/ui/engine/types.ts';
import { fakeWorkers, sleep, type Call } from './fake-worker.ts';

const settings = (x: number): LeverSettings => ({ levers: { x }, distributions: {}, leversFrom: '2025-10-01' });
const leverOf = (call: Call) => (call.args[0] as LeverSettings).levers['x'];

/** A worker whose run answers after a while with the lever it was given. */
const slowEcho = (call: Call) =>
  call.method === 'run' ? sleep(30).then(() => ({ levers: (call.args[0] as LeverSettings).levers })) : { ok: true, value: {} };

const xOf = (outcome: RunOutcome) => (outcome.stale ? null : outcome.result.levers['x']);

describe('runs: the latest intent wins', () => {
  it('sends at most two of 20 quick runs and gives the last call the newest result', async () => {
    const fake = fakeWorkers(slowEcho);
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 5000 });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => client.run(settings(i))));

    expect(fake.callsOf('run').map(leverOf)).toEqual([0, 19]);
    expect(xOf(outcomes[19]!)).toBe(19);
    // The run already in flight delivers its (older) numbers first; every waiting one is dropped.
    expect(xOf(outcomes[0]!)).toBe(0);
    expect(outcomes.slice(1, 19).every((o) => o.stale)).toBe(true);
    client.dispose();
  });

  it('delivers results in request order, so old numbers never follow newer ones', async () => {
    const fake = fakeWorkers(slowEcho);
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 5000 });
    const delivered: number[] = [];
    const fire = (i: number) =>
      client.run(settings(i)).then((o) => {
        if (!o.stale) delivered.push(o.result.levers['x']!);
      });
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 12; i++) {
      pending.push(fire(i));
      await sleep(i % 3 === 0 ? 40 : 5); // a slider that pauses now and then
    }
    await Promise.all(pending);
    expect(delivered.at(-1)).toBe(11);
    expect([...delivered].sort((a, b) => a - b)).toEqual(delivered);
    client.dispose();
  });

  it('never lets a newer run jump ahead of an open queued before it', async () => {
    const fake = fakeWorkers(slowEcho);
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 5000 });
    const first = client.run(settings(1));
    const waiting = client.run(settings(2));
    const opened = client.open({ title: 'another scenario' });
    const latest = client.run(settings(3));
    await Promise.all([first, waiting, opened, latest]);

    expect(await waiting).toEqual({ stale: true });
    expect(fake.calls.map((c) => (c.method === 'run' ? `run ${leverOf(c)}` : c.method))).toEqual(['run 1', 'open', 'run 3']);
    client.dispose();
  });

  it('does not coalesce requests other than runs', async () => {
    const fake = fakeWorkers((call) => (call.method === 'parse' ? sleep(5).then(() => [call.args[0]]) : slowEcho(call)));
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 5000 });
    const answers = await Promise.all(['a', 'b', 'c'].map((m) => client.parse(m)));
    expect(answers).toEqual([['a'], ['b'], ['c']]);
    client.dispose();
  });

  it('drops a waiting warm-up step when another request comes, and sends that request next', async () => {
    const fake = fakeWorkers((call) => (call.method === 'warmUp' ? sleep(30).then(() => true) : slowEcho(call)));
    const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 5000 });
    const running = client.warmUp(settings(0), 100, 0);
    const waiting = client.warmUp(settings(0), 100, 1);
    const run = client.run(settings(7));
    expect(await running).toBe(true); // the step under way finishes
    expect(await waiting).toBe(false); // the waiting one is dropped: the warm-up stops
    expect(xOf(await run)).toBe(7);
    expect(fake.calls.map((c) => (c.method === 'warmUp' ? `warmUp ${String(c.args[2])}` : `${c.method} ${leverOf(c)}`))).toEqual([
      'warmUp 0',
      'run 7',
    ]);
    client.dispose();
  });
});
