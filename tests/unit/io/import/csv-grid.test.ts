import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../../src/data/metrics.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import { formatIssue } from '../../../../src/engine/io/issues.ts';
import { csvWorkbook } from '../../../../src/engine/io/table/csv-grid.ts';
import { CSV_LIMITS } from '../../../../src/engine/io/limits.ts';
import { figureRows, problems } from './grids.ts';

function grid(text: string) {
  const read = csvWorkbook(text, 'so-lieu.csv');
  if (!read.ok) throw new Error(read.issues.map(formatIssue).join('\n'));
  return read.value;
}
const interpret = (text: string) => interpretWorkbook(grid(text), METRICS);

describe('CSV files as a one-sheet workbook', () => {
  it('has every cell as text, row r on line r + 1 past blank lines and quoted line breaks', () => {
    const book = grid('\uFEFFChỉ tiêu,Ngày,Giá trị\r\n\r\n"hi.\ncoverage",30/09/2025,95.5\nhi.participants,30/09/2025,"8,240,000"\n');
    expect(book).toEqual({
      fileName: 'so-lieu.csv',
      format: 'csv',
      sheets: [
        {
          name: 'so-lieu.csv',
          hidden: false,
          merged: [],
          rows: [
            [
              { kind: 'text', text: 'Chỉ tiêu' },
              { kind: 'text', text: 'Ngày' },
              { kind: 'text', text: 'Giá trị' },
            ],
            [],
            [
              { kind: 'text', text: 'hi.\ncoverage' },
              { kind: 'text', text: '30/09/2025' },
              { kind: 'text', text: '95.5' },
            ],
            [],
            [
              { kind: 'text', text: 'hi.participants' },
              { kind: 'text', text: '30/09/2025' },
              { kind: 'text', text: '8,240,000' },
            ],
          ],
        },
      ],
    });
  });

  it('finds the delimiter that splits a header, below a title line too', () => {
    for (const d of [',', ';', '\t']) {
      const text = `BÁO CÁO SỐ LIỆU\n\nChỉ tiêu${d}Ngày${d}Giá trị\nhi.participants${d}Quý III/2025${d}8240000\n`;
      const reading = interpret(text);
      expect(problems(reading), JSON.stringify(d)).toEqual([]);
      expect(figureRows(reading)).toEqual([['hi.participants', '2025-09-30', 8_240_000]]);
    }
  });

  it('reads a Vietnamese-locale file (semicolons, decimal commas), places as file:line', () => {
    const reading = interpret(
      'Chỉ tiêu;Kỳ;Giá trị;Đơn vị\nTỷ lệ bao phủ BHYT;Tháng 9/2025;95,5;%\n\nNgười tham gia BHYT;Tháng 9/2025;8.240.000;người\nhi.coverage;T10/2025;abc;%\n',
    );
    expect(problems(reading)).toEqual(['so-lieu.csv:5: cannot read value "abc"']);
    expect(reading.figures.map((f) => [f.metric, f.date, f.value, f.place])).toEqual([
      ['hi.coverage', '2025-09-30', 95.5, { sheet: 'so-lieu.csv', cell: 'so-lieu.csv:2' }],
      ['hi.participants', '2025-09-30', 8_240_000, { sheet: 'so-lieu.csv', cell: 'so-lieu.csv:4' }],
    ]);
  });

  it('reads a wide CSV with periods across', () => {
    const reading = interpret('Chỉ tiêu,2023,2024,Quý III/2025\nhi.coverage,92.5,93.4,95.5\n');
    expect(problems(reading)).toEqual([]);
    expect(figureRows(reading)).toEqual([
      ['hi.coverage', '2023-12-31', 92.5],
      ['hi.coverage', '2024-12-31', 93.4],
      ['hi.coverage', '2025-09-30', 95.5],
    ]);
  });

  it('refuses text it cannot split, and text beyond the CSV limit', () => {
    const refused = (text: string) => {
      const read = csvWorkbook(text, 'x.csv');
      return read.ok ? 'ok' : read.issues.map(formatIssue);
    };
    expect(refused('  \n')).toEqual(['x.csv: the file is empty']);
    expect(refused('Chỉ tiêu,Ngày,Giá trị\n"hi.coverage,2025,95\n')).toEqual([
      'x.csv:2: a quoted cell is never closed (a " without its closing ")',
    ]);
    expect(refused('a'.repeat(CSV_LIMITS.chars + 1))[0]).toMatch(/^x\.csv: the text has 10,485,761 characters; the limit is 10,485,760/);
  });

  it('says when a file has no header the interpreter knows', () => {
    const reading = interpret('a,b,c\n1,2,3\n');
    expect(problems(reading)).toEqual([
      'so-lieu.csv: no header row in the first 20 rows (expected columns such as Chỉ tiêu, Ngày, Giá trị; Chỉ tiêu, Hạn, Giá trị; or periods across such as Quý III/2025)',
      'so-lieu.csv: no figures, targets or metrics found in the file',
    ]);
  });
});
