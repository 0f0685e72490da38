import { execFileSync, spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';
import { HANOI_DATASET } from '../../../src/data/index.ts';

describe('cast data', () => {
  it('prints a readable table with metric, date, value, unit and source', async () => {
    const { code, stdout } = await runCli(['data']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Observations \\(${HANOI_DATASET.observations.length}\\)`));
    expect(stdout).toMatch(/hi\.participants\s+Hanoi\s+2024-12-31\s+8,169,748\s+people\s+002_d8ec15ea85ab6afb\.txt/);
    expect(stdout).toMatch(/revenue\.total\s+Hanoi\s+2025-12-31\s+76,384\s+VND billion/);
  });

  it('filters by metric in JSON', async () => {
    const { stdout } = await runCli(['data', '--metric', 'hi.coverage', '--json']);
    const parsed = JSON.parse(stdout) as typeof HANOI_DATASET;
    expect(parsed.observations.map((o) => o.value)).toEqual(
      HANOI_DATASET.observations.filter((o) => o.metric === 'hi.coverage').map((o) => o.value),
    );
    expect(parsed.targets.map((t) => t.value)).toEqual([91.5, 94.5, 95.5]);
  });

  it('writes RFC 4180 CSV that parses back to the same values', async () => {
    const { stdout } = await runCli(['data', '--csv']);
    const parsed = Papa.parse<Record<string, string>>(stdout, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(HANOI_DATASET.observations.length + HANOI_DATASET.targets.length);
    const row = parsed.data.find((r) => r.id === 'revenue.total.2024-12-31')!;
    expect(Number(row.value)).toBe(70_577.2);
    expect(row.source_quote).toContain('VND 70,577.2 billion');
  });

  it.each([
    [['data', '--metric', 'nope'], 1, /^cast data: unknown metric "nope"/],
    [['data', '--bogus'], 2, /^cast data: unknown option "--bogus" \(`cast data --help` lists its options\)$/],
    [['data', '--json', '--csv'], 2, /choose one of --json and --csv/],
    [['frobnicate'], 2, /^cast: unknown command "frobnicate"/],
  ])('%j fails with one clear line', async (argv, code, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/); // never a stack trace
  });

  it('runs as the npm script with exit codes', async () => {
    const ok = execFileSync('npm', ['run', '-s', 'cast', '--', 'data', '--metric', 'ui.share'], { encoding: 'utf8' });
    expect(ok).toContain('45.03');
    const bad = spawnSync('npm', ['run', '-s', 'cast', '--', 'data', '--metric', 'x'], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(
      bad.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('npm warn')),
    ).toEqual(['cast data: unknown metric "x"; `cast data` lists them all']);
  });
});
