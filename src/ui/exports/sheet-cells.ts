// The workbook exports as plain data: sheets of typed cells, built by pure functions
// (workbook-sheets.ts, template-sheets.ts) and written to .xlsx by workbook-file.ts. Text stays
// text (a string cell, which Excel never evaluates, so no formula escaping is needed and the text
// reads back exactly), numbers stay numbers with a display format by unit, and dates are real
// date cells shown dd/mm/yyyy.
import type { IsoDate, Unit } from '../../engine/index.ts';

export type SheetCell =
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; date: IsoDate }
  | null;

export type SheetRow = SheetCell[];

export interface SheetSpec {
  name: string;
  rows: SheetRow[];
  /** Column widths in characters. */
  widths: number[];
  /** Rows kept in view while scrolling (the title and header rows). */
  frozenRows: number;
}

export const DATE_FORMAT = 'dd/mm/yyyy';
/** A probability as a share (0.853), shown as 85.3%. */
export const PROBABILITY_FORMAT = '0.0%';

/** Display formats by unit: head counts whole, shares (0-100) to two places, money to one. */
export const UNIT_FORMATS: Record<Unit, string> = {
  people: '#,##0',
  percent: '0.00',
  'VND billion': '#,##0.0',
  cases: '#,##0',
};

export const textCell = (text: string | null | undefined): SheetCell => (text ? { kind: 'text', text } : null);
export const boldCell = (text: string): SheetCell => ({ kind: 'text', text, bold: true });
export const dateCell = (date: IsoDate | null | undefined): SheetCell => (date ? { kind: 'date', date } : null);
export const numberCell = (value: number | null | undefined, format: string): SheetCell =>
  value === null || value === undefined ? null : { kind: 'number', value, format };
export const valueCell = (value: number | null | undefined, unit: Unit): SheetCell => numberCell(value, UNIT_FORMATS[unit]);

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/** How wide a cell shows: its text, its number with grouping, or a date's ten characters. */
function shownLength(cell: SheetCell): number {
  if (!cell) return 0;
  if (cell.kind === 'text') return cell.text.length;
  if (cell.kind === 'date') return 10;
  const digits = Math.round(Math.abs(cell.value)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + 3;
}

/**
 * Column widths that fit the widest cell of each column, within bounds. Rows of one cell (a title,
 * a section's name) overflow into the empty cells beside them, so they widen nothing.
 */
export function columnWidths(rows: readonly SheetRow[]): number[] {
  const widths: number[] = [];
  for (const row of rows)
    if (row.length > 1)
      row.forEach((cell, c) => {
        widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, shownLength(cell) + 2));
      });
  return Array.from(widths, (w) => w ?? MIN_WIDTH);
}
