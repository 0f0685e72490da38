// Reading untrusted JSON text: our own linear scanner first (syntax, nesting, repeated keys), to
// say where and why in the same words in every browser (Safari's JSON.parse gives no position at
// all) and to refuse a hostile shape before JSON.parse builds it; then JSON.parse. After parsing,
// one walk (scanJsonValue) rejects prototype-polluting keys and bounds nesting and size, so the
// schema never sees a hostile shape.
import { msg, type Message, type MessageParam } from '../messages.ts';
import { issue, sizeMessage, type Validated, type ValidationIssue } from './issues.ts';

export interface JsonLimits {
  maxFileChars: number;
  maxDepth: number;
  maxNodes: number;
  /** Longest array and largest object anywhere in the file: checked before any schema runs. */
  maxArrayItems: number;
  maxObjectKeys: number;
  maxKeyLength: number;
}

/** Keys that would reach Object.prototype if some code ever copied them with plain assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface SyntaxProblem {
  offset: number;
  text: Message;
  /** False for valid JSON refused by the limits (too deep, a repeated key). */
  syntax: boolean;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NOT_JSON = ['NaN', 'Infinity', '-Infinity'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
/** A run of string characters that need no attention, skipped in one step (a 9 MB string is common in hostile files). */
const PLAIN = /[^"\\\u0000-\u001f]+/y;

function describeChar(text: string, at: number): MessageParam {
  const code = text.codePointAt(at);
  if (code === undefined) return msg('jsonEnd');
  const c = String.fromCodePoint(code);
  if (c === "'") return msg('jsonSingleQuote');
  if (c === '/') return msg('jsonSlash');
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0xfeff) return msg('jsonBom', { code: hex });
  // Invisible characters are named by code point, or the message would show nothing.
  return /[\p{C}\p{Z}]/u.test(c) ? msg('jsonInvisible', { code: hex }) : JSON.stringify(c);
}

export interface StructureLimits {
  /** Open objects and arrays at once; deeper is refused before JSON.parse sees it. */
  maxDepth: number;
}

/**
 * Finds the first syntax error in JSON text, and with `limits` also the first container nested
 * deeper than allowed or key repeated in one object (JSON.parse silently keeps the last, so a
 * hand-edited file would lose a value unseen). Iterative (an explicit stack of open containers),
 * so a deeply nested hostile file cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string, limits?: StructureLimits): SyntaxProblem | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  /** Keys seen in each open object, with their offsets (only with limits). */
  const keys: Map<string, number>[] = [];
  const skip = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  const fail = (text: Message, at = i, syntax = true): SyntaxProblem => ({ offset: at, text, syntax });
  const unexpected = (expected: Message) =>
    fail(i >= text.length ? msg('jsonEndsEarly', { expected }) : msg('jsonFound', { expected, found: describeChar(text, i) }));

  const readString = (): SyntaxProblem | null => {
    const start = i++;
    while (i < text.length) {
      PLAIN.lastIndex = i;
      if (PLAIN.test(text)) i = PLAIN.lastIndex;
      const c = text[i];
      if (c === undefined) break;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return fail(msg('jsonBadEscape'));
        i = ESCAPE.lastIndex;
      } else return fail(msg('jsonControlInString'));
    }
    return fail(msg('jsonEndsInString'), start);
  };

  const readScalar = (): SyntaxProblem | null => {
    const c = text[i];
    if (c === '"') return readString();
    const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    if (word !== undefined && text.startsWith(word, i)) {
      i += word.length;
      return null;
    }
    for (const bad of NOT_JSON) if (text.startsWith(bad, i)) return fail(msg('jsonNotJsonNumber', { word: bad }));
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    return unexpected(msg('jsonExpectValue'));
  };

  const close = () => {
    i++;
    if (stack.pop() === '{' && limits) keys.pop();
  };

  // After reading a value: close containers (a loop: thousands may close in a row) or expect a separator.
  const afterValue = (): SyntaxProblem | 'value' | 'key' | 'done' => {
    for (;;) {
      skip();
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? fail(msg('jsonAfterEnd', { found: describeChar(text, i) })) : 'done';
      const closer = top === '{' ? '}' : ']';
      if (text[i] === closer) {
        close();
        continue;
      }
      if (text[i] !== ',') return unexpected(msg('jsonExpectSeparator', { closer }));
      i++;
      skip();
      if (text[i] === closer) return fail(msg('jsonTrailingComma', { closer }));
      return top === '{' ? 'key' : 'value';
    }
  };

  const checkKey = (start: number): SyntaxProblem | null => {
    const seen = keys.at(-1)!;
    const raw = text.slice(start + 1, i - 1);
    const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, start);
      return null;
    }
    const { line, column } = lineAndColumn(text, first);
    return fail(msg('jsonDuplicateKey', { key: JSON.stringify(key), line, column }), start, false);
  };

  let want: 'value' | 'key' = 'value';
  for (;;) {
    skip();
    if (want === 'key') {
      if (text[i] !== '"') return unexpected(msg('jsonExpectName'));
      const start = i;
      const bad = readString() ?? (limits ? checkKey(start) : null);
      if (bad) return bad;
      skip();
      if (text[i] !== ':') return unexpected(msg('jsonExpectColon'));
      i++;
      skip();
    }
    const c = text[i];
    let next: SyntaxProblem | 'value' | 'key' | 'done';
    if (c === '{' || c === '[') {
      if (limits && stack.length >= limits.maxDepth) return fail(msg('tooDeep', { max: limits.maxDepth }), i, false);
      stack.push(c);
      if (c === '{' && limits) keys.push(new Map());
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        close();
        next = afterValue();
      } else next = c === '{' ? 'key' : 'value';
    } else {
      const bad = readScalar();
      next = bad ?? afterValue();
    }
    if (next === 'done') return null;
    if (typeof next === 'object') return next;
    want = next;
  }
}

