// A1-style references as sheets write them: "C7" is row 6, column 2 (0-based); "A1:C2" a range.
// Only what a sheet can hold is accepted: columns A to XFD, rows 1 to 1,048,576.
import type { MergedRange } from '../table/grid.ts';

export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

export interface CellRef {
  r: number;
  c: number;
}

/** The cell a reference names, or null when it names none. */
export function parseCellRef(ref: string): CellRef | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!match) return null;
  let c = 0;
  for (const letter of match[1]!.toUpperCase()) c = c * 26 + letter.charCodeAt(0) - 64;
  const r = Number(match[2]);
  return c <= MAX_SHEET_COLUMNS && r >= 1 && r <= MAX_SHEET_ROWS ? { r: r - 1, c: c - 1 } : null;
}

/** A range ("A1:C2", or one cell "B3"), corners in order; null when either corner names no cell. */
export function parseRangeRef(ref: string): MergedRange | null {
  const corners = ref.split(':');
  const a = parseCellRef(corners[0]!);
  const b = corners.length === 1 ? a : corners.length === 2 ? parseCellRef(corners[1]!) : null;
  if (!a || !b) return null;
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}
