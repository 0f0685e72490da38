// The engine as the UI sees it: a client for the worker, its status, and its errors.
export { createEngineClient, type EngineClientOptions } from './client.ts';
export { EngineError } from './errors.ts';
export { EngineStatusState } from './status.svelte.ts';
export type { EngineClient, EngineStatus, EngineTask, RunOutcome } from './types.ts';
