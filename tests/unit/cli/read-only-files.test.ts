// "Input files are only read, never written": every scenario command leaves its files' bytes and
// modification times as they were, and creates nothing next to them (only `import --out` writes).
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';

const SCENARIOS = new URL('../../../scenarios/', import.meta.url).pathname;
const shipped = readdirSync(SCENARIOS)
  .filter((n) => n.endsWith('.json'))
  .map((n) => join(SCENARIOS, n));
const FAST = ['--paths', '200'];

const V0 = {
  format: 'targetcast-scenario',
  version: 0,
  title: 'Bản nháp',
  data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
  leversFrom: '2025-10-01',
  horizon: '2025-12-31',
  levers: [{ id: 'cityTopupOther', value: 20 }],
  mc: { paths: 2000, seed: 7 },
};

/** Every scenario command on one file (compare: against itself). */
async function everyCommand(file: string): Promise<number[]> {
  const runs = [
    ['run', file, ...FAST],
    ['run', file, ...FAST, '--json'],
    ['compare', file, file, ...FAST],
    ['seek', file, '--target', 'si.voluntary.share', '--deadline', '2025-12-31', '--lever', 'cityTopupOther', ...FAST],
    ['sensitivity', file, ...FAST],
  ];
  const codes: number[] = [];
  for (const argv of runs) codes.push((await runCli(argv)).code);
  return codes;
}

function fingerprint(dir: string, names: string[]) {
  return {
    listing: readdirSync(dir).sort(),
    files: names.map((n) => {
      const stat = statSync(join(dir, n));
      return { n, bytes: readFileSync(join(dir, n)).toString('base64'), mtime: stat.mtimeMs, size: stat.size };
    }),
  };
}

describe('the CLI never writes its input files', () => {
  it('leaves every shipped scenario byte-identical, with the same modification time', async () => {
    const names = readdirSync(SCENARIOS);
    const before = fingerprint(SCENARIOS, names);
    for (const file of shipped) expect(await everyCommand(file), file).toEqual([0, 0, 0, 0, 0]);
    expect(fingerprint(SCENARIOS, names)).toEqual(before);
  });

  it('leaves malformed, oddly encoded and old-version files as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'targetcast-readonly-'));
    const base = readFileSync(join(SCENARIOS, 'hanoi-2025-baseline.json'));
    const files: Record<string, Buffer> = {
      'truncated.json': base.subarray(0, 300),
      'bad-utf8.json': Buffer.concat([base.subarray(0, 40), Buffer.from([0xc3, 0x28]), base.subarray(40)]),
      'bom.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), base]),
      'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(base.toString('utf8'), 'utf16le')]),
      'v0.json': Buffer.from(JSON.stringify(V0, null, 2)),
      'empty.json': Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(files)) {
      writeFileSync(join(dir, name), bytes);
      utimesSync(join(dir, name), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    }
    const before = fingerprint(dir, Object.keys(files));
    const codes: Record<string, number[]> = {};
    for (const name of Object.keys(files)) codes[name] = await everyCommand(join(dir, name));
    // The commands really read them: the good ones run, the bad ones fail with a message.
    expect(codes).toEqual({
      'truncated.json': [1, 1, 1, 1, 1],
      'bad-utf8.json': [1, 1, 1, 1, 1],
      'bom.json': [0, 0, 0, 0, 0],
      'utf16.json': [0, 0, 0, 0, 0],
      'v0.json': [0, 0, 0, 0, 0],
      'empty.json': [1, 1, 1, 1, 1],
    });
    expect(fingerprint(dir, Object.keys(files))).toEqual(before);
  });
});
