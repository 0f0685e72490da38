import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CSP_HEADER, CSP_META } from './src/csp.ts';
import { precacheServiceWorker } from './src/pwa/precache-plugin.ts';
import { shippedMarkdown } from './src/ui/markdown/shipped-plugin.ts';
import { shippedAnswersPlugin } from './src/ui/notebook/shipped-answers-plugin.ts';

const CSP_MARK = '<!-- content-security-policy -->';
/** The scenario file the app opens on (App.svelte's default). */
const DEFAULT_NOTEBOOK = fileURLToPath(new URL('./scenarios/hanoi-2025-baseline.json', import.meta.url));

/** The Content Security Policy <meta> in place of index.html's mark, before any script (dev and build). */
const contentSecurityPolicy = (): Plugin => ({
  name: 'targetcast-csp',
  transformIndexHtml(html) {
    if (!html.includes(CSP_MARK)) throw new Error(`index.html has no ${CSP_MARK}: the app would ship without its policy`);
    return html.replace(CSP_MARK, `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`);
  },
});

export default defineConfig({
  // The narrative of the notebook the app opens on comes ready with the app (no Markdown renderer to load).
  plugins: [svelte(), contentSecurityPolicy(), precacheServiceWorker(), shippedMarkdown(DEFAULT_NOTEBOOK), shippedAnswersPlugin(DEFAULT_NOTEBOOK)],
  // The same policy as a header on every response of `vite preview`, the worker script's included.
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
  worker: {
    format: 'es',
    // The worker's lazy chunks (the checks of outside input, the file readers) named as the worker's,
    // so bench/ui/assets.ts counts them with it.
    rolldownOptions: { output: { chunkFileNames: 'assets/[name].worker-[hash].js' } },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Everything the first screen imports in one chunk (Rolldown would otherwise split out what the
    // lazy views share with it: more requests, and smaller files compress worse).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    // Two files at a time, browser tests included: vitest's default on two cores is one (cores - 1),
    // and a browser test spends much of its time waiting on its page, so one at a time left CI's
    // second core mostly idle (the suite used 0.75 of a core).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        // Svelte components mounted in jsdom need Svelte's browser build.
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'jsdom', testTimeout: 30_000 },
      },
      {
        // The compiled `cast`: built, run through a link from a path with '#' and spaces, and packed
        // and installed from its tarball (which fetches its dependencies from the npm registry).
        extends: true,
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          environment: 'node',
          // Both files build dist-cli code and run npm; one at a time on two cores.
          fileParallelism: false,
          testTimeout: 150_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Files in parallel with the rest of the suite (see maxWorkers above); a page under that
          // load may take seconds to show what a test polls for.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
