// The real engine in process, behind the notebook store's engine interface (what the worker
// client provides in the app), counting the requests that rebuild or rerun.
import { EngineService } from '../../src/engine/service.ts';
import type { NotebookEngine } from '../../src/ui/notebook/store.svelte.ts';

export function inProcessEngine(service = new EngineService()): { engine: NotebookEngine; calls: { open: number; run: number } } {
  const calls = { open: 0, run: 0 };
  const engine: NotebookEngine = {
    parse: async (text, name) => service.parse(text, name),
    open: async (s) => {
      calls.open++;
      return service.open(s);
    },
    run: async (settings, pathLimit) => {
      calls.run++;
      return { stale: false, result: service.run(settings, pathLimit) };
    },
    seek: async (settings, query) => service.seek(settings, query),
    sensitivity: async (settings) => service.sensitivity(settings),
    compare: async (settings, variants) => service.compare(settings, variants),
  };
  return { engine, calls };
}
