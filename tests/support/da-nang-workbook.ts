// A province's workbook as an analyst would keep it, made in the test: a wide monthly sheet with
// Vietnamese headers and period labels in the forms reports use (T1/2025, Tháng 2/2025, 03/2025),
// a title row above the header, no region column (the notebook asks), and a targets sheet. Its
// figures are invented but shaped like a province's: coverage creeping up, participants growing.
import { writtenXlsx } from './xlsx-fixtures.ts';

export const DA_NANG = 'Đà Nẵng';
/** January 2025 to October 2026. */
export const MONTHS = 22;

const label = (i: number) => {
  const month = (i % 12) + 1;
  const year = 2025 + Math.floor(i / 12);
  return [`T${month}/${year}`, `Tháng ${month}/${year}`, `${String(month).padStart(2, '0')}/${year}`][i % 3]!;
};

export const coverage = (i: number) => Math.round((92.4 + 0.1 * i) * 100) / 100;
export const participants = (i: number) => 1_050_000 + 2_100 * i;
export const employers = (i: number) => 4_000 + 30 * i;

/** The wide monthly sheet (months `from` to `to`, 0 = January 2025) and, when asked, the targets sheet. */
export function daNangWorkbook(options: { from?: number; to?: number; targets?: boolean; bump?: number } = {}): Promise<Uint8Array> {
  const { from = 0, to = MONTHS - 1, targets = true, bump = 0 } = options;
  const months = Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const rows = [
    [{ value: 'Báo cáo kết quả thực hiện BHXH, BHYT thành phố Đà Nẵng' }],
    [{ value: 'Chỉ tiêu', fontWeight: 'bold' as const }, ...months.map((i) => ({ value: label(i), fontWeight: 'bold' as const }))],
    [{ value: 'Tỷ lệ bao phủ BHYT (%)' }, ...months.map((i) => ({ value: coverage(i) + bump }))],
    [{ value: 'Người tham gia BHYT' }, ...months.map((i) => ({ value: participants(i) }))],
    [{ value: 'Số đơn vị tham gia' }, ...months.map((i) => ({ value: employers(i) }))],
  ];
  const sheets = [{ sheet: 'Số liệu', data: rows }];
  if (targets)
    sheets.push({
      sheet: 'Chỉ tiêu kế hoạch',
      data: [
        [{ value: 'Chỉ tiêu' }, { value: 'Hạn' }, { value: 'Giá trị' }],
        [{ value: 'Tỷ lệ bao phủ BHYT' }, { value: '31/12/2026' }, { value: '95,0' }],
        [{ value: 'Số đơn vị tham gia' }, { value: 'Năm 2026' }, { value: '4.800' }],
      ] as never,
    });
  return writtenXlsx(sheets as never);
}
