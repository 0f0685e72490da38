// The CLI against wrong, missing and extra options, hostile numbers and unreadable input files:
// every run ends with exit 0, 1 (bad input) or 2 (usage), each problem on a line of its own that
// says where and what, never a stack trace, and no input file changes. Counts go to the fuzz
// report (tests/fuzz/tally.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';
import { CLI_LIMITS } from '../../../src/cli/limits.ts';
import { FUZZ_RUNS, Tally, type ReaderResult } from '../../fuzz/tally.ts';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url).pathname;
const YEARLY = fixture('linear-yearly.csv');
const MONTHLY = fixture('monthly-2014-2016.csv');
const dir = mkdtempSync(join(tmpdir(), 'cast-corpus-'));
const MISSING = join(dir, 'missing.json');

const args = new Tally('CLI arguments');
const files = new Tally('CLI input files');
afterAll(() => {
  args.save();
  files.save();
  rmSync(dir, { recursive: true, force: true });
});

type CliRun = Awaited<ReturnType<typeof runCli>>;

/**
 * A run in the tally's terms: exit 0 is accepted; exit 1 or 2 with stderr lines of "place:
 * problem" is a clean refusal; anything else (exit 70, a stack trace, silence) is a crash.
 */
function judged(run: CliRun): ReaderResult & { run: CliRun } {
  if (run.code === 0) return { ok: true, run };
  const lines = run.stderr.split('\n');
  if ((run.code !== 1 && run.code !== 2) || run.stderr === '' || /^\s+at .+:\d+:\d+\)?$/m.test(run.stderr))
    throw new Error(`exit ${run.code}: ${run.stderr.slice(0, 300)}`);
  const issues = lines.map((line) => {
    const cut = line.indexOf(': ');
    return cut < 0 ? { where: line, message: '' } : { where: line.slice(0, cut), message: line.slice(cut + 2) };
  });
  return { ok: false, issues, run };
}

// An empty standard input: a generated `-` file reads it, never the test runner's.
const attempt = async (tally: Tally, argv: string[]) =>
  (await tally.attemptAsync(JSON.stringify(argv), async () => judged(await runCli(argv, Readable.from([])))))!;

const dates = (n: number) => Array.from({ length: n }, (_, i) => `${2030 + (i % 70)}`).join(',');

