// The compiled `cast` (npm run build:cli) run the way a shell runs an installed command: started
// through a link, as npm's bin shims do, from a folder whose path holds '#' and spaces, with
// standard input piped in. The build goes to such a folder; its npm dependencies sit beside it,
// as an install would put them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daNangWorkbook } from '../support/da-nang-workbook.ts';
import { attempt, REPO, run } from './processes.ts';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const base = mkdtempSync(join(tmpdir(), 'cast-built-'));
const folder = join(base, 'my #1 tools');
const dist = join(folder, 'dist-cli');
const script = join(dist, 'cast.js');
/** As npm links a bin: node_modules/.bin/cast → ../targetcast/dist-cli/cast.js. */
const link = join(base, 'bin', 'cast');
const BASELINE = join(REPO, 'scenarios', 'hanoi-2025-baseline.json');

beforeAll(() => {
  run('npm', ['run', '-s', 'build:cli', '--', '--outDir', dist, '--logLevel', 'warn']);
  symlinkSync(join(REPO, 'node_modules'), join(folder, 'node_modules'));
  mkdirSync(join(base, 'bin'));
  symlinkSync(relative(join(base, 'bin'), script), link);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every module a built file imports: node built-ins, its own chunks, npm packages. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:^import\b[^'"]*?\bfrom\s*|\bimport\s*\(\s*)["']([^"']+)["']/gm)].map((m) => m[1]!);
}

describe('the built cast', () => {
  it('is one executable script with a node shebang, and chunks that import only the runtime dependencies', () => {
    expect(readFileSync(script, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(statSync(script).mode & 0o111).toBe(0o111);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const packages = new Set(
      files
        .flatMap((f) => importsOf(join(dist, f)))
        .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
        .map((s) =>
          s
            .split('/')
            .slice(0, s.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    expect(packages.size).toBeGreaterThan(3);
    // No dev-only package, and none of the app's browser libraries (svelte, Plot, DOMPurify, …).
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
    for (const browserOnly of ['svelte', '@observablehq/plot', 'dompurify', 'marked', 'idb-keyval', 'comlink', 'write-excel-file'])
      expect(packages).not.toContain(browserOnly);
    expect(files.some((f) => f.endsWith('.ts'))).toBe(false);
  });

  it('runs from a path with # and spaces, by path and through a link', () => {
    expect(script).toMatch(/ #1 /);
    expect(run('node', [script, '--version']).trim()).toBe(pkg.version);
    expect(run(link, ['--version']).trim()).toBe(pkg.version);
    const yearend = run(link, ['yearend', '--paths', '300']);
    expect(yearend).toMatch(/^Year-end 2025, Hanoi \(300 simulated paths, seed 1, every lever at its default\)$/m);
    expect(yearend).toMatch(/^hi\.coverage +95\.56 \(2025-09-30\) +9\d\.\d\d +9\d\.\d\d to 9\d\.\d\d +95\.5 /m);
  });

  // Each command's help is checked in process (tests/unit/cli/command-line.test.ts); here, that the built one has them.
  it('answers --help, and --help of the commands the overview lists', () => {
    const overview = run(link, ['--help']);
    const commands = overview
      .slice(overview.indexOf('commands:\n'))
      .split('\n')
      .slice(1)
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim().split(/\s+/)[0]!);
    expect(commands).toEqual(['data', 'forecast', 'import', 'target', 'yearend', 'run', 'compare', 'seek', 'sensitivity', 'help']);
    for (const command of ['yearend', 'import'])
      expect(run(link, [command, '--help'])).toMatch(new RegExp(`^usage: cast ${command}\\b[^]*\\noptions:\\n {2}--`));
  });

  it('reads a scenario from a pipe, and a workbook as binary', async () => {
    const answered = JSON.parse(run(link, ['run', '-', '--paths', '300', '--json'], { input: readFileSync(BASELINE) }));
    expect(answered.targets.map((t: { metric: string }) => t.metric)).toContain('hi.coverage');
    const out = join(base, 'da-nang.json');
    const imported = run(link, ['import', '-', '--out', out], { input: await daNangWorkbook() });
    expect(imported).toMatch(/^Read <stdin> \(xlsx\)/);
    expect(JSON.parse(readFileSync(out, 'utf8')).observations.length).toBeGreaterThan(40);
  });

  it('names an unknown option on one line and exits 2', () => {
    const result = attempt(link, ['yearend', '--frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('cast yearend: unknown option "--frobnicate" (`cast yearend --help` lists its options)\n');
  });

  it('runs nothing when another script imports it', () => {
    const starter = join(folder, 'starter.mjs');
    writeFileSync(starter, `await import(${JSON.stringify(pathToFileURL(script).href)});\n`);
    const imported = attempt('node', [starter, 'yearend']);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    expect(imported.stdout).toBe('');
  });
});
