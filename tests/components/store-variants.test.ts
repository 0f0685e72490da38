// A notebook's scenarios through the store, on the real engine in process: save the levers as a
// variant, switch, rename, duplicate, delete, each one undo step; the file carries them.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { serializeScenario } from '../../src/engine/index.ts';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { variantColumns } from '../../src/ui/scenarios/variants.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');
const VOLUNTARY = 'si.voluntary.share';

async function openedStore() {
  const { engine } = inProcessEngine();
  const store = new NotebookStore(engine);
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  return store;
}
const ready = (store: NotebookStore) => vi.waitFor(() => expect(store.phase).toBe('ready'));

describe("the notebook's scenarios", () => {
  it('saves the levers as scenarios, switches between them and compares them with the base case, without files', async () => {
    const store = await openedStore();
    expect(store.scenario!.variants).toEqual([{ id: 'base', levers: {}, distributions: {} }]);
    store.setLever('cityTopupOther', 20);
    expect(store.saveVariant('Gấp đôi')).toBe('v1');
    store.setLever('cityTopupOther', 30);
    store.setLever('cityTopupPoor', 60);
    expect(store.saveVariant('  Gấp ba  ')).toBe('v2');
    await ready(store);
    expect(store.scenario!.variants.map((v) => [v.id, v.name, v.levers])).toEqual([
      ['base', undefined, {}],
      ['v1', 'Gấp đôi', { cityTopupOther: 20 }],
      ['v2', 'Gấp ba', { cityTopupOther: 30, cityTopupPoor: 60 }],
    ]);
    expect(store.scenario!.activeVariant).toBe('v2');

    store.switchVariant('base');
    await ready(store);
    expect([store.scenario!.levers, store.scenario!.activeVariant]).toEqual([{}, 'base']);

    const columns = variantColumns(store.scenario!, store.leverDefaults, 'vi');
    expect(columns.map((c) => c.name)).toEqual(['Phương án gốc', 'Gấp đôi', 'Gấp ba']);
    const compared = await store.compare(columns);
    if (!compared.ok) throw new Error(JSON.stringify(compared.issues));
    const row = compared.value.differences.find((d) => d.target.metric === VOLUNTARY)!;
    expect(row.differences[0]!.median).toBe(0);
    expect(row.differences[1]!.median).toBeGreaterThan(0);
    expect(row.differences[2]!.median).toBeGreaterThan(row.differences[1]!.median);

    // The file carries them, and they come back as they were.
    const text = serializeScenario(store.snapshot());
    const reopened = await openedStore();
    expect(await reopened.openFile(text, 'saved.json')).toBe(true);
    expect(reopened.scenario!.variants).toEqual(store.scenario!.variants);
  });

  it('marks the levers moved from the scenario in use, and saves them into it', async () => {
    const store = await openedStore();
    store.saveVariant('A');
    store.setLever('cityTopupOther', 25);
    expect(store.variantLeverValue('cityTopupOther')).toBe(10); // the region's default
    expect(variantColumns(store.scenario!, store.leverDefaults, 'en').map((c) => c.name)).toEqual([
      'Base case',
      'A',
      'Levers now (not saved to a scenario)',
    ]);
    store.updateVariant();
    expect(store.variantLeverValue('cityTopupOther')).toBe(25);
    expect(store.scenario!.variants[1]!.levers).toEqual({ cityTopupOther: 25 });
    expect(store.scenario!.variants[0]!.levers).toEqual({});
  });

  it('renames (refusing a name another has), duplicates and deletes, each one undo step', async () => {
    const store = await openedStore();
    const a = store.saveVariant('A');
    expect(store.renameVariant(a, 'Phương án gốc')).toBe(false); // what the base case is shown as
    expect(store.limitNotice).toBe('Đã có phương án tên “Phương án gốc”.');
    expect(store.renameVariant('base', 'Hiện hành')).toBe(true);
    const copy = store.duplicateVariant(a);
    expect(store.scenario!.variants.map((v) => v.name)).toEqual(['Hiện hành', 'A', 'A (bản sao)']);
    expect(store.scenario!.activeVariant).toBe(a);
    store.deleteVariant(a);
    expect(store.scenario!.activeVariant).toBe('base');
    store.deleteVariant('base'); // the base case stays
    expect(store.scenario!.variants.map((v) => v.id)).toEqual(['base', copy]);

    await store.undo();
    expect(store.scenario!.variants.map((v) => v.id)).toEqual(['base', a, copy]);
    expect(store.scenario!.activeVariant).toBe(a);
    await store.undo();
    await store.undo();
    expect(store.scenario!.variants.map((v) => v.name)).toEqual([undefined, 'A']);
    await store.undo();
    expect(store.scenario!.variants).toHaveLength(1);
    await store.redo();
    expect(store.scenario!.variants.map((v) => v.name)).toEqual([undefined, 'A']);
  });
});
