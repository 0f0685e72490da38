// Property-based fuzzing of the parsers that read untrusted text: whatever comes in, they return
// a result or problems naming where, and never throw. (The CSV reader and the CLI have their own
// files: csv-corpus.test.ts and cli-corpus.test.ts.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { validateDataset } from '../../../src/engine/io/dataset.ts';

const RUNS = 300;

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
