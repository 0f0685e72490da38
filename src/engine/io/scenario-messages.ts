// Messages for schema failures, written for the analyst who edits the JSON by hand: what was
// expected and what was found, at a JSON path. Every zod issue becomes a keyed message here, once,
// for every schema the engine checks (scenario files, datasets, cells): zod's own checks by their
// code ("Invalid input: expected number, received string" becomes "must be a number, got the string
// "abc""), our refinements from the message they carry (`keyed`, `keyedIssue`).
import type { z } from 'zod';
import { english, isMessage, msg, type Message, type MessageParam } from '../messages.ts';
import { formatPath, issue, type Validated, type ValidationIssue } from './issues.ts';
import { childPath } from './scenario-json.ts';

const NOT_JSON_NUMBERS = new Set(['NaN', 'Infinity', '-Infinity', '+Infinity']);

/** A short description of a JSON value for a message ("the string "abc"", "an array", "5"). */
export function describeValue(value: unknown): MessageParam {
  if (value === null) return 'null';
  if (Array.isArray(value)) return msg('valueArray');
  switch (typeof value) {
    case 'string':
      return msg('valueString', { text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) });
    case 'number':
      // JSON.parse reads 1e999 as Infinity: say why, or "got Infinity" puzzles the file's author.
      return Number.isFinite(value) ? String(value) : msg('valueTooLarge', { value: String(value) });
    case 'boolean':
      return String(value);
    case 'object':
      return msg('valueObject');
    default:
      return msg('valueNothing');
  }
}

/** Why a value is not a number; NaN and Infinity get their own hint since JSON has neither. */
export function notANumberMessage(value: unknown, expected: MessageParam = msg('aNumber')): Message {
  if (value === undefined) return msg('required', { expected });
  const got = describeValue(value);
  const named = typeof value === 'string' && NOT_JSON_NUMBERS.has(value.trim());
  return msg(named ? 'mustBeNoNaN' : 'mustBe', { expected, got });
}

/** Options for `.refine(check, keyed(text))`: zod keeps the English, the conversion below the key. */
export const keyed = (text: Message) => ({ message: english(text), params: { text } });

/** An issue for `ctx.addIssue`, carrying its keyed text. */
export const keyedIssue = (text: Message, path?: PropertyKey[]) => ({
  code: 'custom' as const,
  ...(path ? { path } : {}),
  message: english(text),
  params: { text },
});

const EXPECTED: Record<string, Message> = {
  number: msg('aNumber'),
  int: msg('aWholeNumber'),
  string: msg('aString'),
  boolean: msg('trueOrFalse'),
  object: msg('anObject'),
  array: msg('anArray'),
  record: msg('anObject'),
};

const quoteAll = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A bound's message by what it bounds, or undefined for bounds no schema here uses. */
function boundMessage(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, input: unknown): Message | undefined {
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  if (issue.origin === 'string' && typeof input === 'string') {
    if (!big && bound === 1) return msg('mustNotBeEmpty');
    return msg(big ? 'textAtMost' : 'textAtLeast', { bound, length: input.length });
  }
  if (issue.origin === 'array' && Array.isArray(input)) {
    if (!big && bound === 1) return msg('mustNotBeEmpty');
    return msg(big ? 'itemsAtMost' : 'itemsAtLeast', { bound, length: input.length });
  }
  if (issue.origin === 'number' || issue.origin === 'int')
    return msg(big ? 'numberAtMost' : 'numberAtLeast', { bound, got: describeValue(input) });
  return undefined;
}

/** The message of one zod issue (parsed with reportInput, so that "got ..." can say what was found). */
function messageOf(issue: z.core.$ZodIssue): Message {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'custom':
      if (isMessage(issue.params?.text)) return issue.params.text;
      break;
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (input === undefined) return msg('required', { expected });
      if (issue.expected === 'number' || issue.expected === 'int') return notANumberMessage(input, expected);
      return msg('mustBe', { expected, got: describeValue(input) });
    }
    case 'too_big':
    case 'too_small': {
      const bound = boundMessage(issue, input);
      if (bound) return bound;
      break;
    }
    case 'invalid_value': {
      const got = describeValue(input);
      if (issue.values.length === 1) return msg('mustBe', { expected: quoteAll(issue.values), got });
      return msg('mustBeOneOf', { values: quoteAll(issue.values), got });
    }
    case 'invalid_format':
      if (issue.format === 'datetime') return msg('dateTime');
      break;
    case 'invalid_union': {
      // A discriminated union (the cells) whose discriminator names no member: say which exist.
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator === undefined || !options) break;
      const given = isRecord(input) ? input[discriminator] : undefined;
      const known = options.join(', ');
      return given === undefined ? msg('requiredOneOf', { known }) : msg('unknownCellType', { type: JSON.stringify(given), known });
    }
  }
  return msg('invalid', { detail: issue.message });
}

/**
 * Zod issues to ValidationIssues. An unknown field is reported at its own path
 * ("cells[0].colour: unknown field") rather than at the object that holds it.
 */
export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  // z.int() adds the safe-integer range to every bound, so 1e20 breaks two: only the field's own is worth reading.
  const safeRange = (i: z.core.$ZodIssue) =>
    (i.code === 'too_big' || i.code === 'too_small') &&
    i.origin === 'int' &&
    Math.abs(Number(i.code === 'too_big' ? i.maximum : i.minimum)) === Number.MAX_SAFE_INTEGER;
  const otherwiseReported = new Set(error.issues.filter((i) => !safeRange(i)).map((i) => formatPath(i.path)));
  return error.issues.flatMap((zodIssue) => {
    if (safeRange(zodIssue) && otherwiseReported.has(formatPath(zodIssue.path))) return [];
    const path = [...prefix, ...zodIssue.path];
    if (zodIssue.code === 'unrecognized_keys') {
      return zodIssue.keys.map((key) => issue(childPath(formatPath(path), key), msg('unknownField')));
    }
    return [issue(formatPath(path) || '(top level)', messageOf(zodIssue))];
  });
}

/** A value checked against a schema, its problems as keyed issues (at `prefix` within a file). */
export function checkSchema<S extends z.ZodType>(schema: S, value: unknown, prefix: readonly PropertyKey[] = []): Validated<z.output<S>> {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error, prefix) };
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
export function unknownIdMessage(
  key: 'unknownLever' | 'unknownMetric' | 'unknownTarget',
  id: string,
  known: readonly string[],
  shown = 5,
): Message {
  const lower = id.toLowerCase();
  const close = known.find((k) => withinOneEdit(k.toLowerCase(), lower));
  const list = known.slice(0, shown).join(', ');
  return msg(key, {
    hint: close ? msg('didYouMean', { id: close }) : '',
    known: known.length > shown ? msg('knownMore', { list, total: known.length }) : list,
  });
}
