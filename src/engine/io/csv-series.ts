// Reading series from CSV (RFC 4180, via papaparse): `date,value` for one series or
// `series,date,value` for a panel. Problems name the file, line and cell; a bad series in a
// panel is reported without stopping the others.
import Papa from 'papaparse';
import { daysInMonth, isIsoDate, type IsoDate } from '../time.ts';
import type { ValidationIssue } from './issues.ts';

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

export function readNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

function numberHint(text: string): string {
  return /\d[.,]\d{3}[.,]\d|\d,\d/.test(text) ? ' (write numbers with a dot for decimals and no thousands separators, e.g. 70577.2)' : '';
}

export function readCsvSeries(text: string, fileName: string): CsvReadResult {
  const where = (line: number) => `${fileName}:${line}`;
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { series: [], issues: [{ where: fileName, message: 'the file is empty' }] };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const dateCol = header.indexOf('date');
  const valueCol = header.indexOf('value');
  const seriesCol = header.indexOf('series');
  const missing = [dateCol < 0 ? 'date' : '', valueCol < 0 ? 'value' : ''].filter(Boolean);
  if (missing.length) {
    return {
      series: [],
      issues: [
        {
          where: where(1),
          message: `missing column ${missing.map((m) => `"${m}"`).join(' and ')} (the header is: ${header.join(',')}; expected date,value or series,date,value)`,
        },
      ],
    };
  }
  // papaparse reports structural problems (an unclosed quote) by row index.
  const issues: ValidationIssue[] = parsed.errors.map((e) => ({ where: where((e.row ?? 0) + 1), message: e.message }));
  const groups = new Map<string, { points: CsvPoint[]; styles: Set<DateStyle>; bad: boolean; firstLine: Map<string, number> }>();
  // Line numbers follow the data rows; with skipEmptyLines they can drift past blank lines, so
  // they are recomputed from the raw text.
  const lineOfRow = rowLines(body);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const line = lineOfRow[r] ?? r + 1;
    const id = seriesCol >= 0 ? (row[seriesCol] ?? '').trim() : SINGLE_SERIES_ID;
    if (id === '') {
      issues.push({ where: where(line), message: 'empty series id' });
      continue;
    }
    let group = groups.get(id);
    if (!group) {
      group = { points: [], styles: new Set(), bad: false, firstLine: new Map() };
      groups.set(id, group);
    }
    if (row.length !== header.length) {
      issues.push({
        where: where(line),
        message: `expected ${header.length} cells, found ${row.length}${seriesCol >= 0 ? ` (series "${id}")` : ''}`,
      });
      group.bad = true;
      continue;
    }
    const dateText = row[dateCol] ?? '';
    const valueText = row[valueCol] ?? '';
    const date = readDate(dateText);
    const value = readNumber(valueText);
    if (!date) {
      issues.push({ where: where(line), message: `cannot read date "${dateText}" (use YYYY, YYYY-MM or YYYY-MM-DD)` });
      group.bad = true;
    } else if (value === null) {
      issues.push({ where: where(line), message: `cannot read value "${valueText}"${numberHint(valueText)}` });
      group.bad = true;
    } else if (group.firstLine.has(date.date)) {
      issues.push({ where: where(line), message: `duplicate date ${date.date} (first on line ${group.firstLine.get(date.date)})` });
      group.bad = true;
    } else {
      group.firstLine.set(date.date, line);
      group.styles.add(date.style);
      group.points.push({ date: date.date, value, line });
    }
  }
  const series: CsvSeries[] = [];
  for (const [id, group] of groups) {
    if (group.bad) continue;
    if (group.points.length < MIN_POINTS) {
      issues.push({
        where: fileName,
        message: `series "${id}" has ${group.points.length} point${group.points.length === 1 ? '' : 's'}; at least ${MIN_POINTS} are needed`,
      });
      continue;
    }
    const styles = [...group.styles];
    const dateStyle: DateStyle = styles.length === 1 ? styles[0]! : 'day';
    series.push({ id, points: [...group.points].sort((a, b) => (a.date < b.date ? -1 : 1)), dateStyle });
  }
  if (groups.size === 0) issues.push({ where: fileName, message: 'no data rows after the header' });
  return { series, issues };
}

/** 1-based line number of each non-empty CSV row (quoted newlines kept inside their row). */
function rowLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let inQuotes = false;
  let rowStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (rowStart && !/\s/.test(ch)) {
      lines.push(line);
      rowStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n') {
      line++;
      if (!inQuotes) rowStart = true;
    }
  }
  return lines;
}
