import { describe, expect, it } from 'vitest';
import { SCENARIO_LIMITS } from '../../../src/engine/io/scenario-schema.ts';
import { parsed, problems, textWith, userQ1Observation } from './helpers.ts';

const KNOWN_PREFIX = 'unknown lever (known: stateSupportPoor, stateSupportNearPoor, stateSupportOther, cityTopupPoor, cityTopupNearPoor, …';
const NO_NAN = '(JSON has no NaN or Infinity: write a finite number)';
const observation = userQ1Observation;

describe('rejected scenario files', () => {
  it('locates a truncated file by line and column', () => {
    const text = '{\n  "format": "targetcast-scenario",\n  "version": 1,\n  "title": "x"';
    expect(problems(text, 'cut.json')).toEqual([
      "cut.json:4:15: JSON syntax error: the file ends too early, expected ',' or '}' (is it truncated?)",
    ]);
    expect(problems(textWith({}).slice(0, 200))[0]).toMatch(/^line \d+, column \d+: JSON syntax error: the file ends/);
  });

  it.each([
    ['', 'f.json: the file is empty'],
    ['\uFEFF  \n', 'f.json: the file is empty'],
    ['{"a": 1,}', "f.json:1:9: JSON syntax error: a trailing comma before '}' (JSON allows none)"],
    ["{'a': 1}", "f.json:1:2: JSON syntax error: expected a property name in double quotes, found ' (JSON strings use double quotes)"],
    ['{"a": NaN}', 'f.json:1:7: JSON syntax error: NaN is not valid JSON: write a finite number'],
    ['{"a": -Infinity}', 'f.json:1:7: JSON syntax error: -Infinity is not valid JSON: write a finite number'],
    ['{"a": 1} // note', "f.json:1:10: JSON syntax error: unexpected '/' (JSON has no comments) after the end of the JSON value"],
    ['{"a": "line\nbreak"}', 'f.json:1:12: JSON syntax error: a line break or control character inside a string (write \\n)'],
    ['[1, 2\n  3]', "f.json:2:3: JSON syntax error: expected ',' or ']', found \"3\""],
  ])('%j -> %s', (text, message) => {
    expect(problems(text, 'f.json')).toEqual([message]);
  });

  it.each([
    ['[]', '(top level): not a targetcast scenario file: expected a JSON object, got an array'],
    ['"hello"', '(top level): not a targetcast scenario file: expected a JSON object, got the string "hello"'],
    [textWith({ format: undefined }), 'format: not a targetcast scenario file (no "format": "targetcast-scenario")'],
    [textWith({ format: 'excel' }), 'format: not a targetcast scenario file (expected "targetcast-scenario", got the string "excel")'],
    [textWith({ version: undefined }), 'version: is required (this targetcast reads versions 0 to 3)'],
    [textWith({ version: '1' }), 'version: must be a whole number, got the string "1"'],
    [textWith({ version: 4 }), 'version: version 4 is newer than this targetcast supports (3): update targetcast'],
    [textWith({ version: -1 }), 'version: version -1 is unknown (this targetcast reads versions 0 to 3)'],
  ])('tells what is not a scenario file, and newer from unknown versions: %#', (text, message) => {
    expect(problems(text)).toEqual([message]);
  });

  it('migrates an old version instead of rejecting it', () => {
    const v0 = textWith({ version: 0, monteCarlo: undefined, mc: { paths: 500, seed: 9 }, levers: [{ id: 'cityTopupOther', value: 20 }] });
    expect(parsed(v0)).toMatchObject({ version: 3, monteCarlo: { paths: 500, seed: 9 }, levers: { cityTopupOther: 20 } });
  });

  it.each([
    [{ title: 5 }, 'title: must be a string, got 5'],
    [{ title: '' }, 'title: must not be empty'],
    [{ levers: [] }, 'levers: must be an object, got an array'],
    [{ monteCarlo: { paths: '10000', seed: 1 } }, 'monteCarlo.paths: must be a number, got the string "10000"'],
    [{ monteCarlo: { paths: 10000, seed: 1.5 } }, 'monteCarlo.seed: must be a whole number, got 1.5'],
    [{ monteCarlo: { paths: 50, seed: 1 } }, 'monteCarlo.paths: must be at least 100, got 50'],
    [{ monteCarlo: { paths: 10000 } }, 'monteCarlo.seed: is required (a number)'],
    [{ cells: {} }, 'cells: must be an array, got an object'],
    [{ horizon: '2025-02-30' }, 'horizon: must be a real date written YYYY-MM-DD'],
    [{ horizon: '2025-09-30' }, 'horizon: must be after leversFrom (2025-10-01), got 2025-09-30'],
    [{ horizon: '2040-12-31' }, 'horizon: must be at most 10 years after leversFrom (2025-10-01)'],
    [{ created: '24/11/2026' }, 'created: must be an ISO 8601 date-time such as 2025-10-01T08:30:00Z'],
    [{ colour: 'blue' }, 'colour: unknown field'],
    [{ data: { base: 'hcmc' } }, 'data.base: must be one of "hanoi-embedded", "none", got the string "hcmc"'],
    [
      { data: { base: 'none', observations: [{ ...observation, unit: 7 }] } },
      'data.observations[0].unit: must be one of "people", "percent", "VND billion", "cases", got 7',
    ],
  ])('names the path of a wrong type or value: %j', (fields, message) => {
    expect(problems(textWith(fields))).toEqual([message]);
  });

  it('reads NaN and Infinity written as strings as type errors', () => {
    expect(problems(textWith({ levers: { baseSalary: 'NaN' } }))).toEqual([
      `levers.baseSalary: must be a number, got the string "NaN" ${NO_NAN}`,
    ]);
    const obs = { ...observation, value: 'Infinity' };
    expect(problems(textWith({ data: { base: 'none', observations: [obs] } }))).toEqual([
      `data.observations[0].value: must be a number, got the string "Infinity" ${NO_NAN}`,
    ]);
    expect(problems(textWith({ distributions: { takeUpResponse: { low: 0.4, mid: 1.15, high: '-Infinity' } } }))).toEqual([
      `distributions.takeUpResponse.high: must be a number, got the string "-Infinity" ${NO_NAN}`,
    ]);
  });

  it('checks lever ids and ranges against the catalogue', () => {
    expect(problems(textWith({ levers: { cityTopupOther: 250 } }))).toEqual(['levers.cityTopupOther: must be between 0 and 100, got 250']);
    const [unknown] = problems(textWith({ levers: { fooBar: 1 } }));
    expect(unknown).toMatch(/^levers\.fooBar: unknown lever \(known: /);
    expect(unknown!.startsWith(`levers.fooBar: ${KNOWN_PREFIX}`)).toBe(true);
    expect(problems(textWith({ levers: { cityTopUpOther: 20 } }))[0]).toContain('unknown lever (did you mean cityTopupOther? known: ');
    // Every problem at once, even when one value has the wrong type.
    expect(problems(textWith({ levers: { fooBar: 1, baseSalary: true, collectionRate: 40 } }))).toEqual([
      expect.stringMatching(/^levers\.fooBar: unknown lever/),
      'levers.baseSalary: must be a number, got true',
      'levers.collectionRate: must be between 50 and 110, got 40',
    ]);
    expect(problems(textWith({ variants: [{ id: 'base' }, { id: 'x', levers: { cityTopupOther: -5 } }] }))).toEqual([
      'variants[1].levers.cityTopupOther: must be between 0 and 100, got -5',
    ]);
    // A version-2 comparison is checked as the variant it becomes.
    expect(problems(textWith({ version: 2, variants: undefined, comparisons: [{ name: 'x', levers: { cityTopupOther: -5 } }] }))).toEqual([
      'variants[1].levers.cityTopupOther: must be between 0 and 100, got -5',
    ]);
  });

  it('checks distributions: order, range, and mid at the lever value', () => {
    expect(problems(textWith({ distributions: { takeUpResponse: { low: 1.5, mid: 1.15, high: 1.9 } } }))).toEqual([
      'distributions.takeUpResponse: must have low <= mid <= high, got 1.5, 1.15, 1.9',
    ]);
    expect(problems(textWith({ distributions: { baseSalary: { low: 2, mid: 2.34, high: 9 } } }))).toEqual([
      'distributions.baseSalary.high: must be between 1 and 6, got 9',
    ]);
    expect(problems(textWith({ levers: { baseSalary: 2.5 }, distributions: { baseSalary: { low: 2.34, mid: 2.4, high: 2.6 } } }))).toEqual([
      "distributions.baseSalary.mid: must equal the lever's value (levers.baseSalary: 2.5), got 2.4",
    ]);
    expect(problems(textWith({ distributions: { takeUpResponse: { low: 0.4, mid: 1.15, high: 1.9, skew: 1 } } }))).toEqual([
      'distributions.takeUpResponse.skew: unknown field',
    ]);
  });

  it('checks the variants: ids and names unique, the active one known, each distribution at its lever', () => {
    expect(
      problems(
        textWith({
          activeVariant: 'gone',
          variants: [
            { id: 'base', name: 'A' },
            { id: 'base', name: 'A', levers: { baseSalary: 2.5 }, distributions: { baseSalary: { low: 2.34, mid: 2.4, high: 2.6 } } },
          ],
        }),
      ),
    ).toEqual(["variants[1].distributions.baseSalary.mid: must equal the lever's value (variants[1].levers.baseSalary: 2.5), got 2.4"]);
    // Checked once the schema holds: references and the mids at a region's defaults.
    expect(
      problems(
        textWith({
          activeVariant: 'gone',
          variants: [
            { id: 'base', name: 'A' },
            { id: 'base', name: 'A' },
            { id: 'c', distributions: { takeUpResponse: { low: 0.4, mid: 1.5, high: 1.9 } } },
          ],
        }),
      ),
    ).toEqual([
      'variants[1].id: duplicate variant id "base" (first at variants[0].id)',
      'variants[1].name: duplicate variant name "A" (first at variants[0].name)',
      'activeVariant: no variant with id "gone" (this file has: base, base, c)',
      "variants[2].distributions.takeUpResponse.mid: must equal the lever's value (its default: 0.3), got 1.5",
    ]);
    expect(problems(textWith({ variants: [] }))).toEqual(['variants: must not be empty']);
    expect(problems(textWith({ variants: [{ id: 'a b' }] }))).toEqual(['variants[0].id: must be 1-64 letters, digits, "_" or "-"']);
  });

  it('names an unknown cell type, a missing one, and checks what cells refer to', () => {
    const cells = (list: unknown[]) => problems(textWith({ cells: list }));
    expect(
      cells([
        { id: 'a', type: 'markdown', text: '' },
        { id: 'b', type: 'video' },
      ]),
    ).toEqual(['cells[1].type: unknown cell type "video" (known: markdown, data, levers, chart, answer, timeline)']);
    expect(cells([{ id: 'a' }])).toEqual(['cells[0].type: is required (one of: markdown, data, levers, chart, answer, timeline)']);
    expect(cells([{ id: 'a', type: 'chart', metric: 'hi.coverage', colour: 'red' }])).toEqual(['cells[0].colour: unknown field']);
    expect(cells([{ id: 'a', type: 'levers', levers: ['cityTopupOther', 'nope'] }])[0]).toMatch(
      /^cells\[0\]\.levers\[1\]: unknown lever \(known: /,
    );
    expect(cells([{ id: 'a', type: 'answer', kind: 'forecast' }])).toEqual([
      'cells[0].kind: must be one of "year-end", "target-date", "compare", "sensitivity", "goal-seek", got the string "forecast"',
    ]);
    expect(cells([{ id: 'a', type: 'answer', kind: 'goal-seek', lever: 'cityTopupOther' }])).toEqual([
      'cells[0].target: a goal-seek answer needs the target id to meet',
    ]);
    expect(
      cells([
        { id: 'a', type: 'chart', metric: 'hi.coverge' },
        { id: 'a', type: 'answer', kind: 'target-date', target: 'target.hi.coverage.2030-12-31' },
        { id: 'c', type: 'answer', kind: 'compare', variant: 'cheaper' },
      ]),
    ).toEqual([
      'cells[1].id: duplicate cell id "a" (first at cells[0].id)',
      expect.stringMatching(/^cells\[0\]\.metric: unknown metric \(did you mean hi\.coverage\? known: /),
      expect.stringMatching(/^cells\[1\]\.target: unknown target \(known: target\.hi\.coverage\.2021-12-31, /),
      'cells[2].variant: no variant with id "cheaper" (this file has: base)',
    ]);
  });

  it('rejects __proto__, constructor and prototype keys without polluting any object', () => {
    const text = textWith({}).replace(
      '"levers": {}',
      '"levers": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    );
    expect(problems(text)).toEqual([
      'levers.__proto__: the key "__proto__" is not allowed',
      'levers.constructor: the key "constructor" is not allowed',
    ]);
    const top = textWith({}).replace('{', '{"__proto__": {"polluted": true},');
    expect(problems(top)).toEqual(['__proto__: the key "__proto__" is not allowed']);
    // A version 0 lever list could smuggle the key in as an id: caught after migration.
    expect(problems(textWith({ version: 0, levers: [{ id: '__proto__', value: 1 }] }))).toEqual([
      'levers.__proto__: the key "__proto__" is not allowed',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds strings, arrays, nesting and file size', () => {
    const sixMb = 'x'.repeat(6 * 1024 * 1024);
    expect(problems(textWith({ description: sixMb }))).toEqual([`description: must be at most 20000 characters long, got ${sixMb.length}`]);
    expect(problems(textWith({ title: 'T'.repeat(201) }))).toEqual(['title: must be at most 200 characters long, got 201']);
    const manyCells = Array.from({ length: SCENARIO_LIMITS.maxCells + 1 }, (_, i) => ({ id: `m${i}`, type: 'markdown', text: '' }));
    expect(problems(textWith({ cells: manyCells }))).toEqual([`cells: must have at most 200 items, got 201`]);
    const deep = '['.repeat(40) + ']'.repeat(40);
    expect(problems(textWith({}).replace('"author": ""', `"author": ${deep}`))).toEqual([
      // Refused from the text, before JSON.parse builds it, so the place is a line and column.
      'line 6, column 44: nested too deeply (more than 32 levels)',
    ]);
    const manyKeys = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(problems(textWith({ levers: manyKeys }))).toEqual(['levers: must have at most 100 keys, got 5000']);
    expect(problems(textWith({ data: { base: 'none', removed: Array.from({ length: 10_001 }, () => 'x') } }))).toEqual([
      'data.removed: must have at most 10000 items, got 10001',
    ]);
    expect(problems(textWith({ levers: { ['k'.repeat(500)]: 1 } }))).toEqual([
      `levers.${'k'.repeat(20)}…: a key of 500 characters (at most 120)`,
    ]);
    const huge = ' '.repeat(SCENARIO_LIMITS.maxFileChars + 1);
    expect(problems(huge, 'huge.json')).toEqual([
      `huge.json: the file has ${huge.length.toLocaleString('en-US')} characters; the limit is 10,485,760 (10 MB)`,
    ]);
  });

  it('reports at most maxIssues problems and counts the rest', () => {
    const cells = Array.from({ length: 150 }, (_, i) => ({ id: `c${i}`, type: 'video' }));
    const list = problems(textWith({ cells }));
    expect(list).toHaveLength(SCENARIO_LIMITS.maxIssues + 1);
    expect(list.at(-1)).toBe('(file): and 50 more problems');
  });

  it('answers 10,000 unknown metric names against 10,000 known ones in seconds, not minutes', () => {
    // Each unknown name is checked for a near miss against every known one; beyond the problems shown none is.
    const data = {
      base: 'hanoi-embedded',
      observations: Array.from({ length: 10_000 }, (_, i) => ({
        ...observation,
        id: `user.m.${i}`,
        metric: `user.metric${String(i).padStart(5, '0')}`,
      })),
    };
    const cells = Array.from({ length: 200 }, (_, c) => ({
      id: `c${c}`,
      type: 'data',
      metrics: Array.from({ length: 50 }, (_, k) => `user.other${String(c * 50 + k).padStart(5, '0')}`),
    }));
    const start = performance.now();
    const list = problems(textWith({ data, cells }));
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(list[0]).toMatch(/^cells\[0\]\.metrics\[0\]: unknown metric \(known: .*, … 10\d{3} in all\)$/);
    expect(list.at(-1)).toBe('(file): and 9900 more problems');
  });
});
