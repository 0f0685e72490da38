// Malformed scenario files, written by hand: each with where its problem must be reported and a
// word its message must contain. Shared by the reader's corpus test and the notebook-open test.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { SCENARIO_LIMITS } from '../../../src/engine/io/scenario-schema.ts';
import { decodeText } from '../../../src/engine/io/text-decode.ts';
import { userQ1Observation } from '../scenario-file/helpers.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

export const FILE = 'baseline.json';
export const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface TextCase {
  name: string;
  text: string;
  /** Where the first matching problem must be: exactly this, or matching this. */
  where: string | RegExp;
  /** A word (or pattern) of that problem's message. */
  word: string | RegExp;
}

const base = (): Record<string, Json> => JSON.parse(BASELINE) as Record<string, Json>;

/** The baseline with one edit, pretty-printed like a saved file. */
export function edited(edit: (raw: Record<string, Json>) => void): string {
  const raw = base();
  edit(raw);
  return JSON.stringify(raw, null, 2);
}

/** The baseline with the first occurrence of a snippet replaced (for what JSON.stringify cannot write). */
function replaced(find: string, by: string): string {
  if (!BASELINE.includes(find)) throw new Error(`not in the baseline: ${find}`);
  return BASELINE.replace(find, by);
}

const PLACE = /^baseline\.json:\d+:\d+$/;

/** Every `stride`-th prefix of the baseline: all truncated, all refused with a line:column. */
function truncations(stride: number): TextCase[] {
  const cases: TextCase[] = [];
  // The last '}' completes the file: every shorter prefix is cut inside it.
  for (let n = 1; n < BASELINE.lastIndexOf('}'); n += stride) {
    cases.push({ name: `truncated at ${n}`, text: BASELINE.slice(0, n), where: PLACE, word: 'JSON syntax error' });
  }
  return cases;
}

/** The path of every value in the baseline, as [path, formatted]. */
function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...children.flatMap(([k, v]) => paths(v, [...path, k]))].filter((p) => p.length > 0);
}

const format = (path: readonly (string | number)[]) =>
  path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out === '' ? k : `${out}.${k}`), '');

const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function setAt(raw: Json, path: readonly (string | number)[], value: Json): void {
  let node = raw as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1)!] = value;
}

/**
 * Each value of the baseline replaced by each value of another JSON type. The problem is at that
 * path or inside it (an emptied cell misses its fields), and says what it found or what is missing.
 */
function wrongTypes(): TextCase[] {
  const wrong: Json[] = ['x', 7, true, null, [], {}];
  return paths(base()).flatMap((path) => {
    const original = path.reduce<Json>((node, k) => (node as Record<string | number, Json>)[k]!, base());
    return wrong
      .filter((w) => kind(w) !== kind(original))
      .map((w) => {
        const where = format(path);
        return {
          name: `${where} = ${JSON.stringify(w)}`,
          text: edited((raw) => setAt(raw, path, w)),
          where: new RegExp(`^${where.replace(/[.[\]]/g, '\\$&')}(\\.|\\[|$)`),
          word: /must|required|not a targetcast scenario file|unknown/,
        };
      });
  });
}

const nested = (depth: number, inner = '0') => '['.repeat(depth) + inner + ']'.repeat(depth);
const withObservation = (changes: Record<string, Json>) =>
  edited((raw) => {
    (raw.data as Record<string, Json>).observations = [{ ...(userQ1Observation as unknown as Record<string, Json>), ...changes }];
  });
const mc = (paths: string, seed = '1') => replaced('"paths": 10000,\n    "seed": 1', `"paths": ${paths},\n    "seed": ${seed}`);

