// What the page, the service worker and the build agree on (each bundles its own copy of these).

/** The service worker's file, written beside index.html by the build (src/pwa/precache-plugin.ts). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Defined (as SERVICE_WORKER_FILE) by the build plugin; absent in the dev server and the tests. */
declare const __TARGETCAST_SERVICE_WORKER__: string | undefined;

/**
 * The service worker's file in a build that wrote one, else null. Not `import.meta.env.PROD`:
 * that follows NODE_ENV, which the test runner sets to "test" for the browser tests' build too.
 */
export const builtServiceWorker = (): string | null =>
  typeof __TARGETCAST_SERVICE_WORKER__ === 'string' ? __TARGETCAST_SERVICE_WORKER__ : null;

/** The page's message to a waiting service worker: take over now (the user asked for the new version). */
export const SKIP_WAITING = 'targetcast:skip-waiting';

/** The build's files the service worker keeps, as paths relative to its scope, and their version. */
export interface Precache {
  /** A hash of every precached file's path and bytes: a new build gets a new cache. */
  version: string;
  files: string[];
}
