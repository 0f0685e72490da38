import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';
import { blankCell } from '../../src/ui/notebook/cells/registry.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');

async function openedStore() {
  const { engine, calls } = inProcessEngine();
  const store = new NotebookStore(engine);
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  return { store, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the notebook store', () => {
  it('opens a file, runs it, and is clean', async () => {
    const { store, calls } = await openedStore();
    expect(store.phase).toBe('ready');
    expect(store.result?.targets.length).toBeGreaterThan(0);
    expect(store.dirty).toBe(false);
    expect(calls).toEqual({ open: 1, run: 1 });
  });

  it('reruns (without reopening) when a lever moves, and stores only non-default values', async () => {
    const { store, calls } = await openedStore();
    const before = store.result!.targets.find((t) => t.target.metric === 'si.voluntary.share')!.yearEnd.p50;
    store.setLever('cityTopupOther', 40);
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    await settle();
    expect(calls).toEqual({ open: 1, run: 2 });
    expect(store.scenario!.levers).toEqual({ cityTopupOther: 40 });
    expect(store.result!.targets.find((t) => t.target.metric === 'si.voluntary.share')!.yearEnd.p50).toBeGreaterThan(before);
    expect(store.dirty).toBe(true);
    store.resetLever('cityTopupOther');
    await settle();
    expect(store.scenario!.levers).toEqual({});
    store.setLever('cityTopupOther', 999); // clamped to the lever's range
    expect(store.scenario!.levers.cityTopupOther).toBe(100);
  });

  it('rebuilds the baseline when data change, and does no engine work for cell edits', async () => {
    const { store, calls } = await openedStore();
    const edited = { ...store.opened!.dataset.observations.find((o) => o.id === 'hi.coverage.2025-09-30')!, value: 95.9 };
    store.upsertObservation({ ...edited, source: { document: 'user edit', quote: 'test', origin: 'user' } });
    await vi.waitFor(() => expect(calls.open).toBe(2));
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    expect(store.opened!.dataset.observations.find((o) => o.id === 'hi.coverage.2025-09-30')!.value).toBe(95.9);
    const runs = calls.run;
    const id = store.addCell(blankCell('markdown'));
    store.updateCell({ id, type: 'markdown', text: '# Note' });
    store.moveCell(id, -1);
    const copy = store.duplicateCell(id);
    store.removeCell(copy);
    expect(calls.run).toBe(runs);
    expect(store.scenario!.cells.some((c) => c.id === id && c.type === 'markdown' && c.text === '# Note')).toBe(true);
    expect(store.scenario!.cells.findIndex((c) => c.id === id)).toBe(store.scenario!.cells.length - 2);
  });

  it('keeps the open notebook when a bad file is opened, and shows its problems', async () => {
    const { store } = await openedStore();
    const title = store.scenario!.title;
    const ok = await store.openFile(BASELINE.replace('"levers": {}', '"levers": {"cityTopupOther": 250}'), 'bad.json');
    expect(ok).toBe(false);
    expect(store.scenario!.title).toBe(title);
    expect(store.fileIssues?.fileName).toBe('bad.json');
    expect(store.fileIssues?.issues.map((i) => `${i.where}: ${i.message}`)).toContain(
      'levers.cityTopupOther: must be between 0 and 100, got 250',
    );
  });

  it('snapshots plain data that can be structured-cloned', async () => {
    const { store } = await openedStore();
    store.setLever('baseSalary', 2.5);
    const snap = store.snapshot(new Date('2026-01-02T03:04:05Z'));
    expect(structuredClone(snap)).toEqual(snap);
    expect(snap.modified).toBe('2026-01-02T03:04:05.000Z');
    expect(snap.levers.baseSalary).toBe(2.5);
  });
});

describe('data edits the engine refuses', () => {
  it('are rolled back, with the reason shown', async () => {
    const { store, calls } = await openedStore();
    const before = JSON.stringify(store.scenario!.data);
    // Removing a figure that a target is derived from makes the data invalid.
    store.removeObservation('hi.coverage.2025-06-30');
    await vi.waitFor(() => expect(calls.open).toBe(2));
    // In the UI's language (Vietnamese by default), at the place the engine gave.
    await vi.waitFor(() => expect(store.engineError).toMatch(/^data\.removed\[0\]: "hi\.coverage\.2025-06-30" là số gốc để suy ra /));
    expect(JSON.stringify(store.scenario!.data)).toBe(before);
    expect(store.phase).toBe('ready');
  });

  it('never apply a stale answer: a slow refusal of an earlier edit does not undo a later one', async () => {
    const { engine, calls } = inProcessEngine();
    let delayNext = false;
    const slowFirst = {
      ...engine,
      open: async (s: Parameters<typeof engine.open>[0]) => {
        const answer = engine.open(s);
        if (delayNext) {
          delayNext = false;
          await new Promise((r) => setTimeout(r, 150));
        }
        return answer;
      },
    };
    const store = new NotebookStore(slowFirst);
    expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
    delayNext = true;
    store.removeObservation('hi.coverage.2025-06-30'); // refused by the engine, answered late
    store.restoreObservation('hi.coverage.2025-06-30');
    store.removeObservation('pension.bank-share.2024-12-31'); // accepted, answered first
    await vi.waitFor(() => expect(calls.open).toBe(4));
    await new Promise((r) => setTimeout(r, 300));
    expect(store.scenario!.data.removed).toEqual(['pension.bank-share.2024-12-31']);
    expect(store.engineError).toBeNull();
    expect(store.opened!.dataset.observations.some((o) => o.id === 'pension.bank-share.2024-12-31')).toBe(false);
  });

  it('batch several figures into one rebuild, and restore removed ones', async () => {
    const { store, calls } = await openedStore();
    const base = store.opened!.dataset.observations.find((o) => o.id === 'ui.participants.2025-09-30')!;
    const user = { document: 'user edit', quote: 'test', origin: 'user' as const };
    store.upsertObservations([
      { ...base, id: 'ui.participants.2025-10-31', asOf: '2025-10-31', value: 2_240_000, source: user },
      { ...base, id: 'ui.participants.2025-11-30', asOf: '2025-11-30', value: 2_250_000, source: user },
    ]);
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    expect(calls.open).toBe(2);
    store.removeObservation('benefits.si-ui.cases.2024-12-31');
    await vi.waitFor(() => expect(calls.open).toBe(3));
    expect(store.scenario!.data.removed).toContain('benefits.si-ui.cases.2024-12-31');
    store.restoreObservation('benefits.si-ui.cases.2024-12-31');
    await vi.waitFor(() => expect(calls.open).toBe(4));
    expect(store.scenario!.data.removed).toEqual([]);
  });
});
