// The `cast` command as compiled JavaScript (`npm run build:cli`, and `npm pack` through prepack):
// src/cli/cast.ts bundled for Node into dist-cli/cast.js, the file package.json's `bin` names.
// An SSR build leaves the npm packages it imports (zod, fflate, papaparse, …) as imports, so they
// come from the package's dependencies at install time; only the sources are bundled, which also
// turns their `.ts` import paths into plain JavaScript that Node runs without a TypeScript runner.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** npm marks a `bin` executable on install; this does it for the build too, so it runs in place and through a link. */
const executable = (): Plugin => ({
  name: 'targetcast-cli-executable',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && file.isEntry) chmodSync(join(options.dir!, file.fileName), 0o755);
    }
  },
});

export default defineConfig({
  // No public/ assets and no app plugins: this is the command, not the app.
  publicDir: false,
  plugins: [executable()],
  build: {
    ssr: 'src/cli/cast.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    // Readable output: a bug report's stack trace should point at recognisable code.
    minify: false,
    rolldownOptions: {
      output: {
        entryFileNames: 'cast.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
