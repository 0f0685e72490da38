// A lever move shows a quick preview before the full run only while full runs are slow: a fast
// engine answers in full at once (the page is drawn once per move), a slow one previews first.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotebookStore, PREVIEW_PATHS, PREVIEW_WORTH_MS, type NotebookEngine } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const SCENARIO = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 2000');

/**
 * The in-process engine on a clock of its own: a full run takes `delayMs` of it, whatever the
 * machine's load. Records each run's path limit.
 */
function engineTaking(delayMs: number) {
  const { engine } = inProcessEngine();
  const limits: (number | undefined)[] = [];
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const timed: NotebookEngine = {
    ...engine,
    run: async (settings, pathLimit) => {
      limits.push(pathLimit);
      const outcome = await engine.run(settings, pathLimit);
      if (pathLimit === undefined) clock += delayMs;
      return outcome;
    },
  };
  return { engine: timed, limits };
}

async function moveOnce(delayMs: number) {
  const { engine, limits } = engineTaking(delayMs);
  const store = new NotebookStore(engine);
  expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
  limits.length = 0;
  store.setLever('cityTopupOther', 40);
  await vi.waitFor(() => expect(store.phase).toBe('ready'), { timeout: 10_000 });
  return limits;
}

afterEach(() => vi.restoreAllMocks());

describe('a lever move', () => {
  it('runs in full at once when the last full run was quick', async () => {
    expect(await moveOnce(0)).toEqual([undefined]);
  });

  it(`previews on ${PREVIEW_PATHS} paths first when a full run takes over ${PREVIEW_WORTH_MS} ms`, async () => {
    expect(await moveOnce(PREVIEW_WORTH_MS + 60)).toEqual([PREVIEW_PATHS, undefined]);
  });
});

describe('opening a notebook', () => {
  it(`answers on ${PREVIEW_PATHS} paths first, then on all of them, keeping the scenario's own path count`, async () => {
    const { engine } = inProcessEngine();
    const opens: number[] = [];
    const answered: number[] = [];
    const store = new NotebookStore({
      ...engine,
      open: async (s) => {
        opens.push((s as { monteCarlo: { paths: number } }).monteCarlo.paths);
        return engine.open(s);
      },
      run: async (settings, pathLimit) => {
        const outcome = await engine.run(settings, pathLimit);
        if (!outcome.stale) answered.push(outcome.result.paths);
        return outcome;
      },
    });
    expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
    expect(opens).toEqual([PREVIEW_PATHS, 2000]);
    expect(answered).toEqual([PREVIEW_PATHS, 2000]);
    expect(store.result!.paths).toBe(2000);
    expect(store.scenario!.monteCarlo.paths).toBe(2000);
    expect(store.dirty).toBe(false);
  });

  it('refuses a scenario the engine refuses, once, with its issues', async () => {
    const { engine, calls } = inProcessEngine();
    const store = new NotebookStore(engine);
    const bad = SCENARIO.replace('"horizon": "2025-12-31"', '"horizon": "2020-12-31"');
    expect(await store.openFile(bad, 'bad.json')).toBe(false);
    expect(store.fileIssues?.issues.length).toBeGreaterThan(0);
    expect(calls.run).toBe(0);
  });
});

describe('a preview', () => {
  it('shows the full run’s numbers wherever the moved lever cannot reach, and its own where it can', async () => {
    const { engine } = inProcessEngine();
    let release = () => {};
    let gated = false;
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const store = new NotebookStore({
      ...engine,
      run: async (settings, pathLimit) => {
        const outcome = await engine.run(settings, pathLimit);
        if (pathLimit === undefined) clock += PREVIEW_WORTH_MS + 100; // full runs are slow: moves preview first
        if (pathLimit === undefined && gated) await new Promise<void>((r) => (release = r));
        return outcome;
      },
    });
    expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
    const full = store.result!;
    gated = true;
    store.setLever('cityTopupOther', 60);
    await vi.waitFor(() => expect(store.result!.paths).toBe(PREVIEW_PATHS));
    const shown = store.result!;
    const metric = (r: typeof shown, id: string) => r.metrics.find((m) => m.metric === id)!;
    expect(metric(shown, 'hi.coverage')).toEqual(metric(full, 'hi.coverage'));
    expect(shown.targets.find((t) => t.target.metric === 'hi.coverage')).toEqual(full.targets.find((t) => t.target.metric === 'hi.coverage'));
    expect(metric(shown, 'si.voluntary.share').bands).not.toEqual(metric(full, 'si.voluntary.share').bands);
    release();
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    expect(store.result!.paths).toBe(2000);
  });
});
