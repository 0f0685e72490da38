// What the .xlsx reader makes of well-formed workbooks: real ones written by write-excel-file, and
// hand-made packages for the shapes other programs write (sparse cells, rich text, 1904 dates).
import { describe, expect, it } from 'vitest';
import type { SheetGrid } from '../../../../src/engine/io/table/grid.ts';
import { readXlsx } from '../../../../src/engine/io/workbook/read-xlsx.ts';
import { cell, inline, num, row, shared, writtenXlsx, xlsxBytes, type FixtureBook } from '../../../support/xlsx-fixtures.ts';

function sheetsOf(bytes: Uint8Array): SheetGrid[] {
  const read = readXlsx(bytes, 'book.xlsx');
  if (!read.ok) throw new Error(read.issues.map((i) => `${i.where}: ${i.message}`).join('\n'));
  expect(read.value).toMatchObject({ fileName: 'book.xlsx', format: 'xlsx' });
  return read.value.sheets;
}

const oneSheet = (rows: string, book: Omit<FixtureBook, 'sheets'> = {}): SheetGrid =>
  sheetsOf(xlsxBytes({ ...book, sheets: [{ name: 'S', rows }] }))[0]!;

describe('readXlsx on a workbook written by write-excel-file', () => {
  it('reads text, numbers, booleans, dates, percentages and a formula without a saved value, sheet by sheet', async () => {
    const bytes = await writtenXlsx([
      {
        sheet: 'Số liệu 2025',
        data: [
          ['Chỉ tiêu', 'Giá trị', 'Ngày', 'Tỷ lệ', 'Đạt', 'Công thức'],
          [
            'GRDP',
            1234.5,
            { value: new Date(Date.UTC(2025, 8, 30)), format: 'dd/mm/yyyy' },
            { value: 0.955, format: '0.0%' },
            true,
            { type: 'Formula', value: 'B2*2' },
          ],
          [null, -0.25, null, null, false],
        ],
      },
      { sheet: 'Notes', data: [['a'], [{ value: new Date(Date.UTC(1999, 11, 31)), format: 'yyyy-mm-dd' }]] },
    ]);
    const [first, second] = sheetsOf(bytes);
    expect(first).toEqual({
      name: 'Số liệu 2025',
      hidden: false,
      merged: [],
      rows: [
        ['Chỉ tiêu', 'Giá trị', 'Ngày', 'Tỷ lệ', 'Đạt', 'Công thức'].map((text) => ({ kind: 'text', text })),
        [
          { kind: 'text', text: 'GRDP' },
          { kind: 'number', value: 1234.5 },
          { kind: 'date', date: '2025-09-30' },
          { kind: 'number', value: 0.955, percent: true },
          { kind: 'bool', value: true },
          { kind: 'formula', formula: 'B2*2' },
        ],
        [null, { kind: 'number', value: -0.25 }, null, null, { kind: 'bool', value: false }],
      ],
    });
    expect(second?.rows).toEqual([[{ kind: 'text', text: 'a' }], [{ kind: 'date', date: '1999-12-31' }]]);
  });
});

