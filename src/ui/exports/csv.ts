// CSV text for the exports: a header row, then one line per record, RFC 4180 quoting (papaparse),
// CRLF line ends. Numbers go out as JavaScript writes them (dot decimals, full precision), so a
// spreadsheet or a script reads back exactly the engine's numbers; nulls become empty fields.
import Papa from 'papaparse';

export type CsvValue = string | number | null;

export const CSV_MIME = 'text/csv;charset=utf-8';

export function toCsv<const F extends string>(fields: readonly F[], rows: ReadonlyArray<Record<F, CsvValue>>): string {
  return Papa.unparse({ fields: [...fields], data: rows.map((r) => fields.map((f) => r[f])) }, { newline: '\r\n' });
}
