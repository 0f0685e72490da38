// The dates "N steps ahead" means for a series: its inferred step after its last date, keeping
// the date style (years end on 31 December, months on their last day).
import { inferFrequency } from '../series/frequency.ts';
import { addMonths, monthEnd, type IsoDate } from '../time.ts';
import type { DateStyle } from '../io/csv-series.ts';

export function futureDates(dates: readonly IsoDate[], style: DateStyle, steps: number): IsoDate[] {
  const { stepMonths } = inferFrequency(dates);
  const step = Math.max(1, Math.round(stepMonths));
  const last = dates[dates.length - 1]!;
  const out: IsoDate[] = [];
  for (let k = 1; k <= steps; k++) {
    const d = addMonths(last, k * step);
    out.push(style === 'day' ? d : monthEnd(d));
  }
  return out;
}