/** The JSON path of an object's member; an empty key is written [""] so the place is never blank. */
export const childPath = (path: string, key: string) => (key === '' ? `${path}[""]` : path === '' ? key : `${path}.${key}`);

/** Nesting, size and key checks on a parsed value, iteratively. */
export function scanJsonValue(root: unknown, limits: Omit<JsonLimits, 'maxFileChars'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return [issue('(top level)', msg('tooManyValues', { max: limits.maxNodes }))];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) {
      issues.push(issue(path || '(top level)', msg('tooDeep', { max: limits.maxDepth })));
      continue;
    }
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    const max = Array.isArray(value) ? limits.maxArrayItems : limits.maxObjectKeys;
    if (size > max) {
      const bound = Array.isArray(value) ? msg('itemsAtMost', { bound: max, length: size }) : msg('tooManyKeys', { max, size });
      issues.push(issue(path || '(top level)', bound));
      continue;
    }
    // Children are pushed last first, so problems come out in document order.
    if (Array.isArray(value)) {
      for (let k = value.length - 1; k >= 0; k--) stack.push({ value: value[k], path: `${path}[${k}]`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    const bad = (key: string) => FORBIDDEN_KEYS.has(key) || key.length > limits.maxKeyLength;
    for (const key of keys.filter(bad)) {
      const shown = key.length > limits.maxKeyLength ? `${key.slice(0, 20)}…` : key;
      const text = FORBIDDEN_KEYS.has(key)
        ? msg('keyForbidden', { key })
        : msg('keyTooLong', { length: key.length, max: limits.maxKeyLength });
      issues.push(issue(childPath(path, shown), text));
    }
    for (const key of keys.reverse()) {
      if (!bad(key)) {
        stack.push({ value: (value as Record<string, unknown>)[key], path: childPath(path, key), depth: depth + 1 });
      }
    }
  }
  return issues;
}

/**
 * Text to a JSON value, or located problems. `label` names the file in line:column places. The
 * text is checked before JSON.parse (syntax, nesting, repeated keys), so a hostile file is refused
 * with its place in one linear pass instead of being built first. Check the value with scanJsonValue.
 */
export function readJsonText(text: string, label: string | undefined, limits: JsonLimits): Validated<unknown> {
  const file = label ?? '(file)';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > limits.maxFileChars) {
    return { ok: false, issues: [issue(file, sizeMessage(body.length, limits.maxFileChars, 'characters'))] };
  }
  if (body.trim() === '') return { ok: false, issues: [issue(file, msg('fileEmpty'))] };
  const problem = findJsonSyntaxError(body, limits);
  if (problem) {
    const { line, column } = lineAndColumn(body, problem.offset);
    const where = label === undefined ? `line ${line}, column ${column}` : `${label}:${line}:${column}`;
    return { ok: false, issues: [issue(where, problem.syntax ? msg('jsonSyntax', { problem: problem.text }) : problem.text)] };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    // Not reached while the scanner agrees with JSON.parse (a property test checks it); a message all the same.
    return { ok: false, issues: [issue(file, msg('jsonNotParsed', { detail: (error as Error).message }))] };
  }
}
