// Damaged, disguised and hostile files: each is refused with one keyed message at its place, without
// a crash, a hang or unbounded memory.
import { describe, expect, it } from 'vitest';
import { columnName } from '../../../../src/engine/io/table/grid.ts';
import { readXlsx, WORKBOOK_LIMITS, type WorkbookLimits } from '../../../../src/engine/io/workbook/read-xlsx.ts';
import {
  cell,
  inline,
  num,
  patchZipEntry,
  row,
  shared,
  writtenXlsx,
  xlsxBytes,
  zipBytes,
  type FixtureBook,
} from '../../../support/xlsx-fixtures.ts';

const SHEET1 = 'xl/worksheets/sheet1.xml';

/** The one problem reading gives: its place, key and parameters. */
function problem(bytes: Uint8Array, limits: Partial<WorkbookLimits> = {}) {
  const read = readXlsx(bytes, 'book.xlsx', { ...WORKBOOK_LIMITS, ...limits });
  if (read.ok) throw new Error('the workbook was read');
  expect(read.issues).toHaveLength(1);
  const [{ where, key, params, message }] = read.issues as [(typeof read.issues)[0]];
  expect(message).not.toMatch(/\{\w+\}/);
  return { where, key, params };
}

const book = (rows: string, more: Omit<FixtureBook, 'sheets'> = {}) => xlsxBytes({ ...more, sheets: [{ name: 'S', rows }] });
const withSheetXml = (xml: string) => book('', { parts: { [SHEET1]: xml } });

/** Deterministic noise (a linear congruential generator), so a failure repeats. */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe('files that are not workbooks', () => {
  it('refuses an empty file, random bytes and a CSV text', () => {
    expect(problem(new Uint8Array())).toMatchObject({ where: 'book.xlsx', key: 'fileEmpty' });
    expect(problem(noise(5000))).toMatchObject({ where: 'book.xlsx', key: 'xlsxNotZip' });
    expect(problem(new TextEncoder().encode('date,value\n2025-01-01,1\n'))).toMatchObject({ key: 'xlsxNotZip' });
  });

  it('says an OLE file (an old .xls, or an encrypted workbook) is to be saved as .xlsx without a password', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(4000)]);
    expect(problem(ole)).toMatchObject({ where: 'book.xlsx', key: 'xlsxEncryptedOrXls' });
    const encryptedEntry = patchZipEntry(book(row(1, num('A1', 1))), SHEET1, { flags: 1 });
    expect(problem(encryptedEntry)).toMatchObject({ key: 'xlsxEncryptedOrXls' });
  });

  it('refuses a zip without a workbook, and names an .xlsb', () => {
    expect(problem(zipBytes({ 'word/document.xml': '<w:document/>' }))).toMatchObject({ key: 'xlsxNoWorkbook' });
    expect(problem(zipBytes({}))).toMatchObject({ key: 'xlsxNoWorkbook' });
    expect(problem(zipBytes({ 'xl/workbook.bin': new Uint8Array(10) }))).toMatchObject({ key: 'xlsxBinaryWorkbook' });
  });

  it('refuses a bigger file than the limit before unpacking it', () => {
    expect(problem(book(row(1, num('A1', 1))), { fileBytes: 100 })).toMatchObject({
      key: 'fileTooLargeBytes',
      params: { limit: { count: 100 } },
    });
  });
});

