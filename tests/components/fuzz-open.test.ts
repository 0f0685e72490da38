// Opening malformed files in the notebook (the store, with the real engine in process): every
// refused file shows its problems under its own name and leaves the open notebook exactly as it
// was: scenario, data, results, unsaved-changes flag and file name.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { FUZZ_RUNS, Tally } from '../fuzz/tally.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';
import { BASELINE, TEXT_CASES, mutate, mutation } from '../unit/fuzz/scenario-corpus.ts';

const tally = new Tally('Notebook open');
afterAll(() => tally.save());

// Fewer paths than the shipped 10,000, to keep the runs quick.
const OPEN = BASELINE.replace('"paths": 10000', '"paths": 400');

/** Everything a refused file must leave alone, as text (the store's state is a Svelte proxy). */
const state = (s: NotebookStore) =>
  JSON.stringify({ scenario: s.scenario, opened: s.opened, result: s.result, dirty: s.dirty, fileName: s.fileName, phase: s.phase });

async function openedStore(): Promise<NotebookStore> {
  const store = new NotebookStore(inProcessEngine().engine);
  expect(await store.openFile(OPEN, 'open.json')).toBe(true);
  store.setLever('cityTopupOther', 40); // unsaved work, which a refused file must not lose
  await expect.poll(() => store.phase).toBe('ready');
  expect(store.dirty).toBe(true);
  return store;
}

/** Opens a file; a refused one must name the file and leave the notebook as it was. */
async function open(store: NotebookStore, text: string, name: string): Promise<boolean> {
  const before = state(store);
  const result = await tally.attemptAsync(text, async () => {
    const ok = await store.openFile(text, name);
    return ok ? { ok: true as const } : { ok: false as const, issues: store.fileIssues?.issues ?? [] };
  });
  expect(result, tally.result.crashExamples.at(-1)).not.toBeNull();
  if (!result!.ok) {
    expect(store.fileIssues?.fileName).toBe(name);
    expect(state(store)).toBe(before);
  }
  return result!.ok;
}

describe('opening malformed files in the notebook', () => {
  it(`refuses each of the ${TEXT_CASES.length} corpus files and keeps the notebook unchanged`, async () => {
    const store = await openedStore();
    for (const c of TEXT_CASES) expect(await open(store, c.text, `${c.name}.json`), c.name).toBe(false);
    expect(store.scenario!.levers).toEqual({ cityTopupOther: 40 });
  }, 120_000);

  it('refuses or opens mutated files; a refused one never changes the notebook', async () => {
    const store = await openedStore();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        if (await open(store, mutate(m, OPEN), 'mutated.json')) accepted++;
      }),
      { numRuns: Math.min(FUZZ_RUNS, 1000) },
    );
    // Most mutations break the file; some (a cell's text, a title) leave it valid and open it.
    expect(accepted).toBeGreaterThan(0);
    expect(tally.result.crashes).toBe(0);
  }, 300_000);
});