const HAND_WRITTEN: TextCase[] = [
  // huge and odd numbers (JSON.parse reads 1e999 as Infinity)
  { name: 'paths 1e308', text: mc('1e308'), where: 'monteCarlo.paths', word: 'at most 100000' },
  { name: 'paths 1e999', text: mc('1e999'), where: 'monteCarlo.paths', word: 'too large' },
  { name: 'paths -1e999', text: mc('-1e999'), where: 'monteCarlo.paths', word: 'too large' },
  { name: 'paths 1e9', text: mc('1e9'), where: 'monteCarlo.paths', word: 'at most 100000' },
  { name: 'paths 1,000,000', text: mc('1000000'), where: 'monteCarlo.paths', word: 'at most 100000' },
  { name: 'paths 99', text: mc('99'), where: 'monteCarlo.paths', word: 'at least 100' },
  { name: 'paths -0', text: mc('-0'), where: 'monteCarlo.paths', word: 'at least 100' },
  { name: 'paths 100.5', text: mc('100.5'), where: 'monteCarlo.paths', word: 'whole number' },
  { name: 'seed 2**53+1', text: mc('10000', '9007199254740993'), where: 'monteCarlo.seed', word: 'at most 4294967295' },
  { name: 'seed 2**32', text: mc('10000', String(2 ** 32)), where: 'monteCarlo.seed', word: 'at most 4294967295' },
  { name: 'seed -1', text: mc('10000', '-1'), where: 'monteCarlo.seed', word: 'at least 0' },
  { name: 'version 1e999', text: replaced('"version": 3', '"version": 1e999'), where: 'version', word: 'too large' },
  {
    name: 'lever 1e308',
    text: replaced('"levers": {}', '"levers": {"cityTopupOther": 1e308}'),
    where: 'levers.cityTopupOther',
    word: 'between',
  },
  {
    name: 'observation Infinity, which JSON.stringify writes as null',
    text: withObservation({ value: 1e999 }),
    where: 'data.observations[0].value',
    word: 'null',
  },
  {
    name: 'observation value written 1e999',
    text: withObservation({ value: 0 }).replace('"value": 0', '"value": 1e999'),
    where: 'data.observations[0].value',
    word: 'too large',
  },
  { name: 'observation -5%', text: withObservation({ value: -5 }), where: 'data.observations[0].value', word: 'must not be negative' },
  // NaN and Infinity, as strings and bare
  ...['NaN', 'Infinity', '-Infinity'].flatMap((w) => [
    { name: `paths "${w}"`, text: mc(`"${w}"`), where: 'monteCarlo.paths', word: 'JSON has no NaN or Infinity' },
    { name: `paths ${w}`, text: mc(w), where: PLACE, word: `${w} is not valid JSON` },
  ]),
  // nesting (the limit is 32 levels; the top-level object is one)
  { name: '10,000 nested arrays', text: nested(10_000), where: 'baseline.json:1:33', word: 'nested too deeply' },
  { name: '10,000 nested objects', text: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), where: PLACE, word: 'nested too deeply' },
  { name: '100,000 arrays never closed', text: '['.repeat(100_000), where: PLACE, word: 'nested too deeply' },
  { name: '1,000,000 closing brackets', text: ']'.repeat(1_000_000), where: 'baseline.json:1:1', word: 'expected a value' },
  {
    name: 'a field 32 levels deep',
    text: replaced('"author": "targetcast"', `"author": ${nested(32)}`),
    where: PLACE,
    word: 'nested too deeply',
  },
  {
    name: 'a field 31 levels deep',
    text: replaced('"author": "targetcast"', `"author": ${nested(31)}`),
    where: 'author',
    word: 'must be a string',
  },
  // wide arrays and objects, and too many values
  {
    name: '10,001 observations',
    text: edited((raw) => {
      (raw.data as Record<string, Json>).observations = Array.from({ length: SCENARIO_LIMITS.maxObservations + 1 }, () => 0);
    }),
    where: 'data.observations',
    word: 'at most 10000 items',
  },
  {
    name: '101 levers',
    text: edited((raw) => {
      raw.levers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`lever${i}`, 1]));
    }),
    where: 'levers',
    word: 'at most 100 keys',
  },
  {
    name: 'an unknown field of 1,000,001 values',
    text: edited((raw) => {
      raw.extra = Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, () => 0));
      raw.more = 0;
    }),
    where: '(top level)',
    word: 'too many values',
  },
  {
    name: '201 cells',
    text: edited((raw) => void (raw.cells = Array.from({ length: 201 }, (_, i) => ({ id: `c${i}`, type: 'markdown', text: '' })))),
    where: 'cells',
    word: 'at most 200 items',
  },
  {
    name: '51 variants',
    text: edited((raw) => void (raw.variants = Array.from({ length: 51 }, (_, i) => ({ id: `v${i}`, levers: {} })))),
    where: 'variants',
    word: 'at most 50 items',
  },
  {
    name: 'a 500-character key',
    text: edited((raw) => void (raw.levers = { ['k'.repeat(500)]: 1 })),
    where: /^levers\.k{20}…$/,
    word: '500 characters',
  },
  {
    name: 'a 20,001-character markdown cell',
    text: edited((raw) => void ((raw.cells as Record<string, Json>[])[0]!.text = 'x'.repeat(20_001))),
    where: 'cells[0].text',
    word: 'at most 20000',
  },
  // size
  { name: '50 MB of spaces', text: ' '.repeat(50 * 1024 * 1024), where: FILE, word: 'the limit is 10,485,760' },
  {
    name: '10 MB + 1 character',
    text: BASELINE + ' '.repeat(SCENARIO_LIMITS.maxFileChars + 1 - BASELINE.length),
    where: FILE,
    word: '10,485,761 characters',
  },
  // repeated and hostile keys
  { name: 'paths twice', text: mc('10000, "paths": 500'), where: PLACE, word: 'appears twice' },
  {
    name: 'title twice, once escaped',
    text: replaced('"author"', '"\\u0074itle": "again", "author"'),
    where: PLACE,
    word: '"title" appears twice',
  },
  {
    name: 'lever __proto__',
    text: replaced('"levers": {}', '"levers": {"__proto__": {"polluted": 1}}'),
    where: 'levers.__proto__',
    word: 'not allowed',
  },
  {
    name: 'top-level constructor',
    text: replaced('"version": 3', '"version": 3, "constructor": {"prototype": 1}'),
    where: 'constructor',
    word: 'not allowed',
  },
  {
    name: 'cell prototype',
    text: replaced('"id": "intro"', '"id": "intro", "prototype": 1'),
    where: 'cells[0].prototype',
    word: 'not allowed',
  },
  {
    name: 'v0 lever id __proto__',
    text: JSON.stringify({
      format: 'targetcast-scenario',
      version: 0,
      title: 't',
      leversFrom: '2025-10-01',
      horizon: '2025-12-31',
      levers: [{ id: '__proto__', value: 1 }],
      mc: { paths: 1000, seed: 1 },
    }),
    where: 'levers.__proto__',
    word: 'not allowed',
  },
  // dates
  {
    name: 'horizon before leversFrom',
    text: replaced('"horizon": "2025-12-31"', '"horizon": "2025-01-01"'),
    where: 'horizon',
    word: 'after leversFrom',
  },
  {
    name: 'horizon on leversFrom',
    text: replaced('"horizon": "2025-12-31"', '"horizon": "2025-10-01"'),
    where: 'horizon',
    word: 'after leversFrom',
  },
  {
    name: 'horizon 10 years and a day on',
    text: replaced('"horizon": "2025-12-31"', '"horizon": "2035-10-02"'),
    where: 'horizon',
    word: 'at most 10 years',
  },
  {
    name: 'leversFrom 30 February',
    text: replaced('"leversFrom": "2025-10-01"', '"leversFrom": "2025-02-30"'),
    where: 'leversFrom',
    word: 'real date',
  },
  {
    name: 'leversFrom in 1989',
    text: replaced('"leversFrom": "2025-10-01"', '"leversFrom": "1989-12-31"'),
    where: 'leversFrom',
    word: 'between 1990-01-01',
  },
  { name: 'horizon 9999', text: replaced('"horizon": "2025-12-31"', '"horizon": "9999-12-31"'), where: 'horizon', word: 'between' },
  {
    name: 'created "yesterday"',
    text: replaced('"created": "2026-11-24T00:00:00.000Z"', '"created": "yesterday"'),
    where: 'created',
    word: 'ISO 8601',
  },
  // absurd values and unknown names
  { name: 'empty title', text: edited((raw) => void (raw.title = '')), where: 'title', word: 'must not be empty' },
  {
    name: 'lever at 250%',
    text: replaced('"levers": {}', '"levers": {"cityTopupOther": 250}'),
    where: 'levers.cityTopupOther',
    word: 'between 0 and 100',
  },
  {
    name: 'lever misspelt',
    text: replaced('"levers": {}', '"levers": {"cityTopupOthr": 10}'),
    where: 'levers.cityTopupOthr',
    word: 'did you mean cityTopupOther',
  },
  {
    name: 'cell type video',
    text: replaced('"type": "markdown"', '"type": "video"'),
    where: /^cells\[0\]/,
    word: 'unknown cell type "video"',
  },
  {
    name: 'chart of an unknown metric',
    text: replaced('"metric": "hi.coverage"', '"metric": "hi.coverag"'),
    where: 'cells[1].metric',
    word: 'did you mean hi.coverage',
  },
  { name: 'data base mars', text: replaced('"base": "hanoi-embedded"', '"base": "mars"'), where: 'data.base', word: 'one of' },
  {
    name: 'removed an unknown record',
    text: edited((raw) => void ((raw.data as Record<string, Json>).removed = ['nope'])),
    where: 'data.removed[0]',
    word: 'no embedded record',
  },
  {
    name: 'distribution mid off',
    text: replaced('"distributions": {}', '"distributions": {"cityTopupOther": {"low": 0, "mid": 5, "high": 10}}'),
    where: 'distributions.cityTopupOther.mid',
    word: "lever's value",
  },
  {
    name: 'unknown top-level field',
    text: replaced('"version": 3', '"version": 3, "colour": "red"'),
    where: 'colour',
    word: 'unknown field',
  },
  { name: 'an empty key', text: replaced('"version": 3', '"version": 3, "": 1'), where: '[""]', word: 'unknown field' },
  {
    name: 'unknown cell field',
    text: replaced('"id": "intro"', '"id": "intro", "colour": "red"'),
    where: 'cells[0].colour',
    word: 'unknown field',
  },
  { name: 'unknown Monte Carlo field', text: mc('10000, "threads": 64'), where: 'monteCarlo.threads', word: 'unknown field' },
  // not a scenario, or another version
  {
    name: 'another format',
    text: replaced('"targetcast-scenario"', '"other-tool"'),
    where: 'format',
    word: 'not a targetcast scenario file',
  },
  { name: 'no format', text: edited((raw) => void delete raw.format), where: 'format', word: 'not a targetcast scenario file' },
  { name: 'version 4', text: replaced('"version": 3', '"version": 4'), where: 'version', word: 'newer than this targetcast' },
  { name: 'version -1', text: replaced('"version": 3', '"version": -1'), where: 'version', word: 'unknown' },
  { name: 'version "1"', text: replaced('"version": 3', '"version": "3"'), where: 'version', word: 'whole number' },
  { name: 'no version', text: edited((raw) => void delete raw.version), where: 'version', word: 'required' },
  { name: 'a top-level array', text: `[${BASELINE}]`, where: '(top level)', word: 'expected a JSON object' },
  { name: 'a top-level string', text: '"targetcast-scenario"', where: '(top level)', word: 'the string' },
  { name: 'a top-level number', text: '42', where: '(top level)', word: '42' },
  { name: 'null', text: 'null', where: '(top level)', word: 'null' },
  { name: 'empty', text: '', where: FILE, word: 'empty' },
  { name: 'only white space', text: ' \n\t\r\n', where: FILE, word: 'empty' },
  // syntax
  { name: 'single quotes', text: replaced('"version": 3', "'version': 3"), where: 'baseline.json:3:3', word: 'double quotes' },
  { name: 'a comment', text: replaced('"version": 3,', '"version": 3, // current'), where: 'baseline.json:3:17', word: 'no comments' },
  { name: 'a trailing comma', text: replaced('"seed": 1', '"seed": 1,'), where: PLACE, word: 'trailing comma' },
  {
    name: 'a line break in a string',
    text: replaced('"author": "targetcast"', '"author": "target\ncast"'),
    where: PLACE,
    word: 'line break',
  },
  { name: 'a bad escape', text: replaced('"author": "targetcast"', '"author": "C:\\users"'), where: PLACE, word: 'invalid escape' },
  { name: 'two JSON values', text: `${BASELINE}${BASELINE}`, where: PLACE, word: 'after the end of the JSON value' },
  { name: 'two byte-order marks', text: `\uFEFF\uFEFF${BASELINE}`, where: 'baseline.json:1:1', word: 'byte-order mark' },
  { name: 'a NUL between values', text: replaced('"version": 3,', '"version": 3,\u0000'), where: PLACE, word: 'U+0000' },
  { name: 'a zero-width space', text: replaced('"version": 3,', '"version": 3,\u200B'), where: PLACE, word: 'U+200B' },
];

