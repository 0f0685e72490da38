import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../../src/data/metrics.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import { CSV_LIMITS } from '../../../../src/engine/io/limits.ts';
import { book, date, err, figureRows, formula, pct, problems, sheet } from './grids.ts';

const read = (...sheets: Parameters<typeof book>) => interpretWorkbook(book(...sheets), METRICS);
const long = (name: string, ...rows: Parameters<typeof sheet>[1]) =>
  sheet(name, [['Chỉ tiêu', 'Địa bàn', 'Ngày', 'Giá trị', 'Đơn vị', 'Mức'], ...rows]);

describe('problems, each at its cell', () => {
  it('leave out the rows they are in and read the others', () => {
    const reading = read(
      long(
        'S',
        ['hi.coverage', 'Hà Nội', '30/09/2025', 'x', null, null],
        ['hi.coverage', 'Hà Nội', 'Quý 5/2025', 95, null, null],
        [null, 'Hà Nội', '30/09/2025', 95, null, null],
        ['hi.coverage', 'Hà Nội', '30/09/2025', err('#DIV/0!'), null, null],
        ['hi.coverage', 'Hà Nội', '30/09/2025', formula('B2*2'), null, null],
        ['hi.coverage', 'Hà Nội', '30/06/2025', 95, 'người', null],
        ['hi.coverage', 'Hà Nội', '30/06/2025', 95, 'hộ', null],
        ['hi.coverage', 'Hà Nội', '30/06/2025', 95, '%', 'có lẽ'],
        ['hi.coverage', 'Hà Nội', '30/06/2025', 'trên 95', '%', 'dưới'],
        ['hi.participants', 'Hà Nội', '30/06/2025', '95%', null, null],
        ['hi.participants', 'Hà Nội', '30/06/2025', -5, null, null],
        ['hi.participants', '<b>', '30/06/2025', 5, null, null],
        ['hi.participants', 'Hà Nội', null, 5, null, null],
        ['hi.participants', 'Hà Nội', 45930, 5, null, null],
        ['hi.participants', 'Hà Nội', date('2025-09-30'), 8_240_000, null, null],
      ),
    );
    expect(problems(reading)).toEqual([
      'S!D2: cannot read value "x"',
      'S!C3: cannot read the period "Quý 5/2025" (write a date 30/09/2025 or 2025-09-30, a month 09/2025 or Tháng 9/2025, a quarter Quý III/2025, 9 tháng 2025, or a year 2025)',
      'S!A4: the metric is empty',
      'S!D5: the cell holds the error #DIV/0!',
      'S!D6: the cell holds a formula "B2*2" with no saved value; open the file in Excel, save it and import it again',
      'S!E7: hi.coverage is measured in percent, got people',
      'S!E8: cannot read the unit "hộ" (write người, %, tỷ đồng or lượt)',
      'S!F9: cannot read the qualifier "có lẽ" (write chính xác, khoảng, trên or dưới)',
      'S!D10: the qualifier column says under but the value says over',
      'S!D11: hi.participants is measured in people, got percent',
      'S!D12: must not be negative, got -5',
      "S!B13: must be a region name: letters, digits, spaces and . ' - (at most 80 characters)",
      'S!C14: the date is empty',
      'S!C15: cannot read the period "45930" (write a date 30/09/2025 or 2025-09-30, a month 09/2025 or Tháng 9/2025, a quarter Quý III/2025, 9 tháng 2025, or a year 2025); it looks like a spreadsheet date number: format the column as dates',
    ]);
    expect(figureRows(reading)).toEqual([['hi.participants', '2025-09-30', 8_240_000]]);
  });

  it('read a percent-formatted cell as a percent', () => {
    const reading = read(long('S', ['hi.coverage', 'Hà Nội', '30/09/2025', pct(0.955), null, null]));
    expect(problems(reading)).toEqual([]);
    expect(reading.figures.map((f) => [f.value, f.unit])).toEqual([[95.5, 'percent']]);
  });

  it('name both places of a figure given twice: the second of equal ones is dropped, differing ones both', () => {
    const reading = read(
      long(
        'S',
        ['hi.coverage', 'Hà Nội', '30/09/2025', 95.5, null, null],
        ['hi.coverage', 'Hà Nội', '30/09/2025', 95.5, null, null],
        ['hi.coverage', 'Hà Nội', '30/06/2025', 94, null, null],
        ['hi.coverage', 'Hồ Chí Minh', '30/06/2025', 90, null, null],
      ),
      sheet('W', [
        ['Chỉ tiêu', 'Quý II/2025'],
        ['Tỷ lệ bao phủ BHYT', 94.5],
        ['Tỷ lệ bao phủ BHYT', 94.5],
      ]),
      long('T', ['hi.coverage', 'Hà Nội', 'Quý II/2025', 94.2, null, null]),
    );
    expect(problems(reading)).toEqual([
      'S!D3: hi.coverage in Hà Nội on 2025-09-30 is also at S!D2, with the same value: read once',
      'W!B3: hi.coverage on 2025-06-30 is also at W!B2, with the same value: read once',
      'T!D2: hi.coverage in Hà Nội on 2025-06-30 is 94.2 here but 94 at S!D4: neither is read',
    ]);
    expect(reading.figures.map((f) => [f.region, f.date, f.value, f.place.cell])).toEqual([
      ['Hà Nội', '2025-09-30', 95.5, 'S!D2'],
      ['Hồ Chí Minh', '2025-06-30', 90, 'S!D5'],
      [undefined, '2025-06-30', 94.5, 'W!B2'],
    ]);
    expect(reading.sheets.map((s) => s.figures)).toEqual([2, 1, 0]);
  });

  it('list at most the limit and count the rest', () => {
    const rows = Array.from({ length: CSV_LIMITS.issues + 50 }, () => ['hi.coverage', 'Hà Nội', '30/09/2025', 'x', null, null]);
    const listed = problems(read(long('S', ...rows, ['hi.coverage', 'Hà Nội', '30/09/2025', 95, null, null])));
    expect(listed).toHaveLength(CSV_LIMITS.issues + 1);
    expect(listed.at(-1)).toBe('data.xlsx: 50 more problems not listed');
  });
});

