// Calendar dates as ISO strings ("YYYY-MM-DD") and as decimal years.
// Models work on decimal years so irregular spacing is handled natively; the UI and files
// keep ISO dates. All arithmetic is in UTC so results do not depend on the user's time zone.

export type IsoDate = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses "YYYY-MM-DD" strictly (rejects 2025-02-30); returns null when it is not a real date. */
export function parseIsoDate(text: string): { y: number; m: number; d: number } | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

function requireDate(text: IsoDate): { y: number; m: number; d: number } {
  const parts = parseIsoDate(text);
  if (!parts) throw new RangeError(`not a valid date (YYYY-MM-DD): "${text}"`);
  return parts;
}

/**
 * Decimal year at the END of the given day: 2024-12-31 -> 2025.0, 2024-06-30 -> ~2024.497.
 * End-of-day makes "as of 31 December" land exactly on the year boundary, so a year-end
 * stock and a full-year flow share the same time coordinate.
 */
export function toDecimalYear(date: IsoDate): number {
  const { y, m, d } = requireDate(date);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / MS_PER_DAY + 1;
  return y + dayOfYear / daysInYear(y);
}

/** Inverse of toDecimalYear, rounded to the nearest whole day. */
export function fromDecimalYear(t: number): IsoDate {
  if (!Number.isFinite(t)) throw new RangeError(`not a finite decimal year: ${t}`);
  let y = Math.floor(t);
  let dayOfYear = Math.round((t - y) * daysInYear(y));
  if (dayOfYear === 0) {
    y -= 1;
    dayOfYear = daysInYear(y);
  }
  const ms = Date.UTC(y, 0, 1) + (dayOfYear - 1) * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return requireDate(date).y;
}

export function yearEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

/** Fraction of the calendar year elapsed at the end of `date` (0 < f <= 1). */
export function fractionOfYear(date: IsoDate): number {
  return toDecimalYear(date) - yearOf(date);
}

export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = requireDate(a);
  const pb = requireDate(b);
  return (Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / MS_PER_DAY;
}

/** Adds whole months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = requireDate(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** The date `days` days later (earlier when negative): 2025-09-30 + 1 = 2025-10-01. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = requireDate(date);
  return new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Last day of the month that `date` is in. */
export function monthEnd(date: IsoDate): IsoDate {
  const { y, m } = requireDate(date);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}