/** Every malformed text, with where and what. */
export const TEXT_CASES: readonly TextCase[] = [...truncations(23), ...wrongTypes(), ...HAND_WRITTEN];

// ---- bytes: what a file picker or the CLI hands over ------------------------------------------

export interface BytesCase {
  name: string;
  bytes: Uint8Array;
  /** Refused at this place with this word, or accepted (a readable encoding of a valid file). */
  expect: { where: string | RegExp; word: string } | 'accepted';
}

const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => view.setUint16(i * 2, u, littleEndian));
  return out;
}
function utf32(text: string, littleEndian: boolean): Uint8Array {
  const points = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return out;
}
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** The baseline with its title's first letters in another encoding's bytes (line 4, after `  "title": "`). */
const titleBytes = (bytes: number[]) =>
  concat(utf8(BASELINE.slice(0, BASELINE.indexOf('Hà'))), bytes, utf8(BASELINE.slice(BASELINE.indexOf('Hà') + 2)));

export const BYTES_CASES: readonly BytesCase[] = [
  { name: 'UTF-8', bytes: utf8(BASELINE), expect: 'accepted' },
  { name: 'UTF-8 with a byte-order mark', bytes: concat([0xef, 0xbb, 0xbf], utf8(BASELINE)), expect: 'accepted' },
  { name: 'UTF-16 LE with a byte-order mark', bytes: utf16(BASELINE, true, true), expect: 'accepted' },
  { name: 'UTF-16 BE with a byte-order mark', bytes: utf16(BASELINE, false, true), expect: 'accepted' },
  { name: 'UTF-16 LE without one', bytes: utf16(BASELINE, true, false), expect: { where: FILE, word: 'without a byte-order mark' } },
  { name: 'UTF-16 BE without one', bytes: utf16(BASELINE, false, false), expect: { where: FILE, word: 'without a byte-order mark' } },
  { name: 'UTF-32 LE', bytes: utf32(BASELINE, true), expect: { where: FILE, word: 'UTF-32' } },
  { name: 'UTF-32 BE', bytes: utf32(BASELINE, false), expect: { where: FILE, word: 'UTF-32' } },
  // "Hà" in Latin-1 (0xE0) and in Windows-1258 ("ộ" as o-circumflex 0xF4 and a combining dot below 0xF2).
  { name: 'Latin-1', bytes: titleBytes([0x48, 0xe0]), expect: { where: 'baseline.json:4:14', word: 'not UTF-8' } },
  { name: 'Windows-1258', bytes: titleBytes([0x4e, 0xf4, 0xf2]), expect: { where: 'baseline.json:4:14', word: 'not UTF-8' } },
  {
    name: 'cut inside a character',
    bytes: utf8(BASELINE).subarray(0, utf8(BASELINE.slice(0, BASELINE.indexOf('Hà') + 1)).length + 1),
    expect: { where: 'baseline.json:4:14', word: 'not UTF-8' },
  },
  {
    name: 'an overlong "/"',
    bytes: concat(utf8('{"a": "'), [0xc0, 0xaf], utf8('"}')),
    expect: { where: 'baseline.json:1:8', word: 'not UTF-8' },
  },
  {
    name: 'an encoded surrogate',
    bytes: concat(utf8('{"a": "'), [0xed, 0xa0, 0x80], utf8('"}')),
    expect: { where: 'baseline.json:1:8', word: 'not UTF-8' },
  },
  {
    name: 'a PNG',
    bytes: Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0,
    ]),
    expect: { where: 'baseline.json:1:1', word: 'not UTF-8' },
  },
  {
    name: 'a gzip file',
    bytes: Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3]),
    expect: { where: 'baseline.json:1:2', word: 'not UTF-8' },
  },
  {
    name: 'ASCII with a NUL',
    bytes: concat(utf8('{"format": "targetcast-scenario",\n'), [0], utf8('"version": 1}')),
    expect: { where: 'baseline.json:2:1', word: 'binary' },
  },
  { name: 'no bytes', bytes: new Uint8Array(0), expect: { where: FILE, word: 'empty' } },
];