describe('damaged packages', () => {
  it('refuses a truncated workbook, whether cut in the middle or just before its end', async () => {
    const whole = await writtenXlsx([{ sheet: 'S', data: [['a', 1]] }]);
    expect(problem(whole.subarray(0, whole.length >> 1))).toMatchObject({ where: 'book.xlsx', key: 'xlsxDamaged' });
    expect(problem(whole.subarray(0, whole.length - 10))).toMatchObject({ key: 'xlsxDamaged' });
  });

  it('refuses a directory pointing outside the file', () => {
    const zip = book(row(1, num('A1', 1))).slice();
    const view = new DataView(zip.buffer);
    view.setUint32(zip.length - 22 + 16, zip.length + 1000, true);
    expect(problem(zip)).toMatchObject({ key: 'xlsxDamaged' });
  });

  it('names the part that does not inflate, or is packed with a method Excel does not use', () => {
    const stored = book('', { level: 0, parts: { [SHEET1]: new Uint8Array(64).fill(0xff) } });
    expect(problem(patchZipEntry(stored, SHEET1, { method: 8 }))).toMatchObject({ key: 'xlsxPartUnreadable', params: { part: SHEET1 } });
    expect(problem(patchZipEntry(book(''), SHEET1, { method: 14 }))).toMatchObject({ key: 'xlsxPartUnreadable', params: { part: SHEET1 } });
  });

  it('refuses a part whose checksum does not match, rather than read a changed figure', () => {
    const stored = book(row(1, num('A1', 12345)), { level: 0 });
    const at = new TextDecoder('latin1').decode(stored).indexOf('<v>12345</v>') + '<v>1234'.length;
    const changed = stored.slice();
    changed[at] = '6'.charCodeAt(0);
    expect(readXlsx(stored, 'book.xlsx').ok).toBe(true);
    expect(problem(changed)).toMatchObject({ key: 'xlsxPartUnreadable', params: { part: SHEET1 } });
  });

  it('refuses a sheet whose part is missing, and a workbook with no worksheet', () => {
    expect(problem(book(row(1, num('A1', 1)), { parts: { [SHEET1]: null } }))).toMatchObject({
      key: 'xlsxSheetMissing',
      params: { sheet: 'S', part: SHEET1 },
    });
    expect(problem(xlsxBytes({ sheets: [] }))).toMatchObject({ key: 'xlsxNoSheets' });
  });
});

describe('zip bombs', () => {
  it('stops a part that unpacks a thousand times its size after a megabyte, whatever it declares', () => {
    const bomb = book('', { level: 9, parts: { [SHEET1]: `<worksheet><sheetData>${' '.repeat(30_000_000)}</sheetData></worksheet>` } });
    expect(bomb.length).toBeLessThan(100_000);
    expect(problem(patchZipEntry(bomb, SHEET1, { declaredSize: 1000 }))).toMatchObject({
      where: 'book.xlsx',
      key: 'xlsxCompressionRatio',
      params: { part: SHEET1, ratio: 200 },
    });
  });

  it('counts the bytes it unpacks, not the sizes the headers declare', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => row(i + 1, num(`A${i + 1}`, Math.sin(i)))).join('');
    const lying = patchZipEntry(book(rows), SHEET1, { declaredSize: 10 });
    expect(problem(lying, { partBytes: 50_000 })).toMatchObject({
      key: 'xlsxPartTooLarge',
      params: { part: SHEET1, limit: { count: 50_000 } },
    });
    const overstated = patchZipEntry(book(rows), SHEET1, { declaredSize: 0xfffffff0 });
    expect(readXlsx(overstated, 'book.xlsx').ok).toBe(true);
  });

  it('limits the bytes unpacked from all parts together, and the number of entries', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(i + 1, num(`A${i + 1}`, i))).join('');
    const twoSheets = xlsxBytes({
      sheets: [
        { name: 'A', rows },
        { name: 'B', rows },
      ],
    });
    expect(problem(twoSheets, { unpackedBytes: 60_000 })).toMatchObject({
      key: 'xlsxUnpackedTooLarge',
      params: { limit: { count: 60_000 } },
    });
    expect(problem(twoSheets, { zipEntries: 5 })).toMatchObject({ key: 'xlsxTooManyParts', params: { count: { count: 6 } } });
  });
});

