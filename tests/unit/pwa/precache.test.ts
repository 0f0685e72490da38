// The precache list the build gives the service worker: every file in the output folder but source
// maps and the service worker itself, in a stable order, with a version that follows their bytes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precacheOf } from '../../../src/pwa/precache-plugin.ts';

let dir: string;

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'targetcast-precache-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FILES = {
  'index.html': '<!doctype html>',
  'assets/index-abc.js': 'main',
  'assets/index-abc.js.map': '{}',
  'assets/engine.worker-def.js': 'worker',
  'assets/read-file-123.js': 'lazy',
  'icons/icon-192.png': 'png',
  'manifest.webmanifest': '{}',
  'sw.js': 'old service worker',
};

describe('precacheOf', () => {
  it('lists every built file, nested ones too, without source maps or the service worker', () => {
    expect(precacheOf(build(FILES)).files).toEqual([
      'assets/engine.worker-def.js',
      'assets/index-abc.js',
      'assets/read-file-123.js',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  it('gives the same version to the same files and a new one when any byte changes', () => {
    const first = precacheOf(build(FILES)).version;
    rmSync(dir, { recursive: true });
    expect(precacheOf(build(FILES)).version).toBe(first);
    rmSync(dir, { recursive: true });
    expect(precacheOf(build({ ...FILES, 'assets/read-file-123.js': 'lazy!' })).version).not.toBe(first);
    rmSync(dir, { recursive: true });
    // A source map or the service worker changing alone is no new version of the app's files.
    expect(precacheOf(build({ ...FILES, 'assets/index-abc.js.map': '{"x":1}', 'sw.js': 'x' })).version).toBe(first);
  });
});
