import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from '../../../src/engine/io/scenario-json.ts';
import { english } from '../../../src/engine/messages.ts';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

// Valid JSON, then cut or with a character inserted: mostly broken, sometimes still valid.
const jsonish = fc.oneof(
  fc.json(),
  fc.tuple(fc.json(), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom(...'{}[]:,"\\ \n\t0-.eEtfnNI\'/x'.split('')))
    .map(([t, n, c]) => t.slice(0, n % (t.length + 1)) + c + t.slice(n % (t.length + 1))),
  fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ 01-.etrufalsn'.split('')), maxLength: 30 }),
);

describe('locating JSON syntax errors', () => {
  it('finds an error exactly when JSON.parse rejects the text, at a position inside it', () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        const problem = findJsonSyntaxError(text);
        expect(problem === null).toBe(parses(text));
        if (problem) expect(problem.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts lines and columns from 1, with \\n, \\r\\n and \\r line breaks', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('a\r\nbc', 4)).toEqual({ line: 2, column: 2 });
  });

  it('does not overflow the stack on deeply nested broken input, opening or closing', () => {
    const deep = '['.repeat(200_000);
    expect(english(findJsonSyntaxError(deep)!.text)).toMatch(/ends too early/);
    // A million containers closing in a row, then one too few: found by a loop, not recursion.
    expect(findJsonSyntaxError(deep.repeat(5) + ']'.repeat(999_999))).toMatchObject({ offset: 1_999_999, syntax: true });
  });
});

describe('structure limits checked on the text', () => {
  const limits = { maxDepth: 3 };

  it('refuses nesting deeper than the limit at the container that breaks it', () => {
    expect(findJsonSyntaxError('[[[]]]', limits)).toBeNull();
    const deep = findJsonSyntaxError('{"a": [[{}]]}', limits)!;
    expect({ ...deep, text: english(deep.text) }).toEqual({ offset: 8, text: 'nested too deeply (more than 3 levels)', syntax: false });
  });

  it('refuses a key repeated in one object, comparing keys after their escapes, and names the first', () => {
    expect(findJsonSyntaxError('{"a": {"b": 1}, "b": {"b": 2}}', limits)).toBeNull();
    const twice = findJsonSyntaxError('{\n  "a": 1,\n  "\\u0061": 2\n}', limits)!;
    expect({ ...twice, text: english(twice.text) }).toEqual({
      offset: 14,
      text: 'the key "a" appears twice in one object (first at line 2, column 3): keep one',
      syntax: false,
    });
  });

  it('agrees with JSON.parse on valid JSON within the limits', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), (text) => {
        expect(findJsonSyntaxError(text, limits)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
