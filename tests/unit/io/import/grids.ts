// Grids built in code for the import tests: strings are text cells, numbers number cells, and
// date(), pct(), err(), formula() the other kinds; null is an empty cell.
import type { GridCell, MergedRange, SheetGrid, Workbook } from '../../../../src/engine/io/table/grid.ts';
import { formatIssue } from '../../../../src/engine/io/issues.ts';
import type { ImportReading } from '../../../../src/engine/io/import/reading.ts';

export type Cell = GridCell | string | number | null;

export const date = (iso: string): GridCell => ({ kind: 'date', date: iso });
export const pct = (value: number): GridCell => ({ kind: 'number', value, percent: true });
export const err = (code: string): GridCell => ({ kind: 'error', code });
export const formula = (text: string): GridCell => ({ kind: 'formula', formula: text });

export function cell(c: Cell): GridCell | null {
  if (c === null) return null;
  if (typeof c === 'string') return { kind: 'text', text: c };
  if (typeof c === 'number') return { kind: 'number', value: c };
  return c;
}

export function sheet(name: string, rows: Cell[][], options: { hidden?: boolean; merged?: MergedRange[] } = {}): SheetGrid {
  return { name, hidden: options.hidden ?? false, rows: rows.map((row) => row.map(cell)), merged: options.merged ?? [] };
}

export function book(...sheets: SheetGrid[]): Workbook {
  return { fileName: 'data.xlsx', format: 'xlsx', sheets };
}

/** "where: message" of every problem, as the CLI prints them. */
export const problems = (reading: ImportReading) => reading.problems.map(formatIssue);

/** Figures as [metric, date, value] (and the qualifier when not exact). */
export const figureRows = (reading: ImportReading) =>
  reading.figures.map((f) => [f.metric, f.date, f.value, ...(f.qualifier === 'exact' ? [] : [f.qualifier])]);
