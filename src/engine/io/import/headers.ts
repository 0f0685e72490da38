// Column roles from header cells in Vietnamese or English, matched by nameKey (case, accents,
// spaces and punctuation ignored), so "Chỉ tiêu", "CHI TIEU" and "chỉ_tiêu" are the same column. A
// suffix in brackets that names a unit gives the column's unit: "Giá trị (%)", "Số liệu (nghìn người)".
import { bracketSuffix, nameKey } from './normalize.ts';
import { readPeriodText } from './periods.ts';
import { readUnit, type UnitScale } from './units.ts';

export type ColumnRole =
  | 'metric'
  /** The metric's name beside its id (informational; the name of a proposed metric). */
  | 'metricName'
  | 'date'
  | 'value'
  | 'unit'
  | 'region'
  | 'source'
  | 'deadline'
  | 'qualifier'
  // the metrics sheet (Chỉ tiêu riêng): an own metric's definition
  | 'id'
  | 'labelVi'
  | 'labelEn'
  | 'kind'
  | 'denominator';

const NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  metric: ['Chỉ tiêu', 'Chỉ số', 'metric', 'indicator'],
  metricName: ['Tên chỉ tiêu', 'Tên chỉ số', 'metric name', 'indicator name'],
  date: ['Ngày', 'Kỳ', 'Thời điểm', 'Kỳ báo cáo', 'date', 'period', 'as of'],
  value: ['Giá trị', 'Số liệu', 'Số lượng', 'value'],
  unit: ['Đơn vị', 'Đơn vị tính', 'ĐVT', 'unit'],
  region: ['Địa bàn', 'Tỉnh', 'Tỉnh/thành phố', 'Tỉnh thành', 'region', 'province'],
  source: ['Nguồn', 'Nguồn số liệu', 'source'],
  deadline: ['Hạn', 'Thời hạn', 'deadline'],
  qualifier: ['Mức', 'qualifier'],
  /** An id column; in a data sheet the metric's id, beside a metric column that then holds its name. */
  id: ['Mã', 'Mã chỉ tiêu', 'Mã chỉ số', 'id', 'code', 'metric id'],
  labelVi: ['Tên tiếng Việt', 'label vi', 'Vietnamese label', 'Vietnamese name'],
  labelEn: ['Tên tiếng Anh', 'label en', 'English label', 'English name'],
  kind: ['Loại', 'kind', 'Loại chỉ tiêu'],
  denominator: ['Mẫu số', 'denominator'],
};

const ROLE_BY_KEY: ReadonlyMap<string, ColumnRole> = new Map(
  (Object.entries(NAMES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) => names.map((n) => [nameKey(n), role] as const)),
);

export interface HeaderRole {
  role: ColumnRole;
  /** The unit a bracketed suffix names ("Giá trị (%)"). */
  unit: UnitScale | null;
}

/** A header cell's role, or null when it names none (a period label, a note, a title). */
export function headerRole(text: string): HeaderRole | null {
  const role = ROLE_BY_KEY.get(nameKey(text));
  if (role) return { role, unit: null };
  const split = bracketSuffix(text);
  const base = split && ROLE_BY_KEY.get(nameKey(split.base));
  const unit = split && readUnit(split.suffix);
  return base && unit ? { role: base, unit } : null;
}

/** Whether a row of text cells could be a header: two roles, or periods across beside a role or each other. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  let roles = 0;
  let periods = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    if (headerRole(cell)) roles++;
    else if (readPeriodText(cell) !== null) periods++;
  }
  return roles >= 2 || (periods >= 1 && roles >= 1) || periods >= 2;
}
