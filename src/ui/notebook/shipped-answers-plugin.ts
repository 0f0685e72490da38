// Build step, and a composition root: the embedded Hanoi data wired into the engine at build time
// to answer the notebook the app opens on, as the worker would on PREVIEW_PATHS paths, served as the
// module `virtual:shipped-answers` (see shipped-answers.ts). The page then shows its first answers
// without waiting for the worker to start and compute them; a test holds them equal to the worker's.
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { HANOI } from '../../data/index.ts';
import { createEngine, EngineService } from '../../engine/index.ts';
import { shippedFileModule } from '../shipped-file-module.ts';
import { PREVIEW_PATHS, type ShippedAnswers } from './shipped-answers.ts';

/** The answers the app shows first for the scenario file `text`, computed as the worker computes them. */
export function shippedAnswers(text: string, fileName: string): ShippedAnswers {
  const engine = createEngine(HANOI);
  const service = new EngineService(engine, engine, { shipped: [text] });
  const parsed = service.parse(text, fileName);
  if (!parsed.ok) throw new Error(`${fileName} does not open: ${JSON.stringify(parsed.issues)}`);
  const scenario = parsed.value;
  const opened = service.open({ ...scenario, monteCarlo: { ...scenario.monteCarlo, paths: PREVIEW_PATHS } });
  if (!opened.ok) throw new Error(`${fileName} does not open: ${JSON.stringify(opened.issues)}`);
  const { levers, distributions, leversFrom } = scenario;
  return { text, opened: opened.value, result: service.run({ levers, distributions, leversFrom }) };
}

/** `scenarioFile`: the scenario file the app opens on (App.svelte's default). */
export const shippedAnswersPlugin = (scenarioFile: string): Plugin =>
  shippedFileModule('targetcast-shipped-answers', 'virtual:shipped-answers', scenarioFile, (text) => {
    const answers = shippedAnswers(text, basename(scenarioFile));
    return `export default JSON.parse(${JSON.stringify(JSON.stringify(answers))});`;
  });
