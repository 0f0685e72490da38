// Reading series from CSV (RFC 4180, via papaparse): `date,value` for one series or
// `series,date,value` for a panel. Problems name the file, line and cell; a bad series in a
// panel is reported without stopping the others.
//
// Files come from planners' spreadsheets, so the reader takes what Vietnamese-locale Excel writes
// wherever that cannot be misread:
// - The delimiter is the one that splits the header into its columns: ',', ';' or a tab (a paste
//   from Excel). Trailing empty cells (Excel's ";;") are ignored; blank lines are skipped and
//   still counted in line numbers.
// - Numbers are written the English way (70577.2, 4,736,889.5) or the Vietnamese way (70.577,2,
//   1.234.567, 95,5), decided once per file by the values that read only one way; a value that
//   disagrees is refused. A value that reads both ways (1.234, 1,234) follows the file; with
//   nothing to go by it follows the delimiter (';' is the Vietnamese list separator, ',' the
//   English one), and in a tab-separated paste it is refused.
// - Dates are YYYY (31 December), YYYY-MM (the month's last day), YYYY-MM-DD, or DD/MM/YYYY and
//   MM/YYYY as Vietnamese write them ('/', '.' or '-' between). Day first is trusted only when a
//   date in the file has a day above 12: a file whose dates all read both ways (05/06/2025) is
//   refused, as is a month-first date (12/31/2025), with YYYY-MM-DD suggested. A series may mix
//   forms (each date is its period's end); its style is then the finest one used.
// - Rows may come in any order: each series is sorted by date. Duplicate dates, empty, NaN or
//   infinite cells, values beyond CSV_LIMITS and a structurally broken file (an unclosed quote,
//   which swallows the rows after it) are refused.
import { daysInMonth, isIsoDate, type IsoDate } from '../time.ts';
import { grouped, msg, type Message } from '../messages.ts';
import { cappedIssues } from './capped-issues.ts';
import { csvBody, pickDelimiter, splitCsvRows, type Delimiter } from './csv-text.ts';
import { quoted, type ValidationIssue } from './issues.ts';
import { CSV_LIMITS } from './limits.ts';
import { decideStyle, readStyled, styleProblem, type StyleDecision } from './number-style.ts';

export interface CsvPoint {
  date: IsoDate;
  value: number;
  line: number;
}

export interface CsvSeries {
  id: string;
  points: CsvPoint[];
  /** How dates were written: 'year' (YYYY), 'month' (YYYY-MM) or 'day' (YYYY-MM-DD). */
  dateStyle: DateStyle;
}

export type DateStyle = 'year' | 'month' | 'day';

export interface CsvReadResult {
  series: CsvSeries[];
  /** Problems, each naming file and line; series with a problem are left out of `series`. */
  issues: ValidationIssue[];
}

export const MIN_POINTS = 3;
const SINGLE_SERIES_ID = 'value';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const STYLE_ORDER: DateStyle[] = ['year', 'month', 'day'];

/**
 * Dates as YYYY (read as 31 December), YYYY-MM (read as the month's last day) or YYYY-MM-DD.
 * Period ends, because figures are "as of" the end of their period.
 */
export function readDate(text: string): { date: IsoDate; style: DateStyle } | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return { date: `${t}-12-31`, style: 'year' };
  const month = /^(\d{4})-(\d{2})$/.exec(t);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return { date: `${month[1]}-${month[2]}-${String(daysInMonth(Number(month[1]), m)).padStart(2, '0')}`, style: 'month' };
  }
  return isIsoDate(t) ? { date: t, style: 'day' } : null;
}

/** A plain decimal number (dot decimals, no grouping), as the CLI's options take. */
export function readNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

// ---- numbers ----------------------------------------------------------------------------------

type FileStyle = StyleDecision<number>;

/** The values decide the file's style; with none that reads one way, the delimiter (';' Vietnamese, ',' English). */
function decideNumberStyle(rows: readonly DataRow[], delimiter: Delimiter): FileStyle {
  const fallback = delimiter === ';' ? 'vietnamese' : delimiter === ',' ? 'english' : null;
  return decideStyle(
    rows.map((row) => ({ text: row.valueText.trim(), place: row.line })),
    fallback,
  );
}

