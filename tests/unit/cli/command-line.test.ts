// `cast` as a command: --version, --help for every command (one line per option), a clear line
// for an option a command does not take, and `-` for standard input wherever a file is read.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';
import { isMainModule } from '../../../src/cli/main-module.ts';
import { daNangWorkbook } from '../../support/da-nang-workbook.ts';

const root = new URL('../../../', import.meta.url);
const scenario = new URL('scenarios/hanoi-2025-baseline.json', root).pathname;
const yearly = new URL('tests/fixtures/linear-yearly.csv', root).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cast-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stdin = (bytes: string | Uint8Array) => Readable.from([Buffer.from(bytes)]);
/** A standard input that fails the test if a command reads it. */
const untouched: AsyncIterable<Uint8Array> = {
  [Symbol.asyncIterator]() {
    throw new Error('standard input was read');
  },
};

/** The lines of a help text's section (`options:`), up to the blank line after it. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Every command and the options its help lists, in order (`-h, --help` last for each). */
const COMMAND_OPTIONS: Record<string, string[]> = {
  data: ['--metric ID', '--json', '--csv'],
  forecast: ['--input FILE.csv', '--horizon N', '--at DATE[,DATE...]', '--level P', '--unit U', '--json'],
  import: ['--out DATASET.json', '--sheet NAME', '--region NAME'],
  target: ['--metric ID', '--value X', '--by DATE', '--horizon DATE', '--dataset D.json', '--paths N', '--seed S', '--json'],
  yearend: ['--year Y', '--dataset D.json', '--paths N', '--seed S', '--json'],
  run: ['--dataset D.json', '--paths N', '--seed S', '--json'],
  compare: ['--dataset D.json', '--paths N', '--seed S', '--json'],
  seek: [
    '--target METRIC|ID',
    '--lever LEVER',
    '--cheapest',
    '--levers A,B',
    '--deadline DATE',
    '--prob P',
    '--dataset D.json',
    '--paths N',
    '--seed S',
    '--json',
  ],
  sensitivity: ['--dataset D.json', '--paths N', '--seed S', '--json'],
  help: [],
};

describe('cast --version and --help', () => {
  it("prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await runCli(['--version'], untouched)).toEqual({ code: 0, stdout: version, stderr: '' });
  });

  it('lists every command, one line each, for --help, -h and help', async () => {
    const help = await runCli(['--help'], untouched);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: cast COMMAND \[options\]\n/);
    const commands = section(help.stdout, 'commands:').map((line) => line.match(/^ {2}(\S+) {2,}\S/)?.[1]);
    expect(commands).toEqual(Object.keys(COMMAND_OPTIONS));
    expect((await runCli(['-h'], untouched)).stdout).toBe(help.stdout);
    expect((await runCli(['help'], untouched)).stdout).toBe(help.stdout);
    expect(help.stdout).toContain('- reads it from standard input');
  });

  it.each(Object.entries(COMMAND_OPTIONS))('cast %s --help lists its options, one line each', async (command, options) => {
    const help = await runCli([command, '--help'], untouched);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout.split('\n')[0]).toMatch(new RegExp(`^usage: cast ${command}\\b`));
    const lines = section(help.stdout, 'options:');
    // Each line: the option (and its value's placeholder), two spaces or more, its help.
    const listed = lines.map((line) => line.match(/^ {2}(-\S+(?: [^\s-]\S*)?|-h, --help) {2,}(\S.*)$/));
    expect(listed.every(Boolean), lines.join('\n')).toBe(true);
    expect(listed.map((m) => m![1])).toEqual([...options, '-h, --help']);
    // The same help however it is asked for, wherever --help stands among other arguments.
    expect((await runCli([command, '-h'], untouched)).stdout).toBe(help.stdout);
    expect((await runCli(['help', command], untouched)).stdout).toBe(help.stdout);
    expect((await runCli([command, 'x.json', '--bogus', '--help'], untouched)).stdout).toBe(help.stdout);
  });

  it('names the positional files where a command takes them', async () => {
    expect(section((await runCli(['run', '--help'], untouched)).stdout, 'arguments:')).toEqual([
      '  FILE.json         a scenario file (as the app saves it)',
    ]);
    expect(section((await runCli(['compare', '--help'], untouched)).stdout, 'arguments:')).toHaveLength(2);
    expect(section((await runCli(['yearend', '--help'], untouched)).stdout, 'arguments:')).toEqual([]);
  });
});

describe('an option a command does not take', () => {
  it.each([
    [['yearend', '--bogus'], 'yearend', '--bogus'],
    [['data', '--bogus=1'], 'data', '--bogus'],
    [['run', scenario, '--paths', '300', '--frob'], 'run', '--frob'],
    [['seek', scenario, '-z'], 'seek', '-z'],
    [['import', 'x.csv', '--sheets', 'A'], 'import', '--sheets'],
    [['forecast', '--input', yearly, '--horizon', '2', '--year', '2030'], 'forecast', '--year'],
  ])('%j: one line naming it, exit 2', async (argv, command, option) => {
    const result = await runCli(argv, untouched);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `cast ${command}: unknown option "${option}" (\`cast ${command} --help\` lists its options)`,
    });
  });

  it('is not confused with a value that starts with a dash', async () => {
    const result = await runCli(['yearend', '--seed=-1'], untouched);
    expect(result.stderr).toBe('cast yearend: --seed must be an integer from 0 to 4294967295, got "-1"');
  });
});

