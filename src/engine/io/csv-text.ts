// CSV text as rows of cells, shared by the series reader (csv-series.ts) and the import's CSV grid
// (table/csv-grid.ts): the size limit, one line break everywhere (so that line numbers match what
// an editor shows), the delimiter that splits the header into its columns (',', ';' or a tab, a
// paste from Excel), and rows split by papaparse with their 1-based line numbers.
import Papa from 'papaparse';
import { grouped, msg, type Message } from '../messages.ts';
import { sizeMessage } from './issues.ts';
import { CSV_LIMITS } from './limits.ts';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** The text without its byte-order mark and with '\n' line breaks, or why it cannot be read (too large, empty). */
export function csvBody(text: string): string | Message {
  const body = text.replace(/^\uFEFF/, '');
  if (body.length > CSV_LIMITS.chars) return sizeMessage(body.length, CSV_LIMITS.chars, 'characters', 'text');
  if (body.trim() === '') return msg('fileEmpty');
  return body.replace(/\r\n?/g, '\n');
}

/**
 * The delimiter that splits the first of the first `lines` non-blank lines that any splits into
 * cells `isHeader` accepts (',' before ';' before a tab on the same line), or null when none does.
 */
export function pickDelimiter(body: string, isHeader: (cells: string[]) => boolean, lines = 1): Delimiter | null {
  for (const line of body.match(/^.*\S.*$/gm)?.slice(0, lines) ?? []) {
    const found = DELIMITERS.find((d) => isHeader(Papa.parse<string[]>(line, { delimiter: d }).data[0] ?? []));
    if (found) return found;
  }
  return null;
}

const QUOTE_PROBLEMS: Record<string, Message> = {
  MissingQuotes: msg('csvUnclosedQuote'),
  InvalidQuotes: msg('csvStrayQuote'),
};

/**
 * Non-blank rows with their 1-based line numbers (a quoted line break keeps the line its row
 * starts on), or null when a limit or a broken quote stops the reading (reported to `problem`).
 */
export function splitCsvRows(
  body: string,
  delimiter: Delimiter,
  problem: (line: number, text: Message) => void,
): { line: number; cells: string[] }[] | null {
  const rows: { line: number; cells: string[] }[] = [];
  let broken = false;
  let line = 1;
  let scanned = 0;
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result, parser) => {
      for (let i = body.indexOf('\n', scanned); i !== -1 && i < rowStart; i = body.indexOf('\n', i + 1)) line++;
      scanned = rowStart;
      rowStart = result.meta.cursor;
      for (const e of result.errors) {
        problem(line, QUOTE_PROBLEMS[e.code] ?? msg('csvBrokenRow', { detail: e.message }));
        broken = true;
      }
      if (result.data.every((cell) => cell.trim() === '')) return;
      if (rows.length > CSV_LIMITS.rows) {
        problem(line, msg('csvTooManyRows', { limit: grouped(CSV_LIMITS.rows) }));
        broken = true;
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data });
    },
  });
  return broken ? null : rows;
}
