// A CSV file as a workbook of one sheet, for the import's interpreter: every cell text (numbers
// and dates in it are read there, the way the file writes them), row r the file's line r + 1 (so
// that a place reads "file.csv:7" as an editor shows it). The delimiter is the one that splits a
// header among the first lines into named columns or periods; the limits are the CSV reader's.
import type { Validated } from '../issues.ts';
import { cappedIssues } from '../capped-issues.ts';
import { csvBody, pickDelimiter, splitCsvRows } from '../csv-text.ts';
import { looksLikeHeader } from '../import/headers.ts';
import { HEADER_ROWS } from '../import/layout.ts';
import { CSV_LIMITS } from '../limits.ts';
import type { GridCell, Workbook } from './grid.ts';

/** The file as one sheet named after it, or why its text cannot be split into rows (too large, empty, a broken quote). */
export function csvWorkbook(text: string, fileName: string): Validated<Workbook> {
  const issues = cappedIssues(CSV_LIMITS.issues);
  const body = csvBody(text);
  if (typeof body !== 'string') {
    issues.add(fileName, body);
    return { ok: false, issues: issues.list(fileName) };
  }
  // With no header to go by, the interpreter says so; ',' then splits the rows for its message.
  const delimiter = pickDelimiter(body, looksLikeHeader, HEADER_ROWS) ?? ',';
  const split = splitCsvRows(body, delimiter, (line, problem) => issues.add(`${fileName}:${line}`, problem));
  if (!split) return { ok: false, issues: issues.list(fileName) };
  const rows: (GridCell | null)[][] = [];
  for (const { line, cells } of split) {
    while (rows.length < line - 1) rows.push([]);
    rows.push(cells.map((t) => (t.trim() === '' ? null : { kind: 'text', text: t })));
  }
  return { ok: true, value: { fileName, format: 'csv', sheets: [{ name: fileName, hidden: false, rows, merged: [] }] } };
}