/** Bytes as the CLI and the file picker read them: decoded strictly, then parsed. */
export function readScenarioBytes(data: Uint8Array, name: string) {
  const decoded = decodeText(data, name);
  return decoded.ok ? parseScenarioText(HANOI_CONTEXT, decoded.value, name) : decoded;
}

// ---- mutations of a valid file, for the properties ---------------------------------------------

/** Containers of a value, to pick a place to mutate. */
function containers(value: Json, out: (Record<string, Json> | Json[])[] = []): (Record<string, Json> | Json[])[] {
  if (value !== null && typeof value === 'object') {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

export interface Mutation {
  /** Chooses the container and the key (modulo their counts). */
  pick: number;
  index: number;
  action: 'replace' | 'delete' | 'add';
  value: Json;
  key: string;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  index: fc.nat(),
  action: fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'paths', 'title', 'type', 'value')),
});

/** A file's text with one value replaced, one key or item deleted, or one key added. */
export function mutate(m: Mutation, text = BASELINE): string {
  const raw = JSON.parse(text) as Json;
  const all = containers(raw);
  const node = all[m.pick % all.length]!;
  const keys = Object.keys(node);
  const key = keys.length === 0 || m.action === 'add' ? m.key : keys[m.index % keys.length]!;
  if (m.action === 'delete') {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
  } else if (Array.isArray(node)) node[m.index % (node.length + 1)] = m.value;
  // defineProperty so that "__proto__" becomes a key, as JSON.parse would make it.
  else Object.defineProperty(node, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  return JSON.stringify(raw, null, 2);
}

/** Bits of text to insert into a file. */
export const garbage = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'NaN', '1e999', '-', '\uFEFF', '\u0000', '//', "'", '\n'),
);