function numberHint(t: string): Message | '' {
  if (/%$/.test(t)) return msg('csvHintPercent');
  if (/\d[\s\u00a0\u202f]+\d/.test(t)) return msg('csvHintSpaces');
  return '';
}

function readValue(text: string, file: FileStyle): number | Message {
  const t = text.trim();
  if (t === '') return msg('csvValueEmpty');
  const read = readStyled(t, file);
  if (!read.ok) {
    if (read.why === 'unreadable') return msg('csvCannotReadValue', { value: quoted(t), hint: numberHint(t) });
    return styleProblem(t, read, 'csvNumberStyle');
  }
  if (!Number.isFinite(read.value) || Math.abs(read.value) > CSV_LIMITS.maxAbsValue)
    return msg('csvValueTooLarge', { value: quoted(t), max: CSV_LIMITS.maxAbsValue.toExponential() });
  return read.value;
}

// ---- dates ------------------------------------------------------------------------------------

const YMD = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MY = /^(\d{1,2})[/.-](\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Day first is trusted once a date in the file has a day above 12 (and a month that is one). */
function dayFirstShown(rows: readonly DataRow[]): boolean {
  return rows.some((row) => {
    const m = DMY.exec(row.dateText.trim());
    return m !== null && Number(m[1]) > 12 && Number(m[2]) <= 12;
  });
}

function readCsvDate(text: string, dayFirst: boolean): { date: IsoDate; style: DateStyle } | Message {
  const t = text.trim();
  if (t === '') return msg('csvDateEmpty');
  const iso = readDate(t);
  if (iso) return iso;
  const ymd = YMD.exec(t);
  const dmy = DMY.exec(t);
  const my = MY.exec(t);
  if (ymd || dmy) {
    const [y, m, d] = ymd ? [ymd[1]!, Number(ymd[2]), Number(ymd[3])] : [dmy![3]!, Number(dmy![2]), Number(dmy![1])];
    if (dmy && m > 12 && d <= 12) return msg('csvDateDayFirst', { date: quoted(t), month: m, suggestion: `${y}-${pad(d)}-${pad(m)}` });
    if (dmy && !dayFirst && m !== d && m <= 12) return msg('csvDateAmbiguous', { date: quoted(t) });
    const date = `${y}-${pad(m)}-${pad(d)}`;
    return isIsoDate(date) ? { date, style: 'day' } : msg('csvNoSuchDay', { date: quoted(t) });
  }
  if (my) return readDate(`${my[2]}-${pad(Number(my[1]))}`) ?? msg('csvNoSuchMonth', { date: quoted(t) });
  return msg('csvDateUnreadable', { date: quoted(t), hint: /^\d{5}$/.test(t) ? msg('csvDateSerialHint') : '' });
}

// ---- rows -------------------------------------------------------------------------------------

interface DataRow {
  line: number;
  id: string;
  dateText: string;
  valueText: string;
}

function readRow(
  row: DataRow,
  dayFirst: boolean,
  numberStyle: FileStyle,
  firstLine: ReadonlyMap<string, number>,
): { point: CsvPoint; style: DateStyle } | Message {
  const date = readCsvDate(row.dateText, dayFirst);
  if ('key' in date) return date;
  const value = readValue(row.valueText, numberStyle);
  if (typeof value !== 'number') return value;
  const first = firstLine.get(date.date);
  if (first !== undefined) return msg('csvDuplicateDate', { date: date.date, line: first });
  return { point: { date: date.date, value, line: row.line }, style: date.style };
}

const hasDateAndValue = (cells: string[]) => {
  const names = cells.map((h) => h.trim().toLowerCase());
  return names.includes('date') && names.includes('value');
};

export function readCsvSeries(text: string, fileName: string): CsvReadResult {
  const issues = cappedIssues(CSV_LIMITS.issues);
  const problem = (line: number | null, text: Message) => issues.add(line === null ? fileName : `${fileName}:${line}`, text);
  const done = (series: CsvSeries[]): CsvReadResult => ({ series, issues: issues.list(fileName) });

  const body = csvBody(text);
  if (typeof body !== 'string') {
    problem(null, body);
    return done([]);
  }
  const delimiter = pickDelimiter(body, hasDateAndValue) ?? ',';
  const rows = splitCsvRows(body, delimiter, problem);
  if (!rows) return done([]);
  if (rows.length === 0) {
    problem(null, msg('csvOnlyEmpty'));
    return done([]);
  }
  const [headerRow, ...dataRows] = rows;
  const header = headerRow!.cells.map((h) => h.trim().toLowerCase());
  // Columns up to the last named one: Excel may pad the header with empty cells, as the rows.
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const headerLine = headerRow!.line;
  const dateCol = header.indexOf('date');
  const valueCol = header.indexOf('value');
  const seriesCol = header.indexOf('series');
  const missing = [dateCol < 0 ? 'date' : '', valueCol < 0 ? 'value' : ''].filter(Boolean);
  if (missing.length) {
    const columns = missing.length === 2 ? msg('csvDateAndValue') : `"${missing[0]}"`;
    problem(headerLine, msg('csvMissingColumn', { columns, header: quoted(header.join(',')).slice(1, -1) }));
    return done([]);
  }
  const twice = ['series', 'date', 'value'].find((c) => header.indexOf(c) !== header.lastIndexOf(c));
  if (twice) {
    problem(headerLine, msg('csvColumnTwice', { column: twice }));
    return done([]);
  }
  if (dataRows.length === 0) {
    problem(null, msg('csvNoDataRows'));
    return done([]);
  }

  const badIds = new Set<string>();
  const wellFormed: DataRow[] = [];
  const ids = new Set<string>();
  for (const { line, cells } of dataRows) {
    const id = seriesCol >= 0 ? (cells[seriesCol] ?? '').trim() : SINGLE_SERIES_ID;
    if (id === '') {
      problem(line, msg('csvEmptySeriesId'));
      continue;
    }
    if (!ids.has(id) && ids.size === CSV_LIMITS.series) {
      problem(line, msg('csvTooManySeries', { limit: grouped(CSV_LIMITS.series) }));
      return done([]);
    }
    ids.add(id);
    const extra = cells.slice(width).some((c) => c.trim() !== '');
    if (cells.length < width || extra) {
      const hint = delimiter === ',' && cells.length === width + 1 ? msg('csvQuoteDecimalComma') : '';
      const inSeries = seriesCol >= 0 ? msg('csvInSeries', { id: quoted(id) }) : '';
      problem(line, msg('csvCellCount', { width, found: cells.length, series: inSeries, hint }));
      badIds.add(id);
      continue;
    }
    wellFormed.push({ line, id, dateText: cells[dateCol]!, valueText: cells[valueCol]! });
  }

  const numberStyle = decideNumberStyle(wellFormed, delimiter);
  const dayFirst = dayFirstShown(wellFormed);
  const groups = new Map<string, { points: CsvPoint[]; styles: Set<DateStyle>; firstLine: Map<string, number> }>();
  const overfull = new Set<string>();
  for (const row of wellFormed) {
    let group = groups.get(row.id);
    if (!group) groups.set(row.id, (group = { points: [], styles: new Set(), firstLine: new Map() }));
    const read = readRow(row, dayFirst, numberStyle, group.firstLine);
    if ('key' in read) {
      problem(row.line, read);
      badIds.add(row.id);
    } else if (group.points.length === CSV_LIMITS.pointsPerSeries) {
      if (!overfull.has(row.id))
        problem(row.line, msg('csvTooManyPoints', { id: quoted(row.id), limit: grouped(CSV_LIMITS.pointsPerSeries) }));
      overfull.add(row.id);
      badIds.add(row.id);
    } else {
      group.firstLine.set(read.point.date, row.line);
      group.styles.add(read.style);
      group.points.push(read.point);
    }
  }

  const series: CsvSeries[] = [];
  for (const [id, group] of groups) {
    if (badIds.has(id)) continue;
    if (group.points.length < MIN_POINTS) {
      const n = group.points.length;
      problem(
        null,
        n === 1
          ? msg('csvOnePoint', { id: quoted(id), min: MIN_POINTS })
          : msg('csvTooFewPoints', { id: quoted(id), count: n, min: MIN_POINTS }),
      );
      continue;
    }
    const dateStyle = STYLE_ORDER.filter((s) => group.styles.has(s)).at(-1)!;
    series.push({ id, points: [...group.points].sort((a, b) => (a.date < b.date ? -1 : 1)), dateStyle });
  }
  return done(series);
}
