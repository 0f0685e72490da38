// A lever move answers on a quick preview first, then in full, in one request to the engine: the
// worker goes on with the full run while the page shows the preview.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ScenarioResult } from '../../src/engine/index.ts';
import { NotebookStore, PREVIEW_PATHS } from '../../src/ui/notebook/store.svelte.ts';
import { shippedAnswers } from '../../src/ui/notebook/shipped-answers-plugin.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const SCENARIO = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 2000');

describe('a lever move', () => {
  it(`shows the ${PREVIEW_PATHS}-path preview, then the full run, from one request`, async () => {
    const { engine, calls } = inProcessEngine();
    const shownPaths: number[] = [];
    const store = new NotebookStore({
      ...engine,
      runWithPreview: async (settings, previewPaths, onPreview) =>
        engine.runWithPreview(settings, previewPaths, (preview) => {
          onPreview(preview);
          shownPaths.push(store.result!.paths);
        }),
    });
    expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
    const runs = calls.run;
    store.setLever('cityTopupOther', 40);
    await vi.waitFor(() => expect(store.phase).toBe('ready'), { timeout: 10_000 });
    expect(calls.run - runs).toBe(1);
    expect(shownPaths).toEqual([PREVIEW_PATHS]);
    expect(store.result!.paths).toBe(2000);
  });

  it('never shows an older move’s preview or answer once a newer move has started', async () => {
    const { engine } = inProcessEngine();
    const gates: (() => void)[] = [];
    const store = new NotebookStore({
      ...engine,
      // Each request waits until the test lets it answer; its preview comes at once.
      runWithPreview: async (settings, previewPaths, onPreview) => {
        let full: ScenarioResult | null = null;
        await new Promise<void>((release) => {
          gates.push(release);
          void engine.runWithPreview(settings, previewPaths, onPreview).then((o) => {
            if (!o.stale) full = o.result;
          });
        });
        return { stale: false, result: full! };
      },
    });
    expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
    store.setLever('cityTopupOther', 60);
    await vi.waitFor(() => expect(gates.length).toBe(1));
    store.setLever('cityTopupOther', 20);
    await vi.waitFor(() => expect(gates.length).toBe(2));
    const newest = store.result;
    gates[0]!(); // the older move answers after the newer one started: ignored
    await new Promise((r) => setTimeout(r, 20));
    expect(store.result).toBe(newest);
    expect(store.phase).toBe('running');
    gates[1]!();
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    expect(store.result!.levers['cityTopupOther']).toBe(20);
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
    const store = new NotebookStore({
      ...engine,
      // The full answer waits until the test releases it; the preview comes at once.
      runWithPreview: async (settings, previewPaths, onPreview) => {
        const outcome = await engine.runWithPreview(settings, previewPaths, onPreview);
        if (gated) await new Promise<void>((r) => (release = r));
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
    expect(store.phase).toBe('running');
    release();
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    expect(store.result!.paths).toBe(2000);
  });
});

describe('the shipped notebook', () => {
  it('shows the first answers that came with the app before the engine has answered, then the full ones', async () => {
    const text = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8');
    const answers = shippedAnswers(text, 'hanoi-2025-baseline.json');
    const { engine } = inProcessEngine();
    let release = () => {};
    const opened: number[] = [];
    const store = new NotebookStore(
      {
        ...engine,
        parse: async (t, name) => {
          await new Promise<void>((r) => (release = r)); // the worker is still starting
          return engine.parse(t, name);
        },
        open: async (s) => {
          opened.push((s as { monteCarlo: { paths: number } }).monteCarlo.paths);
          return engine.open(s);
        },
      },
      answers,
    );
    const done = store.openFile(text, 'hanoi-2025-baseline.json');
    await vi.waitFor(() => expect(store.result).not.toBeNull());
    expect(store.result).toEqual(answers.result);
    expect(store.opened).toEqual(answers.opened);
    expect(store.scenario!.monteCarlo.paths).toBe(10_000);
    expect(store.phase).toBe('opening');
    release();
    expect(await done).toBe(true);
    expect(opened).toEqual([10_000]); // no second quick open: the shipped answers were it
    expect(store.result!.paths).toBe(10_000);
    expect(store.phase).toBe('ready');
  });

  it('are not used for any other text', async () => {
    const text = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8');
    const answers = shippedAnswers(text, 'hanoi-2025-baseline.json');
    const { engine } = inProcessEngine();
    const store = new NotebookStore(engine, answers);
    expect(await store.openFile(SCENARIO, 'baseline.json')).toBe(true);
    expect(store.result!.paths).toBe(2000);
    expect(store.opened).not.toBe(answers.opened);
  });
});
