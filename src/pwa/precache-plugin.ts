// The build half of the offline app. After Vite has written the build (the page, its chunks, the
// engine worker and the chunks it loads lazily, the public files), this lists every file in the
// output folder and bundles workers/service-worker.ts with that list as a classic script, sw.js,
// beside index.html. Listing the written folder, not Rollup's bundle, catches what the bundle does
// not describe (the worker's own chunks, public/), so nothing the app can load is left out.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { SERVICE_WORKER_FILE, type Precache } from '../ui/pwa/protocol.ts';

/** Source maps are for developer tools only; the service worker is fetched by the browser itself. */
const leftOut = (file: string) => file.endsWith('.map') || file === SERVICE_WORKER_FILE;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every file the app may load from `outDir`, sorted, with a version that changes when any of them does. */
export function precacheOf(outDir: string): Precache {
  const files = filesUnder(outDir)
    .filter((file) => !leftOut(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

async function bundleServiceWorker(config: ResolvedConfig, precache: Precache): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    publicDir: false,
    define: { __PRECACHE__: JSON.stringify(precache) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(config.root, 'workers/service-worker.ts'), formats: ['iife'], name: 'targetcastServiceWorker' },
    },
  });
  // write: false and no watch: the output itself, one per format (one here).
  const [output] = [result].flat() as Rolldown.RolldownOutput[];
  const chunk = output?.output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('the service worker bundle is empty');
  return chunk.code;
}

/** Writes sw.js into the build, after every other file (the dev server and unit tests have none). */
export const precacheServiceWorker = (): Plugin => {
  let config: ResolvedConfig;
  return {
    name: 'targetcast-service-worker',
    apply: 'build',
    // Tells the page that this build has a service worker to register (protocol.ts).
    config: () => ({ define: { __TARGETCAST_SERVICE_WORKER__: JSON.stringify(SERVICE_WORKER_FILE) } }),
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const precache = precacheOf(outDir);
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), await bundleServiceWorker(config, precache));
      },
    },
  };
};