describe('numbers decided per sheet, then by the file', () => {
  it('reads a sheet by its own values, or by another sheet when none of its values shows the style', () => {
    const reading = read(
      long(
        'VN',
        ['hi.participants', 'Hà Nội', '30/09/2025', '8.240.000', null, null],
        ['si.compulsory.participants', 'Hà Nội', '30/09/2025', '1.234', null, null],
      ),
      long('Other', ['si.voluntary.participants', 'Hà Nội', '30/09/2025', '1.234', null, null]),
      long(
        'EN',
        ['ui.participants', 'Hà Nội', '30/09/2025', '1,234,567.5', null, null],
        ['hi.coverage', 'Hà Nội', '30/09/2025', '95.5', null, null],
      ),
    );
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([
      ['hi.participants', '2025-09-30', 8_240_000],
      ['si.compulsory.participants', '2025-09-30', 1234],
      ['si.voluntary.participants', '2025-09-30', 1234],
      ['ui.participants', '2025-09-30', 1_234_567.5],
      ['hi.coverage', '2025-09-30', 95.5],
    ]);
  });

  it('refuses a value that reads two ways when nothing in the file decides, and one written the other way', () => {
    const ambiguous = read(long('S', ['hi.participants', 'Hà Nội', '30/09/2025', '8.240', null, null]));
    expect(problems(ambiguous)).toEqual([
      'S!D2: cannot tell whether "8.240" is 8240 or 8.24 (no other value in the file shows which mark is the decimal one); write thousands without a separator',
      'data.xlsx: no figures, targets or metrics found in the file',
    ]);
    const mixed = read(
      long(
        'S',
        ['hi.coverage', 'Hà Nội', '30/09/2025', '95,5', null, null],
        ['hi.participants', 'Hà Nội', '30/09/2025', '8,240,000.5', null, null],
      ),
    );
    expect(problems(mixed)).toEqual([
      'S!D3: "8,240,000.5" is written the English way (1,234.5), but S!D2 ("95,5") the Vietnamese way; write every number the same way',
    ]);
  });
});

