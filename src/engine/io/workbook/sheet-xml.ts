// One worksheet part (xl/worksheets/sheetN.xml) into a grid: each <c> of <sheetData> becomes a
// typed cell at the place its r="C7" names (or, without one, the next column of its row), and
// <mergeCells> gives the merged ranges. Formulas are never evaluated: a formula's value is the one
// the spreadsheet saved (<v>), and a formula without one is kept as a formula for the user to see.
// The workbook-wide bounds (rows, cells, merged ranges) are counted in `totals` across sheets.
import { grouped, msg } from '../../messages.ts';
import { isIsoDate } from '../../time.ts';
import { cellPlace, columnName, type GridCell, type MergedRange, type SheetGrid } from '../table/grid.ts';
import { MAX_SHEET_ROWS, parseCellRef, parseRangeRef } from './cell-ref.ts';
import { serialToDate } from './excel-dates.ts';
import type { WorkbookLimits } from './limits.ts';
import { fail } from './problem.ts';
import { RichText } from './shared-strings.ts';
import type { ShapeOfStyle } from './styles.ts';
import { attr, detached, parseXmlPart, type Attrs } from './xml-part.ts';

export interface GridTotals {
  rows: number;
  cells: number;
  merged: number;
}

export interface SheetSource {
  fileName: string;
  sheet: { name: string; hidden: boolean };
  part: string;
  sharedStrings: readonly string[];
  shapeOf: ShapeOfStyle;
  date1904: boolean;
  totals: GridTotals;
  limits: WorkbookLimits;
}

