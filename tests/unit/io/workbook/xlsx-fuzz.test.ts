// Property-based fuzzing of the .xlsx reader: bytes of a valid workbook flipped, cut or spliced
// (packed and stored, so the damage reaches the zip directory, the inflater and the XML alike), and
// XML-level garbage in a sheet. Whatever comes in, the reader gives a workbook or one located
// problem; it never throws. Counted in the fuzz table (npm run fuzz).
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../src/engine/io/workbook/read-xlsx.ts';
import { FUZZ_RUNS, Tally } from '../../../fuzz/tally.ts';
import { cell, inline, num, row, shared, xlsxBytes, xlsxParts, zipBytes, type FixtureBook } from '../../../support/xlsx-fixtures.ts';

const BOOK: FixtureBook = {
  sheets: [
    {
      name: 'Số liệu',
      rows:
        row(1, inline('A1', 'Năm'), inline('B1', 'Thu')) +
        row(2, num('A2', 45930, 1), num('B2', 0.95, 2)) +
        row(3, shared('A3', 0), cell('B3', '<f>B2*2</f><v>1.9</v>')),
      merged: ['A1:B1'],
    },
    { name: 'Ẩn', state: 'hidden', rows: row(1, cell('A1', '<v>1</v>', { t: 'b' })) },
  ],
  sharedStrings: ['<r><t>Hà </t></r><r><t>Nội</t></r>'],
  styles: { numFmts: { 164: 'dd/mm/yyyy' }, cellXfs: [0, 164, 10] },
};
const PACKED = xlsxBytes(BOOK);
const STORED = xlsxBytes({ ...BOOK, level: 0 });
const SHEET1 = 'xl/worksheets/sheet1.xml';
const SHEET_XML = xlsxParts(BOOK)[SHEET1] as string;

const tallies = {
  bytes: new Tally('Workbooks (.xlsx): mutations (bytes)'),
  xml: new Tally('Workbooks (.xlsx): mutations (sheet XML)'),
};
afterAll(() => Object.values(tallies).forEach((t) => t.save()));

const hex = (bytes: Uint8Array) => Array.from(bytes.subarray(0, 60), (b) => b.toString(16).padStart(2, '0')).join('');

/** Reads the bytes, failing the property (with the example) if the reader threw or gave an unplaced problem. */
function read(tally: Tally, label: string, bytes: Uint8Array): void {
  const before = tally.result.crashes;
  tally.attempt(label, () => readXlsx(bytes, 'fuzz.xlsx'));
  expect(tally.result.crashes, tally.result.crashExamples.at(-1)).toBe(before);
}

const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('flip', 'cut', 'splice', 'zero'),
  junk: fc.uint8Array({ minLength: 1, maxLength: 16 }),
});

function damaged(base: Uint8Array, { at, kind, junk }: { at: number; kind: string; junk: Uint8Array }): Uint8Array {
  const n = at % base.length;
  if (kind === 'cut') return base.subarray(0, n);
  if (kind === 'splice') return new Uint8Array([...base.subarray(0, n), ...junk, ...base.subarray(n)]);
  const out = base.slice();
  junk.forEach((b, i) => {
    if (n + i < out.length) out[n + i] = kind === 'zero' ? 0 : out[n + i]! ^ (b || 1);
  });
  return out;
}

const XML_JUNK = [
  '<',
  '>',
  '&',
  '"',
  '</row>',
  '<c r="A1">',
  '<v>',
  '</c>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '&a;',
  '&#x0;',
  '&#xD800;',
  '_x0000_',
  '<c r="XFD1048576"><v>1</v></c>',
  '<row r="0">',
  't="z"',
  '<![CDATA[',
  '<!--',
];

describe('fuzzing the .xlsx reader', () => {
  it('never throws on damaged bytes of a packed or a stored workbook', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(edit, { minLength: 1, maxLength: 3 }), (stored, edits) => {
        const bytes = edits.reduce(damaged, stored ? STORED : PACKED);
        read(tallies.bytes, hex(bytes), bytes);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on garbage in a sheet XML', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...XML_JUNK), fc.boolean(), (at, junk, cut) => {
        const n = at % SHEET_XML.length;
        const xml = cut ? SHEET_XML.slice(0, n) : SHEET_XML.slice(0, n) + junk + SHEET_XML.slice(n);
        read(tallies.xml, xml.slice(Math.max(0, n - 40), n + 40), zipBytes({ ...xlsxParts(BOOK), [SHEET1]: xml }));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('reads the unharmed workbook', () => {
    const read = readXlsx(PACKED, 'fuzz.xlsx');
    expect(read.ok && read.value.sheets.map((s) => [s.name, s.hidden, s.rows.length])).toEqual([
      ['Số liệu', false, 3],
      ['Ẩn', true, 1],
    ]);
  });
});