describe('sheets', () => {
  it('lists hidden, empty and headerless sheets with the reason they are skipped', () => {
    const reading = read(
      long('S', ['hi.coverage', 'Hà Nội', '30/09/2025', 95.5, null, null]),
      sheet(
        'Ẩn',
        [
          ['Chỉ tiêu', 'Ngày', 'Giá trị'],
          ['hi.coverage', '30/06/2025', 94],
        ],
        { hidden: true },
      ),
      sheet('Trống', [[null, ''], []]),
      sheet('Ghi chú', [['Số liệu do phòng Thu cung cấp']]),
    );
    expect(problems(reading)).toEqual([]);
    expect(reading.sheets.map((s) => [s.name, s.hidden, s.layout, s.skipped?.key ?? null, s.figures])).toEqual([
      ['S', false, 'long', null, 1],
      ['Ẩn', true, null, 'importSheetHidden', 0],
      ['Trống', false, null, 'importSheetEmpty', 0],
      ['Ghi chú', false, null, 'importNoHeader', 0],
    ]);
  });

  it('reads a hidden sheet when chosen, and only the chosen sheet (a metrics sheet still defines)', () => {
    const sheets = [
      long('S', ['hi.coverage', 'Hà Nội', '30/09/2025', 95.5, null, null]),
      sheet(
        'Ẩn',
        [
          ['Chỉ tiêu', 'Ngày', 'Giá trị'],
          ['Nợ đọng', '30/06/2025', 94],
        ],
        { hidden: true },
      ),
      sheet('Metrics', [
        ['id', 'Vietnamese name', 'English name', 'unit', 'kind'],
        ['own.arrears', 'Nợ đọng', 'Arrears', 'cases', 'stock'],
      ]),
    ];
    const reading = interpretWorkbook(book(...sheets), METRICS, { sheet: 'Ẩn' });
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([['own.arrears', '2025-06-30', 94]]);
    expect(reading.sheets.map((s) => [s.name, s.layout, s.skipped?.key ?? null])).toEqual([
      ['S', null, 'importSheetNotChosen'],
      ['Ẩn', 'long', null],
      ['Metrics', 'metrics', null],
    ]);
    expect(problems(interpretWorkbook(book(...sheets), METRICS, { sheet: 'Sheet9' }))[0]).toBe(
      'data.xlsx: no sheet named "Sheet9" (the file has: S, Ẩn, Metrics)',
    );
  });

  it('says why when nothing is read', () => {
    const reading = read(sheet('Ghi chú', [['Số liệu do phòng Thu cung cấp']]));
    expect(problems(reading)).toEqual([
      'Ghi chú: no header row in the first 20 rows (expected columns such as Chỉ tiêu, Ngày, Giá trị; Chỉ tiêu, Hạn, Giá trị; or periods across such as Quý III/2025)',
      'data.xlsx: no figures, targets or metrics found in the file',
    ]);
  });

  it('refuses a header that names a column twice', () => {
    const reading = read(
      sheet('S', [
        ['Chỉ tiêu', 'Ngày', 'Giá trị', 'Số liệu'],
        ['hi.coverage', '30/09/2025', 95.5, 95.6],
      ]),
    );
    expect(problems(reading)[0]).toBe('S!D1: the header names the same column twice: "Giá trị" at S!C1 and "Số liệu" here; keep one');
  });
});
