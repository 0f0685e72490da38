// Period labels to the date a figure is "as of": the end of its period. Slashes are day first, as
// Vietnamese write dates (05/06/2025 is 5 June); an impossible date is refused with its text.
//   day      a date cell; 30/09/2025, 30-09-2025, 30.09.2025, 2025-09-30, "ngày 30/9/2025"
//   month    09/2025, 9/2025, 2025-09; Tháng 9/2025, tháng 9 năm 2025, T9/2025, T09-2025; Sep 2025, September 2025
//   quarter  Quý III/2025, Quý 3/2025, Q3/2025, Q3 2025, quý III năm 2025, 2025-Q3
//   ytd      6 tháng đầu năm 2025, 6 tháng 2025, 9 tháng năm 2025, first 9 months of 2025 (to the month's end)
//   year     Năm 2025, 2025 (a text or a number cell), year 2025
import { msg, type Message } from '../../messages.ts';
import { daysInMonth, isIsoDate, type IsoDate } from '../../time.ts';
import { quoted } from '../issues.ts';
import { MAX_DATE, MIN_DATE } from '../limits.ts';
import type { GridCell } from '../table/grid.ts';
import { fold } from './normalize.ts';
import { labelText } from './sheet-view.ts';

export type PeriodKind = 'day' | 'month' | 'quarter' | 'ytd' | 'year';

export interface Period {
  /** The period's last day. */
  date: IsoDate;
  kind: PeriodKind;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number): IsoDate => `${y}-${pad(m)}-${pad(daysInMonth(y, m))}`;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** An English month name or its abbreviation ("sep", "sept", "september"), 1-based. */
function englishMonth(word: string): number | null {
  const i = MONTHS.findIndex((name) => name === word || name.slice(0, 3) === word || (word === 'sept' && name === 'september'));
  return i < 0 ? null : i + 1;
}

const SEP = String.raw`\s*[/.-]\s*|\s+nam\s+|\s+of\s+|\s+`;
interface Parts {
  y: number;
  m: number;
  d?: number;
  kind: PeriodKind;
  /** Written day first (30/09/2025): a month above 12 is then likely a month-first date. */
  dayFirst?: boolean;
}

const FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Parts | null }[] = [
  { pattern: /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/, read: (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]!, kind: 'day' }) },
  { pattern: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, read: (m) => ({ y: +m[3]!, m: +m[2]!, d: +m[1]!, kind: 'day', dayFirst: true }) },
  { pattern: /^(\d{4})[/.-](\d{1,2})$/, read: (m) => ({ y: +m[1]!, m: +m[2]!, kind: 'month' }) },
  { pattern: /^(\d{1,2})[/.-](\d{4})$/, read: (m) => ({ y: +m[2]!, m: +m[1]!, kind: 'month' }) },
  { pattern: new RegExp(`^(?:thang|th|t)\\s*(\\d{1,2})(?:${SEP})(\\d{4})$`), read: (m) => ({ y: +m[2]!, m: +m[1]!, kind: 'month' }) },
  {
    pattern: /^([a-z]{3,9})\.?(?:\s*[-/]\s*|\s+)(\d{4})$/,
    read: (m) => {
      const month = englishMonth(m[1]!);
      return month === null ? null : { y: +m[2]!, m: month, kind: 'month' };
    },
  },
  {
    pattern: new RegExp(`^(?:quy|q)\\s*(i{1,3}|iv|[1-4])(?:${SEP})(\\d{4})$`),
    read: (m) => ({ y: +m[2]!, m: 3 * (ROMAN[m[1]!] ?? +m[1]!), kind: 'quarter' }),
  },
  { pattern: /^(\d{4})\s*[-/]?\s*q([1-4])$/, read: (m) => ({ y: +m[1]!, m: 3 * +m[2]!, kind: 'quarter' }) },
  {
    pattern: /^(\d{1,2}) thang(?: dau nam| dau)?(?:\s*[/.-]\s*|\s+nam\s+|\s+)(\d{4})$/,
    read: (m) => ({ y: +m[2]!, m: +m[1]!, kind: 'ytd' }),
  },
  { pattern: /^(?:first )?(\d{1,2}) months?(?: of)? (\d{4})$/, read: (m) => ({ y: +m[2]!, m: +m[1]!, kind: 'ytd' }) },
  { pattern: /^(?:(?:ca )?nam |year )?(\d{4})$/, read: (m) => ({ y: +m[1]!, m: 12, kind: 'year' }) },
];

function inRange(date: IsoDate, text: string): Message | null {
  return date < MIN_DATE || date > MAX_DATE ? msg('importDateOutside', { date: quoted(text), min: MIN_DATE, max: MAX_DATE }) : null;
}

/**
 * A period label's end date and kind; a Message when it looks like a period but is none (31/02/2025,
 * Tháng 13/2025); null when it does not look like a period at all.
 */
export function readPeriodText(text: string): Period | Message | null {
  const t = fold(text).replace(/^ngay\s+/, '');
  for (const form of FORMS) {
    const m = form.pattern.exec(t);
    const parts = m && form.read(m);
    if (!parts) continue;
    const { y, m: month, d, kind, dayFirst } = parts;
    if (dayFirst && month > 12 && d! <= 12)
      return msg('csvDateDayFirst', { date: quoted(text.trim()), month, suggestion: `${y}-${pad(d!)}-${pad(month)}` });
    if (month < 1 || month > 12) return msg('csvNoSuchMonth', { date: quoted(text.trim()) });
    const date = d === undefined ? monthEnd(y, month) : `${y}-${pad(month)}-${pad(d)}`;
    if (!isIsoDate(date)) return msg('csvNoSuchDay', { date: quoted(text.trim()) });
    return inRange(date, text.trim()) ?? { date, kind };
  }
  return null;
}

/** A year a number cell holds (2025), within the dates the app works with. */
const YEAR_CELL = (v: number) => Number.isInteger(v) && v >= Number(MIN_DATE.slice(0, 4)) && v <= Number(MAX_DATE.slice(0, 4));

/** A period from a cell: a date cell is its day, a whole number a year, text a label; null when it is none. */
export function readPeriodCell(cell: GridCell): Period | Message | null {
  switch (cell.kind) {
    case 'date':
      return inRange(cell.date, cell.date) ?? { date: cell.date, kind: 'day' };
    case 'number':
      return YEAR_CELL(cell.value) ? { date: `${cell.value}-12-31`, kind: 'year' } : null;
    case 'text':
      return readPeriodText(cell.text);
    default:
      return null;
  }
}

/** Why a date cell that is no period cannot be read: the forms this file takes, with a hint for a serial number. */
export function periodProblem(cell: GridCell): Message {
  if (cell.kind === 'error') return msg('importErrorCell', { code: cell.code });
  if (cell.kind === 'formula') return msg('importFormulaNoValue', { formula: quoted(cell.formula) });
  const text = labelText(cell);
  const serial = cell.kind === 'number' && Number.isInteger(cell.value) && cell.value > 20_000 && cell.value < 80_000;
  return msg('importPeriodUnreadable', { text: quoted(text), hint: serial ? msg('csvDateSerialHint') : '' });
}
