// JavaScript on first load: every built .js the page fetched, gzip-compressed with node:zlib
// (vite preview serves uncompressed, so transfer sizes would overstate a compressed deploy).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoadJs {
  files: Array<{ file: string; rawKb: number; gzipKb: number; worker: boolean }>;
  mainKb: number;
  totalKb: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function firstLoadJs(outDir: string, paths: readonly string[]): FirstLoadJs {
  const files = [...new Set(paths)]
    .map((p) => join(outDir, p))
    .filter((f) => existsSync(f))
    .map((f) => {
      const bytes = readFileSync(f);
      const file = f.slice(outDir.length + 1);
      return { file, rawKb: kb(bytes.length), gzipKb: kb(gzipSync(bytes).length), worker: /worker/i.test(file) };
    });
  const sum = (list: typeof files) => Math.round(list.reduce((s, f) => s + f.gzipKb, 0) * 10) / 10;
  return { files, mainKb: sum(files.filter((f) => !f.worker)), totalKb: sum(files) };
}
