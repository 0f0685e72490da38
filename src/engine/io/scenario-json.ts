// Reading untrusted JSON text: JSON.parse for speed, and on failure our own scanner to say where
// and why in the same words in every browser (Safari's JSON.parse gives no position at all).
// After parsing, one walk (scanJsonValue) rejects prototype-polluting keys and bounds nesting and
// size, so the schema never sees a hostile shape.
import type { Validated, ValidationIssue } from './issues.ts';

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
  message: string;
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

const WS = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c === "'") return "' (JSON strings use double quotes)";
  if (c === '/') return "'/' (JSON has no comments)";
  return JSON.stringify(c);
}

/**
 * Finds the first syntax error in text that JSON.parse rejected. Iterative (an explicit stack of
 * open containers), so a deeply nested hostile file cannot overflow the call stack.
 */
export function findJsonSyntaxError(text: string): SyntaxProblem | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  const fail = (message: string, at = i): SyntaxProblem => ({ offset: at, message });
  const unexpected = (expected: string) =>
    fail(i >= text.length ? `the file ends too early, ${expected} (is it truncated?)` : `${expected}, found ${describeChar(text[i])}`);

  const readString = (): SyntaxProblem | null => {
    const start = i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return fail('invalid escape sequence in a string');
        i = ESCAPE.lastIndex;
      } else if (c.charCodeAt(0) < 0x20) {
        return fail('a line break or control character inside a string (write \\n)');
      } else i++;
    }
    return fail('the file ends inside a string (is it truncated?)', start);
  };

  const readScalar = (): SyntaxProblem | null => {
    const c = text[i];
    if (c === '"') return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    for (const word of ['NaN', 'Infinity', '-Infinity']) {
      if (text.startsWith(word, i)) return fail(`${word} is not valid JSON: write a finite number`);
    }
    NUMBER.lastIndex = i;
    if (c !== undefined && /[-\d]/.test(c) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    return unexpected('expected a value');
  };

  // After reading a value: close containers or expect a separator.
  const afterValue = (): SyntaxProblem | 'value' | 'key' | 'done' => {
    skip();
    const top = stack.at(-1);
    if (top === undefined) return i < text.length ? fail(`unexpected ${describeChar(text[i])} after the end of the JSON value`) : 'done';
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      i++;
      stack.pop();
      return afterValue();
    }
    if (text[i] !== ',') return unexpected(`expected ',' or '${close}'`);
    i++;
    skip();
    if (text[i] === close) return fail(`a trailing comma before '${close}' (JSON allows none)`);
    return top === '{' ? 'key' : 'value';
  };

  let want: 'value' | 'key' = 'value';
  for (;;) {
    skip();
    if (want === 'key') {
      if (text[i] !== '"') return unexpected('expected a property name in double quotes');
      const bad = readString();
      if (bad) return bad;
      skip();
      if (text[i] !== ':') return unexpected("expected ':' after the property name");
      i++;
      skip();
    }
    const c = text[i];
    let next: SyntaxProblem | 'value' | 'key' | 'done';
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      skip();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        stack.pop();
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

/** Nesting, size and key checks on a parsed value, iteratively. */
export function scanJsonValue(root: unknown, limits: Omit<JsonLimits, 'maxFileChars'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: '', depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return [{ where: '(top level)', message: `too many values (more than ${limits.maxNodes})` }];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) {
      issues.push({ where: path || '(top level)', message: `nested too deeply (more than ${limits.maxDepth} levels)` });
      continue;
    }
    const size = Array.isArray(value) ? value.length : Object.keys(value).length;
    const max = Array.isArray(value) ? limits.maxArrayItems : limits.maxObjectKeys;
    if (size > max) {
      issues.push({
        where: path || '(top level)',
        message: `must have at most ${max} ${Array.isArray(value) ? 'items' : 'keys'}, got ${size}`,
      });
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
      const message = FORBIDDEN_KEYS.has(key)
        ? `the key "${key}" is not allowed`
        : `a key of ${key.length} characters (at most ${limits.maxKeyLength})`;
      issues.push({ where: path === '' ? shown : `${path}.${shown}`, message });
    }
    for (const key of keys.reverse()) {
      if (!bad(key)) {
        stack.push({ value: (value as Record<string, unknown>)[key], path: path === '' ? key : `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
  return issues;
}

/** Text to a JSON value, or located problems. `label` names the file in line:column places. Check the value with scanJsonValue. */
export function readJsonText(text: string, label: string | undefined, limits: JsonLimits): Validated<unknown> {
  const file = label ?? '(file)';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > limits.maxFileChars) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, issues: [{ where: file, message: `the file is ${mb(body.length)}; the limit is ${mb(limits.maxFileChars)}` }] };
  }
  if (body.trim() === '') return { ok: false, issues: [{ where: file, message: 'the file is empty' }] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const problem = findJsonSyntaxError(body);
    if (!problem) return { ok: false, issues: [{ where: file, message: `not valid JSON: ${(error as Error).message}` }] };
    const { line, column } = lineAndColumn(body, problem.offset);
    const where = label === undefined ? `line ${line}, column ${column}` : `${label}:${line}:${column}`;
    return { ok: false, issues: [{ where, message: `JSON syntax error: ${problem.message}` }] };
  }
  return { ok: true, value };
}
