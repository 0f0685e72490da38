// Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned.

export interface Column<Row> {
  header: string;
  cell: (row: Row) => string;
  align?: 'left' | 'right';
}

export function renderTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => c.cell(row)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (columns[i]!.align === 'right' ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Numbers for analysts' terminals: grouped thousands, no trailing zeros. */
export function formatNumber(value: number, maxDecimals = 4): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: maxDecimals });
}

/** Decimals a value is shown with in its unit: head counts and cases whole, percent 2, VND billion 1. */
const UNIT_DECIMALS: Record<string, number> = { people: 0, cases: 0, percent: 2, 'VND billion': 1 };

/** A value as its unit is read: "2,327,007" people, "95.64" percent, "78,312.3" VND billion. */
export function formatIn(value: number, unit: string): string {
  return formatNumber(value, UNIT_DECIMALS[unit] ?? 2);
}

/** A unit with its period for a year-to-date flow ("VND billion, year to date"). */
export function unitText(unit: string, kind?: string): string {
  return kind === 'ytd-flow' ? `${unit}, year to date` : unit;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
