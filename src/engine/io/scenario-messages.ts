// Messages for scenario files, written for the analyst who edits the JSON by hand: what was
// expected and what was found, at a JSON path. Zod's defaults ("Invalid input: expected number,
// received string") are replaced here, once, for every schema a scenario file goes through.
import type { z } from 'zod';
import { formatPath, type ValidationIssue } from './issues.ts';
import { childPath } from './scenario-json.ts';

const NOT_JSON_NUMBERS = new Set(['NaN', 'Infinity', '-Infinity', '+Infinity']);

/** A short description of a JSON value for an error message ("the string "abc"", "an array"). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
      // JSON.parse reads 1e999 as Infinity: say why, or "got Infinity" puzzles the file's author.
      return Number.isFinite(value) ? String(value) : `${value} (a number too large to store, such as 1e999)`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

/** Why a value is not a number; NaN and Infinity get their own hint since JSON has neither. */
export function notANumberMessage(value: unknown, expected = 'a number'): string {
  if (value === undefined) return `is required (${expected})`;
  const hint =
    typeof value === 'string' && NOT_JSON_NUMBERS.has(value.trim()) ? ' (JSON has no NaN or Infinity: write a finite number)' : '';
  return `must be ${expected}, got ${describeValue(value)}${hint}`;
}

const ARTICLE: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  record: 'an object',
};

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Per-parse error map (zod 4): schema-level messages still win over these. */
export const scenarioErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `is required (${expected})`;
      if (issue.expected === 'number' || issue.expected === 'int') return notANumberMessage(issue.input, expected);
      return `must be ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const word = issue.code === 'too_big' ? 'most' : 'least';
      const input = issue.input;
      if (issue.origin === 'string' && typeof input === 'string') {
        if (issue.code === 'too_small' && bound === 1) return 'must not be empty';
        return `must be at ${word} ${bound} characters long, got ${input.length}`;
      }
      if (issue.origin === 'array' && Array.isArray(input)) return `must have at ${word} ${bound} items, got ${input.length}`;
      if (issue.origin === 'number' || issue.origin === 'int') return `must be at ${word} ${bound}, got ${describeValue(input)}`;
      return undefined;
    }
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? quoteAll(issue.values) : `one of ${quoteAll(issue.values)}`}, got ${describeValue(issue.input)}`;
    default:
      return undefined;
  }
};

/**
 * Zod issues to ValidationIssues. An unknown field is reported at its own path
 * ("cells[0].colour: unknown field") rather than at the object that holds it.
 */
export function scenarioIssuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  // z.int() adds the safe-integer range to every bound, so 1e20 breaks two: only the field's own is worth reading.
  const safeRange = (i: z.core.$ZodIssue) =>
    (i.code === 'too_big' || i.code === 'too_small') &&
    i.origin === 'int' &&
    Math.abs(Number(i.code === 'too_big' ? i.maximum : i.minimum)) === Number.MAX_SAFE_INTEGER;
  const otherwiseReported = new Set(error.issues.filter((i) => !safeRange(i)).map((i) => formatPath(i.path)));
  return error.issues.flatMap((issue) => {
    if (safeRange(issue) && otherwiseReported.has(formatPath(issue.path))) return [];
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ where: childPath(formatPath(path), key), message: 'unknown field' }));
    }
    return [{ where: formatPath(path) || '(top level)', message: issue.message }];
  });
}

/** Whether two strings differ by at most one insertion, deletion or substitution: linear, for "did you mean" hints. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  // Past the first difference the rest must match: shifted by one (an insertion) or not (a substitution).
  return a.slice(i + (a.length === b.length ? 1 : 0)) === b.slice(i + 1);
}

/** "unknown lever (known: a, b, c, …)", with a suggestion when the id is a near miss. */
export function unknownIdMessage(what: string, id: string, known: readonly string[], shown = 5): string {
  const lower = id.toLowerCase();
  const close = known.find((k) => withinOneEdit(k.toLowerCase(), lower));
  const list = known.slice(0, shown).join(', ') + (known.length > shown ? `, … ${known.length} in all` : '');
  return `unknown ${what} (${close ? `did you mean ${close}? ` : ''}known: ${list})`;
}