describe('- reads standard input where a file is expected', () => {
  const FAST = ['--paths', '300', '--seed', '3', '--json'];

  it('a scenario file: the same answer as from the file', async () => {
    const fromFile = await runCli(['run', scenario, ...FAST], untouched);
    const fromStdin = await runCli(['run', '-', ...FAST], stdin(readFileSync(scenario)));
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout).targets.length).toBeGreaterThan(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('a forecast CSV', async () => {
    const argv = (input: string) => ['forecast', '--input', input, '--horizon', '2', '--json'];
    const fromStdin = await runCli(argv('-'), stdin(readFileSync(yearly)));
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout).results[0].forecast).toHaveLength(2);
    expect(fromStdin.stdout).toBe((await runCli(argv(yearly), untouched)).stdout);
  });

  it('a workbook to import, as binary, then the dataset file it wrote for --dataset', async () => {
    const bytes = await daNangWorkbook();
    const [fromFile, fromStdin] = [join(dir, 'from-file.json'), join(dir, 'from-stdin.json')];
    const xlsx = join(dir, 'da-nang.xlsx');
    writeFileSync(xlsx, bytes);
    expect((await runCli(['import', xlsx, '--out', fromFile], untouched)).code).toBe(0);
    const imported = await runCli(['import', '-', '--out', fromStdin], stdin(bytes));
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^Read <stdin> \(xlsx\)/);
    // The same records; only their source differs (the file's name, or <stdin>, and the time read).
    const records = (path: string) => {
      const file = JSON.parse(readFileSync(path, 'utf8')) as Record<'observations' | 'targets', Record<string, unknown>[]>;
      return [...file.observations, ...file.targets].map(({ source, ...record }) => record);
    };
    expect(records(fromStdin).length).toBeGreaterThan(40);
    expect(records(fromStdin)).toEqual(records(fromFile));
    expect(readFileSync(fromStdin, 'utf8')).toContain('"document": "<stdin>"');

    const yearend = (dataset: string) => ['yearend', '--dataset', dataset, '--year', '2026', '--paths', '300', '--json'];
    const asked = await runCli(yearend('-'), stdin(readFileSync(fromFile)));
    expect(asked.stderr).toBe('');
    expect(JSON.parse(asked.stdout).answers.map((r: { metric: string }) => r.metric)).toContain('hi.coverage');
    expect(asked.stdout).toBe((await runCli(yearend(fromFile), untouched)).stdout);
  });

  it('a CSV to import', async () => {
    const csv = ['Địa bàn;Chỉ tiêu;Kỳ;Giá trị', 'Đà Nẵng;Tỷ lệ bao phủ BHYT;T1/2025;93,1', 'Đà Nẵng;Tỷ lệ bao phủ BHYT;T2/2025;93,2'];
    const out = join(dir, 'csv-stdin.json');
    const result = await runCli(['import', '-', '--out', out], stdin(csv.join('\n')));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  <stdin>: long, header on row 1; 2 figures');
    expect(JSON.parse(readFileSync(out, 'utf8')).observations).toHaveLength(2);
  });

  it('names standard input in what is wrong with it', async () => {
    const result = await runCli(['run', '-'], stdin('{"format": "targetcast-scenario"'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cast run: <stdin>: not a valid scenario file\n {2}<stdin>:1:33: JSON syntax error/);
  });

  it.each([
    [['compare', '-', '-'], 'cast compare: only one input can be - (standard input)'],
    [['run', '-', '--dataset', '-'], 'cast run: only one input can be - (standard input)'],
    [['import', '-', '--out', '-'], 'cast import: --out names a file: standard output shows what was read'],
  ])('%j is refused', async (argv, message) => {
    expect(await runCli(argv, stdin('{}'))).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('stops reading past the input size limit', async () => {
    let chunks = 0;
    async function* endless() {
      for (;;) {
        chunks += 1;
        yield new Uint8Array(1024 * 1024);
      }
    }
    const result = await runCli(['run', '-'], endless());
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('cast run: <stdin>: more than 52,428,800 bytes, the limit for an input file');
    expect(chunks).toBe(51);
  });

  it('is not read when no file is -', async () => {
    const result = await runCli(['data', '--metric', 'ui.share'], untouched);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('45.03');
  });
});

describe('the main-module check', () => {
  it('holds through a link and in a path with # and spaces, and only for the started script', () => {
    const folder = join(dir, 'a #1 folder%20x');
    mkdirSync(join(folder, 'bin'), { recursive: true });
    const script = join(folder, 'cast.js');
    writeFileSync(script, '');
    const link = join(folder, 'bin', 'cast');
    symlinkSync('../cast.js', link);
    const url = pathToFileURL(script).href;
    expect(url).toContain('%23'); // '#' escaped: no string comparison of paths and URLs would hold
    expect(isMainModule(url, script)).toBe(true);
    expect(isMainModule(url, link)).toBe(true);
    expect(isMainModule(url, join(folder, 'other.js'))).toBe(false);
    expect(isMainModule(url, undefined)).toBe(false);
  });
});
