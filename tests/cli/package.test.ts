// `npm pack`, then the tarball installed in an empty folder (its dependencies from the npm
// registry, so this test needs the network), gives a working `npx cast`: the command a user gets.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, run } from './processes.ts';

const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const base = mkdtempSync(join(tmpdir(), 'cast-package-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Packed {
  filename: string;
  size: number;
  files: { path: string }[];
}

describe('the packed cast', () => {
  it('installs from its tarball in an empty folder and runs as npx cast', () => {
    // prepack builds dist-cli; its build log comes before npm's JSON on stdout.
    const out = run('npm', ['pack', '--json', '--pack-destination', base]);
    const [packed] = JSON.parse(out.slice(out.search(/^\[$/m))) as Packed[];
    const files = packed!.files.map((f) => f.path).sort();
    expect(files).toContain('dist-cli/cast.js');
    // The command and what npm always packs; not the app, the sources or the tests.
    expect(files.filter((f) => !f.startsWith('dist-cli/'))).toEqual(['README.md', 'package.json']);
    expect(files.every((f) => !f.endsWith('.ts') && !f.endsWith('.map'))).toBe(true);
    expect(packed!.size).toBeLessThan(400_000);

    const app = join(base, 'app');
    mkdirSync(app);
    run('npm', ['install', '--no-audit', '--no-fund', join(base, packed!.filename)], { cwd: app });
    expect(run('npx', ['cast', '--version'], { cwd: app }).trim()).toBe(version);
    const yearend = run('npx', ['cast', 'yearend'], { cwd: app });
    expect(yearend).toMatch(/^Year-end 2025, Hanoi \(10000 simulated paths, seed 1, every lever at its default\)$/m);
    expect(yearend).toMatch(
      /^hi\.coverage +95\.56 \(2025-09-30\) +9\d\.\d\d +9\d\.\d\d to 9\d\.\d\d +95\.5 +\d+\.\d% +\d+\.\d% +forecast +percent$/m,
    );
  });
});
