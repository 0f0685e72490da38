import { expect, it } from 'vitest';
import { METRICS } from '../../../../src/data/metrics.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import type { GridCell } from '../../../../src/engine/io/table/grid.ts';

const ROWS = 100_000;
const text = (t: string): GridCell => ({ kind: 'text', text: t });

it(`reads a long sheet of ${ROWS.toLocaleString('en-US')} rows in a few seconds`, () => {
  const dates = Array.from({ length: ROWS / 100 }, (_, d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10));
  const rows: (GridCell | null)[][] = [['Chỉ tiêu', 'Địa bàn', 'Ngày', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn'].map(text)];
  for (let i = 0; i < ROWS; i++) {
    const value: GridCell =
      i % 2 === 0 ? { kind: 'number', value: 8_000_000 + i } : text(`trên ${(8_000_000 + i).toLocaleString('de-DE')}`);
    rows.push([
      text(i % 3 === 0 ? 'hi.participants' : 'Người tham gia BHYT'),
      text(`Vùng ${i % 100}`),
      i % 2 === 0 ? { kind: 'date', date: dates[Math.floor(i / 100)]! } : text(dates[Math.floor(i / 100)]!.split('-').reverse().join('/')),
      value,
      text('người'),
      null,
      text('Báo cáo'),
    ]);
  }
  const book = { fileName: 'lon.xlsx', format: 'xlsx' as const, sheets: [{ name: 'Số liệu', hidden: false, rows, merged: [] }] };
  const t0 = performance.now();
  const reading = interpretWorkbook(book, METRICS);
  const ms = performance.now() - t0;
  console.log(`interpretWorkbook: ${ROWS.toLocaleString('en-US')} rows in ${Math.round(ms)} ms`);
  expect(reading.problems).toEqual([]);
  expect(reading.figures).toHaveLength(ROWS);
  expect(reading.figures[1]).toMatchObject({ metric: 'hi.participants', value: 8_000_001, qualifier: 'over', unit: 'people' });
  // Generous for a shared, busy CI machine; it takes well under a second on one core.
  expect(ms).toBeLessThan(10_000);
});
