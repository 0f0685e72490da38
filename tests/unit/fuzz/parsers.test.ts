// Property-based fuzzing of the parsers that read untrusted text: whatever comes in, they return
// a result or problems naming where, and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvSeries } from '../../../src/engine/io/csv-series.ts';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { validateDataset } from '../../../src/engine/io/dataset.ts';
import { runCli } from '../../../src/cli/cast.ts';

const RUNS = 300;

/** CSV-ish text: the characters that matter to a CSV parser, in any order. */
const csvText = fc
  .array(
    fc.constantFrom(
      'date',
      'value',
      'series',
      ',',
      '"',
      '\n',
      '\r\n',
      ' ',
      '2024',
      '-',
      '12',
      '31',
      '1.5',
      '70.577,2',
      'NaN',
      'x',
      '\uFEFF',
      'đ',
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

describe('fuzzing the CSV reader', () => {
  it('never throws, and every problem names the file', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, fc.string({ maxLength: 300 })), (text) => {
        const { series, issues } = readCsvSeries(text, 'fuzz.csv');
        for (const issue of issues) expect(issue.where.startsWith('fuzz.csv')).toBe(true);
        for (const s of series) {
          expect(s.points.length).toBeGreaterThanOrEqual(3);
          for (const p of s.points) expect(Number.isFinite(p.value)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the scenario reader', () => {
  it('never throws on any text, and rejects with located messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 6 })), (text) => {
        const result = parseScenarioText(text, 'fuzz.json');
        if (!result.ok) for (const issue of result.issues) expect(issue.where.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on scenario-shaped objects with random values', () => {
    const value = fc.oneof(
      fc.double(),
      fc.string({ maxLength: 20 }),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          title: value,
          levers: fc.dictionary(fc.string({ maxLength: 12 }), value, { maxKeys: 4 }),
          horizon: value,
          monteCarlo: value,
        }),
        (fields) => {
          const text = JSON.stringify({ format: 'targetcast-scenario', version: 1, leversFrom: '2025-10-01', ...fields });
          expect(parseScenarioText(text, 'fuzz.json').ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('rejects any dataset value that is not a finite non-negative number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.double({ max: -Number.MIN_VALUE }), fc.string()),
        (value) => {
          const observation = {
            id: 'x.2025-01-31',
            metric: 'x',
            region: 'Hanoi',
            asOf: '2025-01-31',
            value,
            unit: 'people',
            kind: 'stock',
            qualifier: 'exact',
            source: { document: 'd', quote: 'q', origin: 'user' },
          };
          const result = validateDataset({ observations: [observation], targets: [] });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues[0]!.where).toBe('observations[0].value');
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the CLI arguments', () => {
  it('answers any argument list with an exit code and never a stack trace', () => {
    const arg = fc.oneof(
      fc.constantFrom(
        'data',
        'forecast',
        'target',
        'yearend',
        'help',
        '--json',
        '--csv',
        '--metric',
        'hi.coverage',
        '--year',
        '2025',
        '--paths',
        '-1',
        '--input',
        '--by',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 5 }), (argv) => {
        // Keep it fast: no simulations in the fuzz (those are tested elsewhere).
        if (argv.includes('target') || argv.includes('yearend') || argv.includes('forecast'))
          argv = argv.filter((a) => !['target', 'yearend', 'forecast'].includes(a));
        const result = runCli(argv);
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }),
      { numRuns: 200 },
    );
  });
});
