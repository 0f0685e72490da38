// The client against the real EngineService (what workers/engine.worker.ts exposes), over a comlink
// channel: answers survive structured cloning and coalescing works with real run times.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { goalSeek } from '../../../src/engine/scenario/goal-seek.ts';
import { sensitivity } from '../../../src/engine/scenario/sensitivity.ts';
import { createEngineClient } from '../../../src/ui/engine/client.ts';
import type { EngineApi, LeverSettings } from '../../../src/ui/engine/types.ts';
import { FakeWorker } from './fake-worker.ts';
import { hanoi, newHanoiService } from '../../support/hanoi.ts';

const baseline = JSON.parse(readFileSync(new URL('../../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const settings = (topup: number): LeverSettings => ({ levers: { cityTopupOther: topup }, distributions: {}, leversFrom: '2025-10-01' });

describe('the client with the real engine service', () => {
  it('opens the shipped baseline, runs coalesced lever moves and makes a new scenario', async () => {
    const client = createEngineClient({ createWorker: () => new FakeWorker(newHanoiService() satisfies EngineApi) as unknown as Worker });
    const opened = await client.open({ ...baseline, monteCarlo: { paths: 300, seed: 1 } });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.targets.length).toBeGreaterThan(0);

    const outcomes = await Promise.all([0, 10, 20, 30, 40].map((v) => client.run(settings(v))));
    const last = outcomes.at(-1)!;
    expect(last.stale).toBe(false);
    if (!last.stale) expect(last.result.levers['cityTopupOther']).toBe(40);
    expect(outcomes.slice(1, -1).every((o) => o.stale)).toBe(true);

    const fresh = await client.newScenario([{ id: 'note', type: 'markdown', text: 'x' }]);
    expect(fresh.data.base).toBe('hanoi-embedded');
    expect(fresh.leversFrom).toBe('2025-10-01'); // the day after the embedded data's latest figure
    expect(fresh.cells.map((c) => c.id)).toEqual(['note']);
    client.dispose();
  });
});

describe('progress callbacks in the engine', () => {
  const engine = hanoi.simulate({ ...hanoi.newScenario(), horizon: '2025-12-31', monteCarlo: { paths: 300, seed: 1 } }, HANOI_DATASET);
  const none: LeverSettings = { levers: {}, distributions: {}, leversFrom: '2025-10-01' };

  it('sensitivity counts every evaluation up to the total', () => {
    const reports: Array<[number, number]> = [];
    const tornado = sensitivity(engine, none, (done, total) => reports.push([done, total]));
    expect(tornado).toEqual(sensitivity(engine, none)); // the callback changes nothing
    const total = reports[0]![1];
    expect(reports.map(([d]) => d)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(reports.every(([, t]) => t === total)).toBe(true);
  });

  it('goal seek rises monotonically and ends at the total', () => {
    const reports: number[] = [];
    const target = engine.targetList[0]!;
    const query = { targetId: target.id, lever: 'cityTopupOther', probability: 0.9 };
    const answer = goalSeek(engine, none, query, (done, total) => reports.push(done / total));
    expect(answer).toEqual(goalSeek(engine, none, query));
    expect(reports.at(-1)).toBe(1);
    expect([...reports].sort((a, b) => a - b)).toEqual(reports);
  });
});
