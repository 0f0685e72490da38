// The scenario reader against a corpus of malformed files (scenario-corpus.ts): every one refused
// with a problem at the expected place that says what is wrong, none thrown, none slow.
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { Tally } from '../../fuzz/tally.ts';
import { BYTES_CASES, FILE, TEXT_CASES, readScenarioBytes } from './scenario-corpus.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

const text = new Tally('Scenario files: corpus (text)');
const bytes = new Tally('Scenario files: corpus (bytes)');
afterAll(() => {
  text.save();
  bytes.save();
});

const matches = (value: string, expected: string | RegExp) => (typeof expected === 'string' ? value === expected : expected.test(value));
const contains = (value: string, expected: string | RegExp) =>
  typeof expected === 'string' ? value.includes(expected) : expected.test(value);

describe('the scenario corpus, as text', () => {
  it(`refuses each of ${TEXT_CASES.length} malformed files at the right place, saying what is wrong`, () => {
    const wrong: string[] = [];
    for (const c of TEXT_CASES) {
      const result = text.attempt(c.text, () => parseScenarioText(HANOI_CONTEXT, c.text, FILE));
      const issues = result && !result.ok ? result.issues : [];
      if (!issues.some((i) => matches(i.where, c.where) && contains(i.message, c.word)))
        wrong.push(`${c.name}: ${result?.ok ? 'accepted' : issues.slice(0, 3).map(formatIssue).join(' | ')}`);
    }
    expect(wrong).toEqual([]);
    expect(text.result.crashes).toBe(0);
  });

  it('refuses 50 MB at once, and reads a 10 MB file in well under a second', () => {
    const spaces = ' '.repeat(50 * 1024 * 1024);
    let start = performance.now();
    expect(parseScenarioText(HANOI_CONTEXT, spaces, FILE).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
    const padded = `${' '.repeat(10 * 1024 * 1024 - 4)}null`;
    start = performance.now();
    expect(parseScenarioText(HANOI_CONTEXT, padded, FILE).ok).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('the scenario corpus, as bytes', () => {
  it.each(BYTES_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = bytes.attempt(`${c.name} (${c.bytes.length} bytes)`, () => readScenarioBytes(c.bytes, FILE));
    if (c.expect === 'accepted') {
      expect(result?.ok).toBe(true);
      return;
    }
    expect(result?.ok).toBe(false);
    if (result && !result.ok) {
      expect(result.issues[0]!.where).toSatisfy((w: string) => matches(w, (c.expect as { where: string | RegExp }).where));
      expect(result.issues[0]!.message).toContain((c.expect as { word: string }).word);
    }
  });
});
