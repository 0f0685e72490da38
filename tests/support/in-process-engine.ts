// The real engine in process, behind the notebook store's engine interface (what the worker
// client provides in the app), counting the requests that rebuild or rerun.
import type { EngineService } from '../../src/engine/index.ts';
import type { NotebookEngine } from '../../src/ui/notebook/store.svelte.ts';
import { newHanoiService } from './hanoi.ts';

export function inProcessEngine(service: EngineService = newHanoiService()): { engine: NotebookEngine; calls: { open: number; run: number } } {
  const calls = { open: 0, run: 0 };
  const engine: NotebookEngine = {
    parse: async (text, name) => service.parse(text, name),
    newScenario: async (cells) => service.newScenario(cells),
    open: async (s) => {
      calls.open++;
      return service.open(s);
    },
    run: async (settings, pathLimit) => {
      calls.run++;
      return { stale: false, result: service.run(settings, pathLimit) };
    },
    runWithPreview: async (settings, previewPaths, onPreview) => {
      calls.run++;
      return { stale: false, result: service.runWithPreview(settings, previewPaths, onPreview) };
    },
    warmUp: async (settings, previewPaths, index, shown) => service.warmUp(settings, previewPaths, index, shown),
    seek: async (settings, query, options) =>
      service.seek(settings, query, options?.onProgress && ((step, total) => options.onProgress!({ step, total }))),
    seekCheapest: async (settings, query, options) =>
      service.seekCheapest(settings, query, options?.onProgress && ((step, total) => options.onProgress!({ step, total }))),
    sensitivity: async (settings, options) =>
      service.sensitivity(settings, options?.onProgress && ((step, total) => options.onProgress!({ step, total }))),
    compare: async (settings, variants) => service.compare(settings, variants),
    previewImport: (file, scenario, now) => service.previewImport(file, scenario, now),
    revisePreview: async (chosen) => service.revisePreview(chosen),
    applyImport: async (scenario, choices) => service.applyImport(scenario, choices),
  };
  return { engine, calls };
}
