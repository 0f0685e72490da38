// A notebook store over the real engine, in process (no worker), opened on the shipped baseline
// with 500 paths: for component tests that render real answers. (Read from the project root:
// under jsdom, import.meta.url is not a file URL.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NotebookStore } from '../../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../../support/in-process-engine.ts';

const TEXT = readFileSync(resolve(process.cwd(), 'scenarios/hanoi-2025-baseline.json'), 'utf8').replace('"paths": 10000', '"paths": 500');

export async function realStore(): Promise<NotebookStore> {
  const { engine } = inProcessEngine();
  const store = new NotebookStore(engine);
  if (!(await store.openFile(TEXT, 'hanoi-2025-baseline.json'))) throw new Error('the baseline did not open');
  return store;
}