/** The cell being read: its place, type (t="s", "n", …), style index, and what its children held. */
interface OpenCell {
  r: number;
  c: number;
  type: string;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  sharedFormula: { id: string; master: boolean } | undefined;
  inline: string | undefined;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function readSheetXml(bytes: Uint8Array, source: SheetSource): SheetGrid {
  const { fileName, sheet, totals, limits: L } = source;
  const book = { format: 'xlsx', fileName } as const;
  const place = (r: number, c: number) => cellPlace(book, sheet.name, r, c);
  const rows: (GridCell | null)[][] = [];
  const merged: MergedRange[] = [];
  const sharedFormulas = new Map<string, string>();
  const inline = new RichText(L.textChars);
  let width = 0;
  let inSheetData = false;
  let row = -1;
  let nextColumn = 0;
  let cell: OpenCell | undefined;
  let capture: 'v' | 'f' | 'is' | undefined;
  let captured = '';

  const store = (r: number, c: number, value: GridCell) => {
    if (c >= L.columns) {
      fail(place(r, c), msg('xlsxTooManyColumns', { column: columnName(c), limit: grouped(L.columns), last: columnName(L.columns - 1) }));
    }
    if (r >= rows.length) {
      totals.rows += r + 1 - rows.length;
      if (totals.rows > L.rows) fail(place(r, c), msg('xlsxTooManyRows', { limit: grouped(L.rows) }));
      while (rows.length <= r) rows.push([]);
    }
    const cells = rows[r]!;
    if (c < cells.length) {
      cells[c] = value;
      return;
    }
    totals.cells += c + 1 - cells.length;
    if (totals.cells > L.cells) fail(place(r, c), msg('xlsxTooManyCells', { limit: grouped(L.cells) }));
    while (cells.length < c) cells.push(null);
    cells.push(value);
    width = Math.max(width, c + 1);
  };

  const openCell = (attrs: Attrs) => {
    const ref = attr(attrs, 'r');
    const at = ref === undefined ? { r: Math.max(row, 0), c: nextColumn } : parseCellRef(ref);
    if (!at) fail(fileName, msg('xlsxBadCellRef', { sheet: sheet.name, ref: ref ?? '' }));
    nextColumn = at.c + 1;
    const style = Number(attr(attrs, 's') ?? 0);
    cell = {
      r: at.r,
      c: at.c,
      type: attr(attrs, 't') ?? 'n',
      style,
      value: undefined,
      formula: undefined,
      sharedFormula: undefined,
      inline: undefined,
    };
  };

  const openInCell = (open: OpenCell, name: string, attrs: Attrs) => {
    if (capture === 'is') return inline.open(name);
    if (name === 'v' || name === 'f' || name === 'is') {
      capture = name;
      captured = '';
    }
    if (name === 'f' && attr(attrs, 't') === 'shared') {
      const id = attr(attrs, 'si');
      if (id !== undefined) open.sharedFormula = { id, master: attr(attrs, 'ref') !== undefined };
    }
  };

  const closeInCell = (open: OpenCell, name: string) => {
    if (name === 'is') {
      open.inline = inline.take();
      capture = undefined;
    } else if (capture === 'is') {
      inline.close(name);
    } else if (name === 'v') {
      open.value = captured;
      capture = undefined;
    } else if (name === 'f') {
      open.formula = sharedFormulaText(open, captured);
      capture = undefined;
    } else if (name === 'c') {
      const value = cellValue(open, source, () => place(open.r, open.c));
      if (value) store(open.r, open.c, value);
      cell = undefined;
    }
  };

  /** A shared formula's later cells write only its id: they show the first cell's text. */
  const sharedFormulaText = (open: OpenCell, text: string): string => {
    const shared = open.sharedFormula;
    if (!shared) return text;
    if (shared.master) sharedFormulas.set(shared.id, text);
    return text || (sharedFormulas.get(shared.id) ?? '');
  };

  parseXmlPart(bytes, source.part, fileName, {
    open(name, attrs) {
      if (cell) return openInCell(cell, name, attrs);
      if (name === 'sheetData') inSheetData = true;
      else if (name === 'mergeCell') addMerged(attr(attrs, 'ref') ?? '');
      else if (!inSheetData) return;
      else if (name === 'row') openRow(attr(attrs, 'r'));
      else if (name === 'c') openCell(attrs);
    },
    close(name) {
      if (cell) closeInCell(cell, name);
      else if (name === 'sheetData') inSheetData = false;
    },
    text(text) {
      if (!cell || !capture) return;
      const { r, c } = cell;
      if (capture === 'is') return inline.add(text, () => place(r, c));
      if (captured.length + text.length > L.textChars) fail(place(r, c), msg('xlsxTextTooLong', { limit: grouped(L.textChars) }));
      captured += text;
    },
  });

  function openRow(number: string | undefined) {
    const r = number === undefined ? row + 1 : Number(number) - 1;
    if (!(Number.isInteger(r) && r >= 0 && r < MAX_SHEET_ROWS))
      fail(fileName, msg('xlsxBadRowNumber', { sheet: sheet.name, row: number ?? '' }));
    row = r;
    nextColumn = 0;
  }

  /** Ranges are cut to the cells the sheet holds: a range over the whole sheet costs nothing downstream. */
  function addMerged(ref: string) {
    const range = parseRangeRef(ref);
    if (!range) fail(fileName, msg('xlsxBadCellRef', { sheet: sheet.name, ref }));
    if (range.r0 >= rows.length || range.c0 >= width) return;
    const clipped = { ...range, r1: Math.min(range.r1, rows.length - 1), c1: Math.min(range.c1, width - 1) };
    if (clipped.r0 === clipped.r1 && clipped.c0 === clipped.c1) return;
    if (++totals.merged > L.mergedRanges) fail(place(range.r0, range.c0), msg('xlsxTooManyMerged', { limit: grouped(L.mergedRanges) }));
    merged.push(clipped);
  }

  return { name: sheet.name, hidden: sheet.hidden, rows, merged };
}

/** The typed value of a finished cell; null for an empty one. `where` gives its place (built only for a problem). */
function cellValue(open: OpenCell, source: SheetSource, where: () => string): GridCell | null {
  if (open.formula !== undefined && open.value === undefined && open.inline === undefined) {
    return { kind: 'formula', formula: detached(open.formula) };
  }
  const value = open.value ?? '';
  if (open.type === 'inlineStr') return text(open.inline ?? detached(value));
  if (value === '') return null;
  switch (open.type) {
    case 'n':
      return numberCell(value, open.style, source, where);
    case 's':
      return text(sharedString(value, source.sharedStrings, where));
    case 'str':
      return text(detached(value));
    case 'b':
      if (value === '1' || value === 'true') return { kind: 'bool', value: true };
      if (value === '0' || value === 'false') return { kind: 'bool', value: false };
      return fail(where(), msg('xlsxBadValue', { value: shown(value) }));
    case 'e':
      return { kind: 'error', code: detached(value) };
    case 'd': {
      // an ISO 8601 date-time (strict Open XML files write dates so)
      const date = value.slice(0, 10);
      return isIsoDate(date) ? { kind: 'date', date } : fail(where(), msg('xlsxBadValue', { value: shown(value) }));
    }
    default:
      return fail(where(), msg('xlsxUnknownCellType', { type: shown(open.type) }));
  }
}

function numberCell(written: string, style: number, source: SheetSource, where: () => string): GridCell {
  const value = NUMBER.test(written) ? Number(written) : NaN;
  if (!Number.isFinite(value)) fail(where(), msg('xlsxBadValue', { value: shown(written) }));
  const shape = source.shapeOf(style);
  if (shape === 'percent') return { kind: 'number', value, percent: true };
  const date = shape === 'date' ? serialToDate(value, source.date1904) : null;
  return date ? { kind: 'date', date } : { kind: 'number', value };
}

function sharedString(written: string, strings: readonly string[], where: () => string): string {
  const index = Number(written);
  const found = /^\d+$/.test(written) ? strings[index] : undefined;
  return found ?? fail(where(), msg('xlsxSharedStringIndex', { index: shown(written), count: grouped(strings.length) }));
}

const text = (value: string): GridCell | null => (value === '' ? null : { kind: 'text', text: value });

/** A value from the file as a message shows it: short, since a hostile one can be 32,767 characters. */
const shown = (value: string): string => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
