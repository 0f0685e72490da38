// Svelte's client runtime for component tests. Vitest resolves 'svelte' with Node's conditions,
// which give the server build (no `mount`); the client entry is imported by path until the
// vitest config sets `resolve.conditions: ['browser']` for jsdom tests.
// @ts-expect-error: a file path into the package, typed by the declarations below
import * as client from '../../../node_modules/svelte/src/index-client.js';
import type * as Svelte from 'svelte';

export const mount = (client as typeof Svelte).mount;
export const unmount = (client as typeof Svelte).unmount;
export const flushSync = (client as typeof Svelte).flushSync;
