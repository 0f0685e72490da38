// Property-based fuzzing of the scenario reader: random text, and mutations of a valid file
// (a value replaced, a key deleted, the text cut, garbage inserted, bytes flipped). Whatever comes
// in, the reader accepts it or refuses it with located problems; it never throws. An accepted
// file saves and reads back to the same scenario.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/engine/io/dataset.ts';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { serializeScenario } from '../../../src/engine/io/scenario-serialize.ts';
import { FUZZ_RUNS, Tally, type ReaderResult } from '../../fuzz/tally.ts';
import { BASELINE, FILE, garbage, mutate, mutation, readScenarioBytes } from './scenario-corpus.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

const tallies = {
  random: new Tally('Scenario files: random text'),
  text: new Tally('Scenario files: mutations (text)'),
  bytes: new Tally('Scenario files: mutations (bytes)'),
  dataset: new Tally('Datasets: observation values'),
};
afterAll(() => Object.values(tallies).forEach((t) => t.save()));

/** Counts one attempt, failing the property (with the example) if it crashed. */
function attempt<R extends ReaderResult>(tally: Tally, input: string, read: () => R): R | null {
  const before = tally.result.crashes;
  const result = tally.attempt(input, read);
  expect(tally.result.crashes, tally.result.crashExamples.at(-1)).toBe(before);
  return result;
}

/** Reads text, counts the outcome, and checks that an accepted file round-trips. */
function readText(tally: Tally, text: string): void {
  const result = attempt(tally, text, () => parseScenarioText(HANOI_CONTEXT, text, FILE));
  if (result?.ok) expect(parseScenarioText(HANOI_CONTEXT, serializeScenario(result.value))).toEqual(result);
}

describe('fuzzing the scenario reader', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.json({ maxDepth: 6 })), (text) => readText(tallies.random, text)),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('accepts or refuses every mutation of a valid file: a value replaced, a key deleted or added', () => {
    fc.assert(
      fc.property(mutation, (m) => readText(tallies.text, mutate(m))),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses every cut of a valid file, and accepts or refuses it with garbage inserted', () => {
    fc.assert(
      fc.property(fc.nat(), garbage, fc.boolean(), (at, junk, cut) => {
        const n = at % BASELINE.lastIndexOf('}');
        const text = cut ? BASELINE.slice(0, n) : BASELINE.slice(0, n) + junk + BASELINE.slice(n);
        readText(tallies.text, text);
        if (cut) expect(parseScenarioText(HANOI_CONTEXT, text, FILE).ok).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on bytes: the file with bytes replaced or inserted, or random bytes', () => {
    const encoded = new TextEncoder().encode(BASELINE);
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.boolean()), { minLength: 1, maxLength: 4 });
    const mutated = edits.map((list) => {
      const out = [...encoded];
      for (const [at, byte, insert] of list) out.splice(at % out.length, insert ? 0 : 1, byte);
      return Uint8Array.from(out);
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 300 })), (data) => {
        attempt(tallies.bytes, `${data.length} bytes: ${[...data.subarray(0, 40)]}`, () => readScenarioBytes(data, FILE));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('refuses any observation value that is not a finite non-negative number, at its path', () => {
    const observation = {
      id: 'x.2025-01-31',
      metric: 'x',
      region: 'Hanoi',
      asOf: '2025-01-31',
      unit: 'people',
      kind: 'stock',
      qualifier: 'exact',
      source: { document: 'd', quote: 'q', origin: 'user' },
    };
    const bad = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Number.POSITIVE_INFINITY),
      fc.double({ max: -Number.MIN_VALUE }),
      fc.string(),
    );
    fc.assert(
      fc.property(bad, (value) => {
        const result = attempt(tallies.dataset, String(value), () =>
          validateDataset({ observations: [{ ...observation, value }], targets: [] }),
        );
        expect(result?.ok).toBe(false);
        if (result && !result.ok) expect(result.issues[0]!.where).toBe('observations[0].value');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
