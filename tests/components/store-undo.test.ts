// Undo and redo through the store, on the real engine in process: a lever move, a data edit and
// a whole import each come back as they were.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');
const CSV = ['Chỉ tiêu;Ngày;Giá trị', 'hi.coverage;31/10/2025;95,7', 'hi.coverage;30/11/2025;95,8'].join('\n');

async function openedStore() {
  const { engine } = inProcessEngine();
  const store = new NotebookStore(engine);
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  return store;
}

describe('undo and redo', () => {
  it('takes back a lever move and a removed figure, and redoes them', async () => {
    const store = await openedStore();
    expect(store.canUndo).toBe(false);
    store.setLever('cityTopupOther', 40);
    store.setLever('cityTopupOther', 45); // the same drag: one step
    await vi.waitFor(() => expect(store.phase).toBe('ready'));
    const id = store.opened!.dataset.observations[0]!.id;
    store.removeObservation(id);
    await vi.waitFor(() => expect(store.opened!.dataset.observations.some((o) => o.id === id)).toBe(false));
    await store.undo();
    expect(store.opened!.dataset.observations.some((o) => o.id === id)).toBe(true);
    expect(store.scenario!.levers).toEqual({ cityTopupOther: 45 });
    await store.undo();
    expect(store.scenario!.levers).toEqual({});
    expect(store.canUndo).toBe(false);
    await store.redo();
    expect(store.scenario!.levers).toEqual({ cityTopupOther: 45 });
  });

  it('previews an import without changing anything, applies it as one step, and undo takes it all back', async () => {
    const store = await openedStore();
    const before = store.opened!.dataset.observations.length;
    expect(await store.previewImport({ bytes: new TextEncoder().encode(CSV), name: 'thang-11.csv' })).toBe(true);
    expect(store.importPreview!.added.map((o) => o.asOf)).toEqual(['2025-10-31', '2025-11-30']);
    expect(store.opened!.dataset.observations).toHaveLength(before);
    expect(store.canUndo).toBe(false);
    expect(await store.confirmImport({ mode: 'add', region: 'Hanoi', acceptMetrics: [], keepExisting: [] })).toBe(true);
    expect(store.importPreview).toBeNull();
    expect(store.opened!.dataset.observations).toHaveLength(before + 2);
    expect(store.scenario!.leversFrom).toBe('2025-12-01');
    await store.undo();
    expect(store.opened!.dataset.observations).toHaveLength(before);
    expect(store.scenario!.leversFrom).toBe('2025-10-01');
  });
});
