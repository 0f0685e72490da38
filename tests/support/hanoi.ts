// Test setup as a composition root: the embedded Hanoi data wired into an engine, as the worker
// and the CLI do.
import { HANOI } from '../../src/data/index.ts';
import { createEngine, EngineService } from '../../src/engine/index.ts';

export const hanoi = createEngine(HANOI);
export const HANOI_CONTEXT = hanoi.context;
export const newHanoiService = (): EngineService => new EngineService(hanoi, hanoi);