describe('readXlsx on hand-made workbooks', () => {
  it('keeps the tab order and marks hidden and very hidden sheets', () => {
    const sheets = sheetsOf(
      xlsxBytes({
        sheets: [
          { name: 'Visible', rows: row(1, num('A1', 1)) },
          { name: 'Hidden', state: 'hidden', rows: row(1, num('A1', 2)) },
          { name: 'Very & hidden', state: 'veryHidden', rows: row(1, num('A1', 3)) },
        ],
      }),
    );
    expect(sheets.map((s) => [s.name, s.hidden, s.rows[0]?.[0]])).toEqual([
      ['Visible', false, { kind: 'number', value: 1 }],
      ['Hidden', true, { kind: 'number', value: 2 }],
      ['Very & hidden', true, { kind: 'number', value: 3 }],
    ]);
  });

  it('reads shared strings (plain and rich text runs, without phonetic guides) and inline strings', () => {
    const sheet = oneSheet(row(1, shared('A1', 0), shared('B1', 1), inline('C1', 'Hà Nội'), shared('D1', 2), shared('E1', 3)), {
      sharedStrings: [
        '<t>Tổng thu</t>',
        '<r><rPr><b/></rPr><t>Doanh </t></r><r><t xml:space="preserve">thu </t></r><r><t>2025</t></r>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>',
        '<t>a_x000D_b _x005F_x000D_ &lt;&amp;&gt; &#x1F600;</t>',
      ],
    });
    expect(sheet.rows[0]).toEqual(
      ['Tổng thu', 'Doanh thu 2025', 'Hà Nội', '東京', 'a\rb _x000D_ <&> 😀'].map((text) => ({ kind: 'text', text })),
    );
  });

  it('keeps a formula cached value and gives a formula without one as its text (a shared formula as its first cell)', () => {
    const sheet = oneSheet(
      row(
        1,
        cell('A1', '<f>1+1</f><v>2</v>'),
        cell('B1', '<f>CONCAT("a","b")</f><v>ab</v>', { t: 'str' }),
        cell('C1', '<f>SUM(A1:B1)</f>'),
        cell('D1', '<f>1/0</f><v>#DIV/0!</v>', { t: 'e' }),
        cell('E1', '<f t="shared" ref="E1:F1" si="0">A1*2</f>'),
        cell('F1', '<f t="shared" si="0"/>'),
      ),
    );
    expect(sheet.rows[0]).toEqual([
      { kind: 'number', value: 2 },
      { kind: 'text', text: 'ab' },
      { kind: 'formula', formula: 'SUM(A1:B1)' },
      { kind: 'error', code: '#DIV/0!' },
      { kind: 'formula', formula: 'A1*2' },
      { kind: 'formula', formula: 'A1*2' },
    ]);
  });

  it('reads a merged header as its ranges, 0-based and inclusive', () => {
    const sheet = sheetsOf(
      xlsxBytes({
        sheets: [
          {
            name: 'S',
            rows:
              row(1, inline('A1', 'Năm'), inline('B1', 'Thu ngân sách')) +
              row(2, inline('B2', 'Kế hoạch'), inline('C2', 'Thực hiện')) +
              row(3, num('A3', 2025), num('B3', 1), num('C3', 2)),
            merged: ['A1:A2', 'B1:C1'],
          },
        ],
      }),
    )[0]!;
    expect(sheet.merged).toEqual([
      { r0: 0, c0: 0, r1: 1, c1: 0 },
      { r0: 0, c0: 1, r1: 0, c1: 2 },
    ]);
    expect(sheet.rows[0]).toEqual([
      { kind: 'text', text: 'Năm' },
      { kind: 'text', text: 'Thu ngân sách' },
    ]);
  });

  it('places sparse cells by their references and cells without one after the previous cell', () => {
    const sheet = oneSheet(
      row(2, num('C2', 1), num(null, 2), num('F2', 3)) +
        row(5, num('B5', 4)) +
        row(null, num(null, 5), num(null, 6)) +
        row(null, num('A7', 7)),
    );
    expect(sheet.rows).toEqual([
      [],
      [null, null, { kind: 'number', value: 1 }, { kind: 'number', value: 2 }, null, { kind: 'number', value: 3 }],
      [],
      [],
      [null, { kind: 'number', value: 4 }],
      [
        { kind: 'number', value: 5 },
        { kind: 'number', value: 6 },
      ],
      [{ kind: 'number', value: 7 }],
    ]);
  });

  it('leaves empty and style-only cells out, and empty trailing rows', () => {
    const sheet = oneSheet(
      row(1, num('A1', 1), cell('B1', '', { s: 0 }), cell('C1', '<v></v>'), inline('D1', '')) +
        row(2, cell('A2', '', { s: 0 }), cell('XFD2', '')),
    );
    expect(sheet.rows).toEqual([[{ kind: 'number', value: 1 }]]);
  });

  it('reads dates and percentages from built-in and custom number formats', () => {
    const formats = {
      164: 'dd/mm/yyyy',
      165: '[$-42A]d mmmm yyyy',
      166: '0.00"d"',
      167: '#,##0\\ \\h',
      168: '[Red]0.0%;[Blue]-0.0%',
      169: '"Tháng "m',
      170: '0.0" %"',
      171: '_-* #,##0_-;-* #,##0_-',
    };
    const cellXfs = [0, 14, 22, 47, 9, 10, 164, 165, 166, 167, 168, 169, 170, 171];
    const cells = cellXfs.map((_, s) => num(`${String.fromCharCode(65 + s)}1`, 45930.75, s));
    const shapes = oneSheet(row(1, ...cells), { styles: { numFmts: formats, cellXfs } }).rows[0]!.map((c) =>
      c?.kind === 'date' ? c.date : c?.kind === 'number' && c.percent ? '%' : c?.kind,
    );
    const date = '2025-09-30';
    expect(shapes).toEqual(['number', date, date, date, '%', '%', date, date, 'number', 'number', '%', date, 'number', 'number']);
  });

  it('counts 1900 dates past the phantom 1900-02-29, and 1904 dates from 1904-01-01', () => {
    const serials = [1, 59, 60, 61, 45930, 0, -1, 2958465, 2958466];
    const cells = serials.map((serial, i) => num(`${String.fromCharCode(65 + i)}1`, serial, 1));
    const styles = { cellXfs: [0, 14] };
    const shown = (date1904: boolean) =>
      oneSheet(row(1, ...cells), { styles, date1904 }).rows[0]!.map((c) =>
        c?.kind === 'date' ? c.date : c?.kind === 'number' ? c.value : null,
      );
    expect(shown(false)).toEqual(['1900-01-01', '1900-02-28', 60, '1900-03-01', '2025-09-30', 0, -1, '9999-12-31', 2958466]);
    expect(shown(true)).toEqual(['1904-01-02', '1904-02-29', '1904-03-01', '1904-03-02', '2029-10-01', '1904-01-01', -1, 2958465, 2958466]);
  });

  it('reads booleans, errors, ISO date cells, exponents and a time of day at the edge of midnight', () => {
    const sheet = oneSheet(
      row(
        1,
        cell('A1', '<v>0</v>', { t: 'b' }),
        cell('B1', '<v>#N/A</v>', { t: 'e' }),
        cell('C1', '<v>2025-09-30T00:00:00Z</v>', { t: 'd' }),
        num('D1', '1.5E-3'),
        num('E1', '45930.99999999999', 1),
      ),
      { styles: { cellXfs: [0, 14] } },
    );
    expect(sheet.rows[0]).toEqual([
      { kind: 'bool', value: false },
      { kind: 'error', code: '#N/A' },
      { kind: 'date', date: '2025-09-30' },
      { kind: 'number', value: 0.0015 },
      { kind: 'date', date: '2025-10-01' },
    ]);
  });

  it('finds the workbook and sheets through relationships with absolute targets, prefixed elements and a chart sheet', () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const docRels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const rels = (items: string) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
    const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${docRels}/${type}" Target="${target}"/>`;
    const sheets = sheetsOf(
      xlsxBytes({
        sheets: [],
        parts: {
          '_rels/.rels': rels(rel('a', 'officeDocument', '/book/Main.xml')),
          'xl/workbook.xml': null,
          'xl/_rels/workbook.xml.rels': null,
          'book/Main.xml': `<x:workbook xmlns:x="${main}" xmlns:rel="${docRels}"><x:sheets><x:sheet name="Chart" sheetId="1" rel:id="c"/><x:sheet name="Data" sheetId="2" rel:id="d"/></x:sheets></x:workbook>`,
          'book/_rels/Main.xml.rels': rels(rel('c', 'chartsheet', 'charts/c1.xml') + rel('d', 'worksheet', '/book/sheets/My%20Data.xml')),
          'book/sheets/My Data.xml': `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>42</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      }),
    );
    expect(sheets).toEqual([{ name: 'Data', hidden: false, merged: [], rows: [[{ kind: 'number', value: 42 }]] }]);
  });

  it('ignores an absurd <dimension> and cuts merged ranges to the cells the sheet holds', () => {
    const sheet = sheetsOf(
      xlsxBytes({
        sheets: [
          {
            name: 'S',
            before: '<dimension ref="A1:XFD1048576"/>',
            rows: row(1, inline('A1', 'x'), inline('C1', 'y')) + row(2, num('A2', 1)),
            merged: ['A1:XFD1048576', 'E5:F6', 'C2:C1048576'],
          },
        ],
      }),
    )[0]!;
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.merged).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 2 }]);
  });

  it('reads a stored (uncompressed) package and XML with a byte-order mark, comments and CDATA', () => {
    const sheet = sheetsOf(
      xlsxBytes({
        level: 0,
        sheets: [{ name: 'S', rows: '' }],
        parts: {
          'xl/worksheets/sheet1.xml': `\uFEFF<?xml version="1.0"?><!-- made by hand --><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>&]]></t></is></c></row></sheetData></worksheet>`,
        },
      }),
    )[0]!;
    expect(sheet.rows).toEqual([[{ kind: 'text', text: '<b>&' }]]);
  });
});
