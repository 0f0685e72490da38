// Malformed CSV, hand-written and generated, against the CSV reader and the notebook's import:
// each input is accepted or refused with problems that say where (file:line) and what, and none
// throws. Counts go to the fuzz report (tests/fuzz/tally.ts).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { readCsvSeries } from '../../../src/engine/io/csv-series.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import { CSV_LIMITS } from '../../../src/engine/io/limits.ts';
import { importCsv } from '../../../src/ui/notebook/cells/data-csv.ts';
import { FUZZ_RUNS, Tally } from '../../fuzz/tally.ts';

const reader = new Tally('CSV reader');
const notebook = new Tally('CSV import (notebook)');
afterAll(() => {
  reader.save();
  notebook.save();
});

/** The reader's result in the tally's terms: any problem counts as a refusal (a panel may keep its good series). */
function read(text: string) {
  const result = readCsvSeries(text, 'in.csv');
  return result.issues.length === 0 ? { ok: true as const, ...result } : { ok: false as const, ...result };
}

const importInto = (text: string, metrics = ['hi.coverage']) =>
  importCsv(text, 'in.csv', metrics, { dataset: HANOI_DATASET, region: 'Hanoi' }, 'en');

const messages = (issues: readonly { where: string; message: string }[]) => issues.map(formatIssue).join('\n');
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');

/** Each malformed input and what its message must mention (place and problem). */
const CORPUS: [name: string, text: string, mention: string][] = [
  ['empty', '', 'in.csv: the file is empty'],
  ['only a BOM and blanks', '\uFEFF \n\n', 'in.csv: the file is empty'],
  ['header only', 'date,value\n', 'in.csv: no data rows after the header'],
  ['no value column', 'date\n2020\n2021\n2022\n', 'in.csv:1: missing column "value"'],
  ['no header', '2020,1\n2021,2\n2022,3\n', 'in.csv:1: missing column "date" and "value"'],
  ['a line break in a quoted header', '"da\nte",value\n2020,1\n', 'in.csv:1: missing column "date" (the header is: da\\nte,value;'],
  ['a column twice', 'date,value,value\n2020,1,2\n', 'in.csv:1: column "value" appears twice'],
  ['only delimiters', ',,,\n,,\n', 'in.csv: the file has only empty cells'],
  ['binary', '\u0000\u0001\u0002\uFFFD\u0007date', 'in.csv:1: missing column'],
  ['an extra cell', 'date,value\n2020,1\n2021,2,3\n2022,3\n', 'in.csv:3: expected 2 cells, found 3'],
  ['a missing cell', 'date,value\n2020,1\n2021\n2022,3\n', 'in.csv:3: expected 2 cells, found 1'],
  [
    'an unquoted decimal comma',
    'date,value\n2020,70,5\n2021,2\n2022,3\n',
    'in.csv:2: expected 2 cells, found 3 (a number with a decimal comma must be quoted',
  ],
  ['both number styles', 'date,value\n2020,"95,5"\n2021,96.25\n2022,97\n', 'in.csv:3: "96.25" is written the English way'],
  ['both styles, semicolons', 'date;value\n2020;1.5\n2021;1.234.567\n2022;3\n', 'in.csv:3: "1.234.567" is written the Vietnamese way'],
  ['an undecidable number in a paste', 'date\tvalue\n2020\t1.234\n2021\t2\n2022\t3\n', 'in.csv:2: cannot tell whether "1.234"'],
  ['a month-first date', 'date,value\n12/31/2025,1\n2026,2\n2027,3\n', 'in.csv:2: cannot read date "12/31/2025"'],
  ['undecidable slash dates', 'date,value\n05/06/2025,1\n05/07/2025,2\n05/08/2025,3\n', 'in.csv:2: cannot tell whether "05/06/2025"'],
  ['no such day', 'date,value\n31/02/2025,1\n2026,2\n2027,3\n', 'in.csv:2: cannot read date "31/02/2025": there is no such day'],
  ['a spreadsheet serial date', 'date,value\n45657,1\n2026,2\n2027,3\n', 'in.csv:2: cannot read date "45657"'],
  ['blank lines before a bad value', '\n\ndate,value\n\n2020,x\n2021,2\n2022,3\n', 'in.csv:5: cannot read value "x"'],
  ['NaN', 'date,value\n2020,NaN\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "NaN"'],
  ['Infinity', 'date,value\n2020,-Infinity\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "-Infinity"'],
  ['an empty value', 'date,value\n2020,\n2021,2\n2022,3\n', 'in.csv:2: the value is empty'],
  ['an empty date', 'date,value\n,1\n2021,2\n2022,3\n', 'in.csv:2: the date is empty'],
  ['an overflowing number', 'date,value\n2020,1e999\n2021,2\n2022,3\n', 'in.csv:2: value "1e999" is beyond'],
  ['a percent sign', 'date,value\n2020,95%\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "95%" (write the number without "%")'],
  ['spaces as thousands', 'date,value\n2020,1 234\n2021,2\n2022,3\n', '(write the number without spaces)'],
  ['a duplicate date', 'date,value\n2020,1\n2021,2\n2020-12-31,3\n', 'in.csv:4: duplicate date 2020-12-31 (first on line 2)'],
  ['an unclosed quote', 'date,value\n2020,1\n"2021,2\n2022,3\n', 'in.csv:3: a quoted cell is never closed'],
  ['a stray quote', 'date,value\n2020,"1"2\n2021,2\n2022,3\n', 'in.csv:2: a quote inside a cell'],
  ['too few points', 'date,value\n2020,1\n2021,2\n', 'in.csv: series "value" has 2 points; at least 3 are needed'],
  ['an empty series id', 'series,date,value\n,2020,1\n', 'in.csv:2: empty series id'],
  [
    'one bad series of a panel',
    'series,date,value\na,2020,1\na,2021,2\na,2022,3\nb,2020,1\nb,2021,x\nb,2022,3\n',
    'in.csv:6: cannot read value "x"',
  ],
  ['terminal escapes', 'date,value\n2020,"\u001b[2J"\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "\\u001b[2J"'],
  ['a very long cell', `date,value\n2020,${'9'.repeat(100_000)}\n2021,2\n2022,3\n`, 'in.csv:2: value "9999'],
  ['many problems', `date,value\n${rows(250, (i) => `${1800 + i},x`)}\n`, 'in.csv: 150 more problems not listed'],
  ['too many characters', `date,value\n2020,1\n${' '.repeat(CSV_LIMITS.chars)}`, 'the limit is 10,485,760'],
];