/** argv, exit code, and what stderr must say (one line for a usage mistake). */
const REFUSED: [argv: string[], code: 1 | 2, mention: string][] = [
  [[], 2, 'cast: no command given (commands: data, forecast,'],
  [
    ['frobnicate'],
    2,
    'cast: unknown command "frobnicate" (commands: data, forecast, import, target, yearend, run, compare, seek, sensitivity, help; `cast help` explains them)',
  ],
  [['\u001b[2J'], 2, 'cast: unknown command "\\u001b[2J"'],
  [['valueOf'], 2, 'cast: unknown command "valueOf"'],
  [['__proto__'], 2, 'cast: unknown command "__proto__"'],
  [['data', '--metric'], 2, "cast data: Option '--metric <value>' argument missing"],
  [['data', '--metric', 'nope'], 1, 'cast data: unknown metric "nope"'],
  [['data', '--json', '--csv'], 2, 'cast data: choose one of --json and --csv'],
  [['data', 'extra'], 2, 'cast data: unexpected argument "extra"'],
  [['data', '--json', '--json'], 2, 'cast data: --json is given more than once'],
  [['data', '--bogus'], 2, 'cast data: unknown option "--bogus" (`cast data --help` lists its options)'],
  [['yearend', '-x'], 2, 'cast yearend: unknown option "-x"'],
  [['help', 'extra'], 2, 'cast help: no command "extra" to explain'],
  [['forecast'], 2, 'cast forecast: --input FILE.csv is required'],
  [['forecast', '--input', YEARLY], 2, 'cast forecast: give exactly one of --horizon N and --at DATE[,DATE...]'],
  [['forecast', '--input', YEARLY, '--horizon', '2', '--at', '2030'], 2, 'give exactly one of'],
  [['forecast', '--input', YEARLY, '--horizon', '2', '--horizon', '3'], 2, 'cast forecast: --horizon is given more than once'],
  ...['80%', '1e999', '-0', 'NaN', '0x10', '', ' ', '3.5', '0', `${CLI_LIMITS.horizonSteps + 1}`, 'Infinity'].map(
    (h): [string[], 2, string] => [
      ['forecast', '--input', YEARLY, `--horizon=${h}`],
      2,
      `--horizon must be a whole number of steps from 1 to 1000, got ${JSON.stringify(h)}`,
    ],
  ),
  ...['80%', '0.99', '99.91', '100', '-0', 'NaN', '1e999'].map((l): [string[], 2, string] => [
    ['forecast', '--input', YEARLY, '--horizon', '2', `--level=${l}`],
    2,
    `--level must be a percentage from 1 to 99.9, got ${JSON.stringify(l)}`,
  ]),
  [['forecast', '--input', YEARLY, '--horizon', '2', '--unit', 'kg'], 2, '--unit must be percent, count, currency or real, got "kg"'],
  [['forecast', '--input', YEARLY, '--at', '2025-13'], 2, 'cast forecast: --at: cannot read date "2025-13"'],
  [['forecast', '--input', YEARLY, '--at', '31/12/2030'], 2, 'cast forecast: --at: cannot read date "31/12/2030"'],
  [
    ['forecast', '--input', YEARLY, '--at', '2101'],
    2,
    'cast forecast: --at: 2101-12-31 is after 2100-12-31, the last date forecasts go to',
  ],
  [['forecast', '--input', YEARLY, '--at', dates(CLI_LIMITS.atDates + 1)], 2, 'cast forecast: --at has 1,001 dates; the limit is 1,000'],
  [['forecast', '--input', YEARLY, '--horizon', '1000'], 1, 'series "value" --horizon 1000 reaches the year 3021, after 2100-12-31'],
  [['forecast', '--input', MONTHLY, '--horizon', '2', '--unit', 'percent'], 1, 'is outside 0-100 for --unit percent'],
  [['forecast', '--input', '\u001b[31mred.csv', '--horizon', '2'], 1, 'cast forecast: \\u001b[31mred.csv: no such file'],
  [['target'], 2, 'cast target: --metric ID, --value X and --by DATE are required'],
  [['target', '--metric', 'hi.coverage', '--value', '80%', '--by', '2026'], 2, '--value must be a non-negative number, got "80%"'],
  [['target', '--metric', 'hi.coverage', '--value', '1e999', '--by', '2026'], 2, '--value must be a non-negative number, got "1e999"'],
  [['target', '--metric', 'hi.coverage', '--value', '96', '--by', '31/12/2026'], 2, '--by: cannot read date "31/12/2026"'],
  [
    ['target', '--metric', 'hi.coverage', '--value', '96', '--by', '2036'],
    2,
    'cast target: --by 2036-12-31 is after 2035-12-31: simulations go at most 10 years past the last figure of hi.coverage (2025-09-30)',
  ],
  [
    ['target', '--metric', 'hi.coverage', '--value', '96', '--by', '2026', '--horizon', '9999'],
    2,
    '--horizon 9999-12-31 is after 2035-12-31',
  ],
  [['target', '--metric', 'nope', '--value', '1', '--by', '2026'], 1, 'cast target: unknown metric "nope"'],
  [['yearend', '--year', '1800'], 2, 'cast yearend: --year must be a year from 1990 to 2100, got "1800"'],
  [['yearend', '--year', '2025.5'], 2, '--year must be a year from 1990 to 2100, got "2025.5"'],
  [['yearend', '--paths', '5'], 2, 'cast yearend: --paths must be an integer from 100 to 100000, got "5"'],
  [
    ['yearend', '--seed', '-1'],
    2,
    "cast yearend: Option '--seed' argument is ambiguous. Did you forget to specify the option argument for '--seed'? To specify an option argument starting with a dash use '--seed=-XYZ'.",
  ],
  [['yearend', '--seed=-1'], 2, 'cast yearend: --seed must be an integer from 0 to 4294967295, got "-1"'],
  [['run'], 2, 'cast run: expected one scenario file, got 0'],
  [['run', 'a.json', 'b.json'], 2, 'cast run: expected one scenario file, got 2'],
  [['run', MISSING], 1, `cast run: ${MISSING}: no such file`],
  [['run', MISSING, '--paths', `${CLI_LIMITS.paths.max}`], 1, 'no such file'],
  [['run', MISSING, '--paths', `${CLI_LIMITS.paths.max + 1}`], 2, '--paths must be an integer from 100 to 100000, got "100001"'],
  [['run', MISSING, '--paths', `${CLI_LIMITS.paths.min - 1}`], 2, 'got "99"'],
  [['run', MISSING, '--seed', `${CLI_LIMITS.seedMax}`], 1, 'no such file'],
  [['run', MISSING, '--seed', `${CLI_LIMITS.seedMax + 1}`], 2, '--seed must be an integer from 0 to 4294967295, got "4294967296"'],
  [['compare', MISSING], 2, 'cast compare: expected 2 scenario files, got 1'],
  [['seek', MISSING], 2, 'cast seek: --target METRIC and one of --lever LEVER and --cheapest are required'],
  [
    ['seek', MISSING, '--target', 'x', '--lever', 'y', '--prob', '1'],
    2,
    '--prob must be a probability between 0 and 1, or "median", got "1"',
  ],
  [['sensitivity'], 2, 'cast sensitivity: expected one scenario file, got 0'],
];

