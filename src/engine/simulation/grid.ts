// The monthly time grid simulations run on: month ends after the last observation, up to a date.
import { addMonths, monthEnd, toDecimalYear, type IsoDate } from '../time.ts';

export interface Grid {
  dates: IsoDate[];
  ts: number[];
}

/** Month ends strictly after `from`, through the month of `until` (always including `until` itself). */
export function monthlyGrid(from: IsoDate, until: IsoDate): Grid {
  const dates: IsoDate[] = [];
  let d = monthEnd(addMonths(monthEnd(from), from === monthEnd(from) ? 1 : 0));
  while (d < until) {
    dates.push(d);
    d = monthEnd(addMonths(d, 1));
  }
  if (until > from) dates.push(until);
  return { dates, ts: dates.map(toDecimalYear) };
}