describe('XML that is malformed or hostile', () => {
  it.each([
    ['an unclosed element', '<worksheet><sheetData><row r="1">'],
    ['mismatched tags', '<worksheet><sheetData></row></sheetData></worksheet>'],
    ['no element at all', 'not xml'],
    ['nesting deeper than any workbook', `<worksheet>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</worksheet>`],
  ])('names the part of %s', (_, xml) => {
    expect(problem(withSheetXml(xml))).toMatchObject({ where: 'book.xlsx', key: 'xlsxXmlMalformed', params: { part: SHEET1 } });
  });

  it('refuses bytes that are not UTF-8, and malformed workbook, styles and shared-strings parts', () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<worksheet><sheetData><row><c t="inlineStr"><is><t>'),
      0xc3,
      0x28,
      ...new TextEncoder().encode('</t></is></c></row></sheetData></worksheet>'),
    ]);
    expect(problem(book('', { parts: { [SHEET1]: latin1 } }))).toMatchObject({ key: 'xlsxXmlMalformed' });
    expect(problem(book('', { parts: { 'xl/workbook.xml': '<workbook><sheets>' } }))).toMatchObject({
      params: { part: 'xl/workbook.xml' },
    });
    expect(problem(book('', { styles: { cellXfs: [0] }, parts: { 'xl/styles.xml': '<styleSheet><cellXfs>' } }))).toMatchObject({
      params: { part: 'xl/styles.xml' },
    });
    expect(problem(book('', { sharedStrings: ['<t>a</t'] }))).toMatchObject({
      key: 'xlsxXmlMalformed',
      params: { part: 'xl/sharedStrings.xml' },
    });
  });

  it('refuses a DOCTYPE, so no entity expansion (billion laughs) can happen', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
    expect(
      problem(
        withSheetXml(`${laughs}<worksheet><sheetData><row><c t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>`),
      ),
    ).toMatchObject({
      key: 'xlsxXmlDoctype',
      params: { part: SHEET1 },
    });
    expect(
      problem(
        book(row(1, shared('A1', 0)), {
          sharedStrings: ['<t>a</t>'],
          parts: { 'xl/sharedStrings.xml': `${laughs}<sst><si><t>&lol3;</t></si></sst>` },
        }),
      ),
    ).toMatchObject({
      key: 'xlsxXmlDoctype',
      params: { part: 'xl/sharedStrings.xml' },
    });
    const external = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Relationships/>';
    expect(problem(book('', { parts: { '_rels/.rels': external } }))).toMatchObject({
      key: 'xlsxXmlDoctype',
      params: { part: '_rels/.rels' },
    });
  });

  it('parses a tag of millions of characters in linear time', () => {
    // angle brackets at random inside an attribute: a parser fed in chunks would re-scan it at every chunk
    const value = Array.from(noise(5_000_000), (byte) => '<>ab'[byte & 3]).join('');
    const bytes = withSheetXml(`<worksheet><sheetData><row r="1"><c r="A1" x="${value}"><v>1</v></c></row></sheetData></worksheet>`);
    const started = performance.now();
    const sheet = readXlsx(bytes, 'book.xlsx');
    expect(sheet.ok && sheet.value.sheets[0]?.rows).toEqual([[{ kind: 'number', value: 1 }]]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('grids beyond the limits', () => {
  it('refuses more sheets than the limit', () => {
    const sheets = Array.from({ length: WORKBOOK_LIMITS.sheets + 1 }, (_, i) => ({ name: `S${i}`, rows: '' }));
    expect(problem(xlsxBytes({ sheets }))).toMatchObject({ key: 'xlsxTooManySheets', params: { limit: { count: 100 } } });
  });

  it('refuses a value below the rows limit, counting all sheets together, without allocating the rows', () => {
    expect(problem(book(row(200_001, num('A200001', 1))))).toMatchObject({ where: 'S!A200001', key: 'xlsxTooManyRows' });
    expect(problem(book(row(1_048_576, num('B1048576', 1))))).toMatchObject({ where: 'S!B1048576', key: 'xlsxTooManyRows' });
    const two = xlsxBytes({
      sheets: [
        { name: 'A', rows: row(150_000, num('A150000', 1)) },
        { name: 'B b', rows: row(50_000, num('C50000', 1)) + row(50_001, num('C50001', 1)) },
      ],
    });
    expect(problem(two)).toMatchObject({ where: "'B b'!C50001", key: 'xlsxTooManyRows' });
  });

  it('refuses a value right of the columns limit', () => {
    const last = columnName(WORKBOOK_LIMITS.columns - 1);
    expect(readXlsx(book(row(1, num(`${last}1`, 1))), 'book.xlsx').ok).toBe(true);
    const beyond = columnName(WORKBOOK_LIMITS.columns);
    expect(problem(book(row(1, num(`${beyond}1`, 1))))).toMatchObject({
      where: `S!${beyond}1`,
      key: 'xlsxTooManyColumns',
      params: { column: beyond, last },
    });
    expect(problem(book(row(1, num('XFD1', 1))))).toMatchObject({ where: 'S!XFD1', key: 'xlsxTooManyColumns' });
  });

  it('refuses more grid cells than the limit, counting the empty cells before each row’s last value', () => {
    const last = columnName(WORKBOOK_LIMITS.columns - 1);
    const rows = Array.from({ length: 1001 }, (_, i) => row(i + 1, num(`${last}${i + 1}`, i))).join('');
    expect(problem(book(rows))).toMatchObject({ where: `S!${last}1001`, key: 'xlsxTooManyCells', params: { limit: { count: 2_000_000 } } });
  });

  it('refuses a text longer than a cell can hold, shared, inline or as a value', () => {
    const longest = 'x'.repeat(WORKBOOK_LIMITS.textChars);
    expect(readXlsx(book(row(1, inline('A1', longest))), 'book.xlsx').ok).toBe(true);
    expect(problem(book(row(1, shared('A1', 0)), { sharedStrings: [`<r><t>${longest}</t></r><r><t>y</t></r>`] }))).toMatchObject({
      where: 'book.xlsx',
      key: 'xlsxTextTooLong',
    });
    expect(problem(book(row(2, inline('B2', `${longest}y`))))).toMatchObject({ where: 'S!B2', key: 'xlsxTextTooLong' });
    expect(problem(book(row(1, cell('A1', `<f>${longest}+1</f>`))))).toMatchObject({ where: 'S!A1', key: 'xlsxTextTooLong' });
  });

  it('refuses more merged ranges than the limit', () => {
    const sheet = { name: 'S', rows: row(1, ...'ABCDEF'.split('').map((c) => num(`${c}1`, 1))), merged: ['A1:B1', 'C1:D1', 'E1:F1'] };
    expect(readXlsx(xlsxBytes({ sheets: [sheet] }), 'book.xlsx', { ...WORKBOOK_LIMITS, mergedRanges: 3 }).ok).toBe(true);
    expect(problem(xlsxBytes({ sheets: [sheet] }), { mergedRanges: 2 })).toMatchObject({ where: 'S!E1', key: 'xlsxTooManyMerged' });
  });
});

describe('cells that cannot be read', () => {
  it.each(['A0', 'XFE1', 'A1048577', '1A', 'A1:B2', ''])('refuses the cell reference "%s"', (ref) => {
    expect(problem(book(row(1, num(ref, 1))))).toMatchObject({ where: 'book.xlsx', key: 'xlsxBadCellRef', params: { sheet: 'S', ref } });
  });

  it('refuses a row number outside a sheet and a merged range that is not one', () => {
    expect(problem(book('<row r="0"></row>'))).toMatchObject({ key: 'xlsxBadRowNumber', params: { row: '0' } });
    expect(problem(book('<row r="x"></row>'))).toMatchObject({ key: 'xlsxBadRowNumber', params: { row: 'x' } });
    expect(problem(xlsxBytes({ sheets: [{ name: 'S', rows: row(1, num('A1', 1)), merged: ['A1:B'] }] }))).toMatchObject({
      key: 'xlsxBadCellRef',
      params: { ref: 'A1:B' },
    });
  });

  it.each([
    ['a hexadecimal number', num('C3', '0x1A')],
    ['a number too large to store', num('C3', '1e999')],
    ['NaN', num('C3', 'NaN')],
    ['a boolean that is neither 0 nor 1', cell('C3', '<v>2</v>', { t: 'b' })],
    ['an ISO date cell without a date', cell('C3', '<v>soon</v>', { t: 'd' })],
  ])('refuses %s at its place', (_, xml) => {
    expect(problem(book(row(3, xml)))).toMatchObject({ where: 'S!C3', key: 'xlsxBadValue' });
  });

  it('refuses a shared string the workbook does not have, and an unknown cell type', () => {
    expect(problem(book(row(1, shared('A1', 1)), { sharedStrings: ['<t>only</t>'] }))).toMatchObject({
      where: 'S!A1',
      key: 'xlsxSharedStringIndex',
      params: { index: '1', count: { count: 1 } },
    });
    expect(problem(book(row(1, shared('A1', 0))))).toMatchObject({ key: 'xlsxSharedStringIndex', params: { count: { count: 0 } } });
    expect(problem(book(row(1, cell('A1', '<v>1</v>', { t: 'z' }))))).toMatchObject({
      where: 'S!A1',
      key: 'xlsxUnknownCellType',
      params: { type: 'z' },
    });
  });
});