/** Inputs a planner would paste that the reader takes, with the values it must read. */
const ACCEPTED: [name: string, text: string, values: number[]][] = [
  ['Vietnamese numbers in a comma file', 'date,value\n2022,"70.577,2"\n2023,"1.234.567"\n2024,"95,5"\n', [70577.2, 1234567, 95.5]],
  ['a semicolon file with trailing cells', 'date;value;;\n2022;1.234;;\n2023;2.345,5;;\n\n2024;3;;\n', [1234, 2345.5, 3]],
  [
    'a paste from Excel',
    'date\tvalue\r\n31/12/2022\t70.577,2\r\n31/12/2023\t71.000\r\n31/12/2024\t72.100,5\r\n',
    [70577.2, 71000, 72100.5],
  ],
  ['English grouping', 'date,value\n2022,"4,736,889.5"\n2023,70577.2\n2024,.5\n', [4736889.5, 70577.2, 0.5]],
  ['old Mac line ends, quoted ids', 'series,date,value\r"a, b",2022,1\r"a, b",2023,2\r"a, b",2024,3\r', [1, 2, 3]],
  ['mixed date forms, out of order', 'date,value\n2024-06,3\n2022,1\n31/12/2023,2\n', [1, 2, 3]],
];

describe('the CSV reader on a corpus of malformed files', () => {
  it.each(CORPUS)('%s: refused, naming where and what', (_name, text, mention) => {
    const result = reader.attempt(text, () => read(text));
    expect(result?.ok).toBe(false);
    expect(messages(result!.issues)).toContain(mention);
  });

  it.each(ACCEPTED)('%s: read', (_name, text, values) => {
    const result = reader.attempt(text, () => read(text));
    expect(messages(result!.issues)).toBe('');
    expect(result!.series[0]!.points.map((p) => p.value)).toEqual(values);
  });
});

describe('the notebook import on the same corpus and on what a metric cannot take', () => {
  it.each(CORPUS)('%s: refused', (_name, text, mention) => {
    const result = notebook.attempt(text, () => importInto(text));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(messages(result.issues)).toContain(mention);
  });

  it.each([
    [
      'a negative count',
      'date,value\n2025-10-31,-5\n2025-11-30,1\n2025-12-31,2\n',
      ['si.voluntary.participants'],
      'in.csv:2: A figure cannot be negative.',
    ],
    ['a share above 100', 'date,value\n2025-10-31,95,7\n', ['hi.coverage'], 'in.csv:2: expected 2 cells, found 3'],
    [
      'a share above 100 (quoted)',
      'date,value\n2025-10-31,"100,5"\n2025-11-30,95\n2025-12-31,95\n',
      ['hi.coverage'],
      'in.csv:2: This share is at most 100%.',
    ],
    [
      'a date before 1990',
      'date,value\n1985,90\n1986,91\n1987,92\n',
      ['hi.coverage'],
      'in.csv:2: the date 1985-12-31 is outside 1990-01-01 to 2100-12-31',
    ],
    [
      'a metric not in the cell',
      'series,date,value\nui.share,2023,1\nui.share,2024,2\nui.share,2025,3\n',
      ['hi.coverage'],
      'in.csv: series “ui.share” is not one of this cell’s metrics',
    ],
  ])('%s', (_name, text, metrics, mention) => {
    const result = notebook.attempt(text, () => importInto(text, metrics));
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(messages(result.issues)).toContain(mention);
  });

  it('refuses more figures of the user than a scenario file holds, and takes exactly that many', () => {
    const day = (i: number) => new Date(Date.UTC(1990, 0, 1 + i)).toISOString().slice(0, 10);
    const panel = (n: number) =>
      `series,date,value\n${rows(n, (i) => `${i % 2 ? 'hi.coverage' : 'si.voluntary.participants'},${day(Math.floor(i / 2))},${i % 90}`)}\n`;
    const metrics = ['hi.coverage', 'si.voluntary.participants'];
    const at = (n: number) =>
      notebook.attempt(String(n), () =>
        importCsv(panel(n), 'in.csv', metrics, { dataset: { observations: [], targets: [] }, region: 'Hanoi' }, 'en'),
      );
    expect(at(10_000)?.ok).toBe(true);
    const over = at(10_001);
    expect(over?.ok).toBe(false);
    if (over && !over.ok)
      expect(messages(over.issues)).toBe('in.csv: a notebook keeps at most 10000 figures of your own; this import would make 10001');
  });
});

