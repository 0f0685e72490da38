// Spreadsheet date serials to calendar dates. In the 1900 date system serial 1 is 1900-01-01 and
// serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3 took 1900 for a leap year and Excel
// kept it for compatibility), so serials from 61 on count from 1899-12-30. In the 1904 system (old
// Mac workbooks) serial 0 is 1904-01-01. The time of day, the fraction, is dropped.
import type { IsoDate } from '../../time.ts';

const DAY_MS = 86_400_000;
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL_1900 = 2_958_465;
const OFFSET_1904 = 1_462;

/** The calendar date of a serial, or null when it names no day (before the first day, the phantom 1900-02-29, past 9999). */
export function serialToDate(serial: number, date1904: boolean): IsoDate | null {
  // milliseconds first: a time of 23:59:59.9999 written as 45000.99999999999 is still that day
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  const day1900 = date1904 ? day + OFFSET_1904 : day;
  if (!(day >= (date1904 ? 0 : 1)) || day1900 > LAST_SERIAL_1900 || day1900 === 60) return null;
  const epoch = day1900 < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day1900 * DAY_MS).toISOString().slice(0, 10);
}
