// Edits that would break a bound of the file format are refused with a message, and the notebook
// stays one that saves and reads back (past a bound, autosave would write a file it cannot reopen).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/engine/io/observation-schema.ts';
import { parseScenarioText } from '../../src/engine/io/scenario-file.ts';
import { serializeScenario } from '../../src/engine/io/scenario-serialize.ts';
import { SCENARIO_LIMITS } from '../../src/engine/io/scenario-schema.ts';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';
import { BASELINE } from '../unit/fuzz/scenario-corpus.ts';
import { HANOI_CONTEXT } from '../support/hanoi.ts';
import { blankCell } from '../../src/ui/notebook/cells/registry.ts';

const OPEN = BASELINE.replace('"paths": 10000', '"paths": 400');

async function openedStore() {
  const { engine, calls } = inProcessEngine();
  const store = new NotebookStore(engine);
  expect(await store.openFile(OPEN, 'open.json')).toBe(true);
  return { store, calls };
}

const savesAndReadsBack = (store: NotebookStore) =>
  expect(parseScenarioText(HANOI_CONTEXT, serializeScenario(store.snapshot())).ok).toBe(true);

describe('edits at the bounds of the file format', () => {
  beforeAll(() => locale.set('en'));

  it(`adds cells up to ${SCENARIO_LIMITS.maxCells}, then refuses another with a message`, async () => {
    const { store } = await openedStore();
    while (store.scenario!.cells.length < SCENARIO_LIMITS.maxCells) {
      expect(store.cellsFull).toBeNull(); // the add and duplicate buttons stay enabled
      expect(store.addCell(blankCell('markdown'))).not.toBe('');
    }
    expect(store.cellsFull).toBe('A notebook holds at most 200 cells; delete one before adding another.');
    const first = store.scenario!.cells[0]!.id;
    expect(store.addCell(blankCell('chart'))).toBe('');
    expect(store.duplicateCell(first)).toBe('');
    expect(store.scenario!.cells.length).toBe(SCENARIO_LIMITS.maxCells);
    expect(store.limitNotice).toBe('A notebook holds at most 200 cells; delete one before adding another.');
    savesAndReadsBack(store);
    store.removeCell(first);
    expect(store.limitNotice).toBeNull(); // the next edit made clears it
    expect(store.cellsFull).toBeNull();
    expect(store.addCell(blankCell('chart'))).not.toBe('');
  });

  it('refuses a markdown text over the limit, naming the cell and the bound, and keeps the text it had', async () => {
    const { store } = await openedStore();
    const cell = store.scenario!.cells[0]!;
    expect(cell.type).toBe('markdown');
    const long = 'x'.repeat(SCENARIO_LIMITS.maxCellText + 1);
    expect(store.updateCell({ id: cell.id, type: 'markdown', text: long })).toBe(false);
    expect(store.limitNotice).toBe('The cell was not changed: cells[0].text: must be at most 20000 characters long, got 20001');
    expect(store.scenario!.cells[0]).toEqual(cell);
    expect(store.dirty).toBe(false);
    expect(store.updateCell({ id: cell.id, type: 'markdown', text: long.slice(1) })).toBe(true);
    savesAndReadsBack(store);
  });

  it('refuses, whole and without engine work, observations past the limit of figures of your own', async () => {
    const { store, calls } = await openedStore();
    const before = JSON.stringify(store.scenario!.data);
    const opens = calls.open;
    const day = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const many: Observation[] = Array.from({ length: SCENARIO_LIMITS.maxObservations + 1 }, (_, i) => ({
      id: `user.hi.coverage.${day(i)}`,
      metric: 'hi.coverage',
      region: 'Hanoi',
      asOf: day(i),
      value: 93,
      unit: 'percent',
      kind: 'share',
      denominator: 'population',
      qualifier: 'exact',
      source: { document: 'import', quote: '93', origin: 'user' },
    }));
    expect(store.upsertObservations(many)).toBe(false);
    expect(store.limitNotice).toBe('A scenario holds at most 10,000 figures of your own; this would make 10,001. Nothing was changed.');
    expect(JSON.stringify(store.scenario!.data)).toBe(before);
    expect(calls.open).toBe(opens);
    expect(store.dirty).toBe(false);
  });
});
