// A sheet as the importers see it: a grid of typed cells with their places, whatever file it came
// from. The .xlsx reader (io/workbook) and the CSV reader both produce it; the interpreter
// (io/import) reads figures and targets from it. Plain data, so it crosses to and from the worker.
import type { IsoDate } from '../../time.ts';

export type GridCell =
  /** Text as written (a CSV field is always text; numbers in it are read by the interpreter). */
  | { kind: 'text'; text: string }
  /** A numeric cell; `percent` when its number format shows it as a percentage (0.955 shown as 95.5%). */
  | { kind: 'number'; value: number; percent?: boolean }
  /** A cell holding a date (an Excel serial with a date format), as its calendar date. */
  | { kind: 'date'; date: IsoDate }
  | { kind: 'bool'; value: boolean }
  /** An error value the spreadsheet computed (#N/A, #DIV/0!). */
  | { kind: 'error'; code: string }
  /** A formula with no value saved by the spreadsheet: never evaluated, reported instead. */
  | { kind: 'formula'; formula: string };

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  /** The sheet's name; for a CSV file, the file's name. */
  name: string;
  /** Hidden or very hidden in the workbook (shown to the user, not read unless chosen). */
  hidden: boolean;
  /** rows[r][c], 0-based; null or missing is an empty cell. Rows may be ragged. */
  rows: (GridCell | null)[][];
  merged: MergedRange[];
}

export interface Workbook {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: SheetGrid[];
}

/** "C" for column index 2, "AA" for 26. */
export function columnName(c: number): string {
  let out = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Where a cell is, as a user finds it: "Sheet1!C7" in a workbook (sheet names with spaces or
 * punctuation quoted the way Excel does: 'Số liệu 2025'!C7), "file.csv:7" (the line) for a CSV.
 */
export function cellPlace(book: Pick<Workbook, 'format' | 'fileName'>, sheet: string, r: number, c: number): string {
  if (book.format === 'csv') return `${book.fileName}:${r + 1}`;
  const quoted = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${columnName(c)}${r + 1}`;
}