describe('the CLI on a corpus of wrong arguments', () => {
  it.each(REFUSED)('%j exits %i', async (argv, code, mention) => {
    const result = await attempt(args, argv);
    expect(result.ok).toBe(false);
    expect(result.run.code).toBe(code);
    expect(result.run.stderr).toContain(mention);
    if (code === 2) expect(result.run.stderr.split('\n')).toHaveLength(1);
  });

  it('prints the usage for help', async () => {
    expect((await attempt(args, ['help', 'yearend'])).run.stdout).toMatch(/^usage: cast yearend/);
    expect((await attempt(args, ['--help'])).run.stdout).toMatch(/^usage: cast/);
  });

  it('takes each bound itself', async () => {
    const monthly = await attempt(args, ['forecast', '--input', MONTHLY, '--horizon', `${CLI_LIMITS.horizonSteps}`, '--json']);
    const forecast = JSON.parse(monthly.run.stdout).results[0].forecast as { date: string }[];
    expect(forecast).toHaveLength(1000);
    expect(forecast.at(-1)!.date).toBe('2100-04-30');
    const at = await attempt(args, ['forecast', '--input', YEARLY, '--at', dates(CLI_LIMITS.atDates), '--json']);
    expect(JSON.parse(at.run.stdout).results[0].forecast).toHaveLength(1000);
    expect((await attempt(args, ['forecast', '--input', YEARLY, '--at', '2100-12-31'])).ok).toBe(true);
    for (const level of ['1', '99.9'])
      expect((await attempt(args, ['forecast', '--input', YEARLY, '--horizon', '2', '--level', level])).ok).toBe(true);
    const by = await attempt(args, [
      'target',
      '--metric',
      'hi.coverage',
      '--value',
      '99',
      '--by',
      '2035-12-31',
      '--paths',
      '100',
      '--json',
    ]);
    expect(JSON.parse(by.run.stdout).by).toBe('2035-12-31');
  });
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Writes a file into the temporary folder; returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI on a file, and checks that the file's bytes are the same afterwards. */
async function onFile(path: string, argv: (path: string) => string[]) {
  const before = existsSync(path) && statSync(path).isFile() ? sha(path) : null;
  const result = await attempt(files, argv(path));
  if (before !== null) expect(sha(path)).toBe(before);
  return result;
}

const forecast = (path: string) => ['forecast', '--input', path, '--horizon', '2'];
const run = (path: string) => ['run', path, '--paths', '100'];

describe('the CLI on unreadable input files', () => {
  mkdirSync(join(dir, 'folder.csv'));
  const utf16 = (text: string, bom: boolean) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
  const GOOD = 'date,value\n2020,1\n2021,2\n2022,3\n';
  const REFUSED_FILES: [name: string, path: () => string, argv: (path: string) => string[], mention: string][] = [
    ['missing', () => join(dir, 'missing.csv'), forecast, 'missing.csv: no such file'],
    ['a folder', () => join(dir, 'folder.csv'), forecast, 'folder.csv: is a folder, not a file'],
    ['a device', () => '/dev/null', forecast, '/dev/null: not a regular file'],
    ['empty', () => file('empty.csv', ''), forecast, 'empty.csv: the file is empty'],
    [
      'binary',
      () =>
        file(
          'binary.csv',
          Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256),
        ),
      forecast,
      'binary.csv:1:',
    ],
    ['UTF-16 without a BOM', () => file('utf16.csv', utf16(GOOD, false)), forecast, 'utf16.csv: the file looks like UTF-16'],
    [
      'Latin-1',
      () => file('latin1.csv', Buffer.from('series,date,value\nHà Nội,2020,1\n', 'latin1')),
      forecast,
      'latin1.csv:2:2: byte 0xE0 is not UTF-8',
    ],
    ['a NUL in text', () => file('nul.csv', 'date,value\n2020,\u00001\n'), forecast, 'nul.csv:2:6: a NUL character'],
    [
      'one byte over the size limit',
      () => {
        const path = file('huge.csv', '');
        truncateSync(path, CLI_LIMITS.inputBytes + 1);
        return path;
      },
      forecast,
      'huge.csv: the file has 52,428,801 bytes; the limit is 52,428,800 (50 MB)',
    ],
    [
      'the size limit itself (then the CSV limit)',
      () => file('limit.csv', `${GOOD}${' '.repeat(CLI_LIMITS.inputBytes - GOOD.length)}`),
      forecast,
      'limit.csv: the text has 52,428,800 characters; the limit is 10,485,760 (10 MB)',
    ],
    ['a scenario that is binary', () => file('binary.json', Uint8Array.from([0x7b, 0, 1, 2])), run, 'binary.json'],
    ['a scenario that is not JSON', () => file('broken.json', '{"format": '), run, 'broken.json: not a valid scenario file'],
    ['a scenario nested too deep', () => file('deep.json', '['.repeat(100_000)), run, 'deep.json: not a valid scenario file'],
  ];

  it.each(REFUSED_FILES)('%s: exit 1, naming the file', async (_name, path, argv, mention) => {
    const result = await onFile(path(), argv);
    expect(result.ok).toBe(false);
    expect(result.run.code).toBe(1);
    expect(result.run.stderr).toContain(mention);
  });

  it.each([
    ['a UTF-8 BOM', `\uFEFF${GOOD}`],
    ['UTF-16 with a BOM', utf16(GOOD, true)],
    ['Vietnamese numbers and dates', 'date;value\n31/12/2020;70.577,2\n31/12/2021;71.000\n31/12/2022;72.100,5\n'],
  ])('%s: read, forecast, and left as it was', async (name, content) => {
    const result = await onFile(file(`${name.replace(/\W+/g, '-')}.csv`, content), (path) => [...forecast(path), '--json']);
    expect(result.run.stderr).toBe('');
    expect(JSON.parse(result.run.stdout).results[0].forecast).toHaveLength(2);
  });
});

describe('fuzzing the CLI', () => {
  it('answers any argument list with exit 0, 1 or 2 and one located line per problem', async () => {
    const arg = fc.oneof(
      fc.constantFrom(
        'data',
        'forecast',
        'help',
        'run',
        'compare',
        'seek',
        'sensitivity',
        'constructor',
        'toString',
        '--json',
        '--csv',
        '--metric',
        'hi.coverage',
        '--year',
        '2025',
        '--paths',
        '--seed',
        '--level',
        '--unit',
        '--at',
        '--horizon',
        '--target',
        '--lever',
        '--prob',
        '80%',
        '1e999',
        '-0',
        'NaN',
        '0x10',
        '-1',
        '-',
        '2',
        '2101',
        '31/12/2025',
        '--input',
        YEARLY,
        MISSING,
        dir,
      ),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 6 }), async (argv) => {
        // No simulations in the fuzz (the corpus above runs them): a scenario file never opens.
        const fast = argv.filter((a) => !['target', 'yearend'].includes(a));
        const result = await attempt(args, fast);
        expect(result).not.toBeNull();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('reads any bytes as an input file without crashing or changing it', async () => {
    const path = join(dir, 'fuzz.csv');
    const csvish = fc
      .array(fc.constantFrom('date', 'value', ',', ';', '\t', '\n', '"', '2020', '2021', '2022', '1,5', '1.234', '31/12/2024', 'đ'), {
        maxLength: 40,
      })
      .map((parts) => Buffer.from(parts.join('')));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 200 }), csvish), async (bytes) => {
        writeFileSync(path, bytes);
        expect(await onFile(path, forecast)).not.toBeNull();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('the tally', () => {
  it('saw no crash', () => {
    expect(args.result.crashExamples).toEqual([]);
    expect(files.result.crashExamples).toEqual([]);
  });
});
