// CSV text for the exports: a UTF-8 byte-order mark, a header row of field names, then one line per
// record, RFC 4180 quoting (papaparse), CRLF line ends; nulls become empty fields.
//
// Separators follow the UI's language, because Excel opens a double-clicked CSV with the Windows
// list separator and decimal symbol: Vietnamese Windows uses ';' and ',' (70577,2), so a
// comma-separated file with dot decimals lands in one column there, or its decimals are misread.
// - Vietnamese UI: ';' between fields, ',' before decimals;
// - English UI: ',' between fields, '.' before decimals.
// Either way a number is JavaScript's shortest exact form (full precision, no thousands grouping,
// only the decimal mark swapped), so a spreadsheet or a script reads back exactly the engine's
// number. The BOM makes Excel read the file as UTF-8 (Vietnamese letters intact); Excel's own
// "sep=" line cannot be used, as Excel ignores the BOM when it is there. Dates stay ISO
// (2025-12-31), which Excel reads as dates in every locale. Field names are the same in both
// languages, so scripts read either file. The .xlsx workbook is locale-proof for Excel users.
//
// Text that Excel would run as a formula (starting with = + - @, a tab or a carriage return) is
// written with a leading apostrophe; numbers are never touched (a negative number stays a number).
import Papa from 'papaparse';
import type { Lang } from '../i18n/format.ts';

export type CsvValue = string | number | null;

export const CSV_MIME = 'text/csv;charset=utf-8';

const BOM = '\uFEFF';

export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const CSV_STYLES: Record<Lang, CsvStyle> = {
  vi: { delimiter: ';', decimal: ',' },
  en: { delimiter: ',', decimal: '.' },
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would evaluate, made inert with a leading apostrophe. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(value: CsvValue, style: CsvStyle): string {
  if (value === null) return '';
  if (typeof value === 'number') return style.decimal === '.' ? String(value) : String(value).replace('.', ',');
  return escapeFormula(value);
}

export function toCsv<const F extends string>(fields: readonly F[], rows: ReadonlyArray<Record<F, CsvValue>>, lang: Lang): string {
  const style = CSV_STYLES[lang];
  const data = rows.map((r) => fields.map((f) => field(r[f], style)));
  return BOM + Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', delimiter: style.delimiter });
}