/** CSV-ish text: the characters that matter to a CSV parser, in any order. */
const csvText = fc
  .array(
    fc.constantFrom(
      'date',
      'value',
      'series',
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '2024',
      '-',
      '/',
      '12',
      '31',
      '1.5',
      '70.577,2',
      '1.234',
      'NaN',
      'x',
      '\uFEFF',
      'đ',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** A well-formed file with some cells replaced by hostile ones, any delimiter, blank lines anywhere. */
const damagedFile = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    cells: fc.array(
      fc.tuple(
        fc.oneof(fc.integer({ min: 1990, max: 2100 }).map(String), fc.constantFrom('31/12/2025', '05/06/2025', '2025-02-30', '', '"')),
        fc.oneof(fc.double({ noNaN: false }).map(String), fc.constantFrom('70.577,2', '1.234', '1,5', '95%', '', '"a""b"', '1e999')),
      ),
      { minLength: 1, maxLength: 20 },
    ),
    blanks: fc.array(fc.nat(25), { maxLength: 5 }),
  })
  .map(({ delimiter, eol, cells, blanks }) => {
    const lines = ['date' + delimiter + 'value', ...cells.map(([d, v]) => d + delimiter + v)];
    for (const at of blanks) lines.splice(Math.min(at, lines.length), 0, '');
    return lines.join(eol);
  });

/** A series written the way one locale writes it, values in thousandths from min to max. */
const localeFile = (min: number, max: number) =>
  fc
    .record({
      vietnamese: fc.boolean(),
      values: fc.array(
        fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000),
        { minLength: 3, maxLength: 30 },
      ),
    })
    .map(({ vietnamese, values }) => {
      const format = new Intl.NumberFormat(vietnamese ? 'vi-VN' : 'en-US', { maximumFractionDigits: 3 });
      const delimiter = vietnamese ? ';' : ',';
      const text = `date${delimiter}value\n${values.map((v, i) => `${2000 + i}${delimiter}"${format.format(v)}"`).join('\n')}\n`;
      return { text, values };
    });

describe('fuzzing the CSV reader', () => {
  it('never throws, and every problem names the file; series have at least 3 finite points', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, damagedFile, fc.string({ maxLength: 300 })), (text) => {
        const result = reader.attempt(text, () => read(text));
        expect(result).not.toBeNull();
        for (const issue of result!.issues) expect(issue.where.startsWith('in.csv')).toBe(true);
        for (const s of result!.series) {
          expect(s.points.length).toBeGreaterThanOrEqual(3);
          for (const p of s.points) expect(Number.isFinite(p.value)).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('points every located problem at a non-blank line of the file', () => {
    fc.assert(
      fc.property(damagedFile, (text) => {
        const lines = text.split(/\r\n|\r|\n/);
        const result = reader.attempt(text, () => read(text));
        for (const issue of result!.issues) {
          const line = /:(\d+)$/.exec(issue.where);
          if (line) expect(lines[Number(line[1]) - 1]!.trim()).not.toBe('');
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('reads back numbers as Vietnamese (70.577,2 with ";") and English (70,577.2 with ",") spreadsheets write them', () => {
    fc.assert(
      fc.property(localeFile(-1e6, 1e6), ({ text, values }) => {
        const result = reader.attempt(text, () => read(text));
        expect(messages(result!.issues)).toBe('');
        expect(result!.series[0]!.points.map((p) => p.value)).toEqual(values);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the notebook import takes a share written either way, value for value', () => {
    fc.assert(
      fc.property(localeFile(0, 100), ({ text, values }) => {
        const result = notebook.attempt(text, () => importInto(text));
        expect(result).toMatchObject({ ok: true });
        if (result?.ok) expect(result.observations.map((o) => o.value)).toEqual(values);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the notebook import never throws and refuses with located problems', () => {
    fc.assert(
      fc.property(fc.oneof(csvText, damagedFile), (text) => {
        const result = notebook.attempt(text, () => importInto(text));
        expect(result).not.toBeNull();
        if (result && !result.ok) for (const issue of result.issues) expect(issue.where.startsWith('in.csv')).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('the tally', () => {
  it('saw no crash', () => {
    expect(reader.result.crashExamples).toEqual([]);
    expect(notebook.result.crashExamples).toEqual([]);
  });
});
