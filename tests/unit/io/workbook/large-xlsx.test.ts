// A sheet of 100,000 rows reads whole, in seconds: the size the row limit is set for.
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../src/engine/io/workbook/read-xlsx.ts';
import { inline, num, row, shared, xlsxBytes } from '../../../support/xlsx-fixtures.ts';

const ROWS = 100_000;
const SOURCES = 50;

/** metric, region, date, value, unit, source: the long layout the import reads, with shared and inline strings. */
function longSheet(): Uint8Array {
  const rows = [
    row(1, ...['Chỉ tiêu', 'Địa phương', 'Ngày', 'Giá trị', 'Đơn vị', 'Nguồn'].map((text, c) => inline(`${'ABCDEF'[c]}1`, text))),
  ];
  for (let i = 1; i <= ROWS; i++) {
    const r = i + 1;
    rows.push(
      row(
        r,
        shared(`A${r}`, 0),
        shared(`B${r}`, 1),
        num(`C${r}`, 36526 + i, 1),
        num(`D${r}`, (i % 997) / 8),
        shared(`E${r}`, 2),
        shared(`F${r}`, 3 + (i % SOURCES)),
      ),
    );
  }
  const sources = Array.from({ length: SOURCES }, (_, i) => `<t>Cục Thống kê, kỳ ${i}</t>`);
  return xlsxBytes({
    sheets: [{ name: 'Số liệu', rows: rows.join('') }],
    sharedStrings: ['<t>grdp.total</t>', '<t>Hà Nội</t>', '<t>tỷ đồng</t>', ...sources],
    styles: { cellXfs: [0, 14] },
  });
}

describe('a 100,000-row sheet', () => {
  it('reads every row, typed, within seconds', () => {
    const bytes = longSheet();
    const started = performance.now();
    const read = readXlsx(bytes, 'big.xlsx');
    const seconds = (performance.now() - started) / 1000;
    if (!read.ok) throw new Error(read.issues[0]?.message);
    const { rows } = read.value.sheets[0]!;
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[ROWS]).toEqual([
      { kind: 'text', text: 'grdp.total' },
      { kind: 'text', text: 'Hà Nội' },
      { kind: 'date', date: '2273-10-16' },
      { kind: 'number', value: (ROWS % 997) / 8 },
      { kind: 'text', text: 'tỷ đồng' },
      { kind: 'text', text: 'Cục Thống kê, kỳ 0' },
    ]);
    // 1.5 to 2 s of CPU (measured); the bound catches a pathology (a quadratic step), not a busy machine
    expect(seconds).toBeLessThan(20);
  });
});
