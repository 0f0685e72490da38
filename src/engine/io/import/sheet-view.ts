// A sheet's cells as the interpreter looks at them: by row and column, with merged ranges known
// (a merged range's value is in its top-left cell; the others are empty in the grid).
import type { GridCell, MergedRange, SheetGrid } from '../table/grid.ts';
import { columnName } from '../table/grid.ts';

export interface SheetView {
  grid: SheetGrid;
  /** The cell at (r, c), or null when empty (white space, a dash or dots count as empty). */
  cell(r: number, c: number): GridCell | null;
  /** The merged range (of two or more cells) that holds (r, c), if any. */
  merged(r: number, c: number): MergedRange | undefined;
  /** The cell, or the value of the merged range it lies in (a metric name merged over its rows). */
  filled(r: number, c: number): GridCell | null;
  /** The text of a cell as a label (a number as written, a date as YYYY-MM-DD); '' when empty or an error. */
  text(r: number, c: number): string;
}

/** Reports write a dash or dots for "no figure"; such a cell is as empty as a blank one. */
const NOTHING = /^\s*(|[-–—]+|\.{2,}|…)\s*$/;
const isEmpty = (cell: GridCell | null | undefined): boolean => !cell || (cell.kind === 'text' && NOTHING.test(cell.text));

export function labelText(cell: GridCell | null): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.date;
    case 'bool':
      return String(cell.value).toUpperCase();
    default:
      return '';
  }
}

export function sheetView(grid: SheetGrid): SheetView {
  // Ranges by row, so a lookup costs the few ranges on that row, even on a sheet of 100,000 rows.
  const byRow = new Map<number, MergedRange[]>();
  for (const range of grid.merged) {
    if (range.r0 === range.r1 && range.c0 === range.c1) continue;
    for (let r = range.r0; r <= range.r1; r++) {
      const list = byRow.get(r);
      if (list) list.push(range);
      else byRow.set(r, [range]);
    }
  }
  const cell = (r: number, c: number) => {
    const found = grid.rows[r]?.[c];
    return isEmpty(found) ? null : found!;
  };
  const merged = (r: number, c: number) => byRow.get(r)?.find((m) => c >= m.c0 && c <= m.c1);
  const filled = (r: number, c: number) => {
    const own = cell(r, c);
    if (own) return own;
    const range = merged(r, c);
    return range ? cell(range.r0, range.c0) : null;
  };
  return { grid, cell, merged, filled, text: (r, c) => labelText(filled(r, c)) };
}

/** "C3:D3": a merged range as a user selects it. */
export function rangeName(range: MergedRange): string {
  return `${columnName(range.c0)}${range.r0 + 1}:${columnName(range.c1)}${range.r1 + 1}`;
}

/** The number of columns the sheet uses (the longest row). */
export function sheetWidth(grid: SheetGrid): number {
  let width = 0;
  for (const row of grid.rows) if (row && row.length > width) width = row.length;
  return width;
}
