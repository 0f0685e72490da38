// Same-period comparisons. Stocks dip early in the year (cards lapse in January) and flows
// accumulate through it, so a June figure is compared with last June, never with December.
import { addMonths } from '../time.ts';
import type { Series, SeriesPoint } from './series.ts';

export interface YearOnYear {
  current: SeriesPoint;
  previous: SeriesPoint;
  change: number;
  /** Relative change in percent. */
  changePct: number;
}

export function yearOnYear(series: Series): YearOnYear[] {
  // Matched by calendar month, so 28 Feb 2025 pairs with 29 Feb 2024.
  const byMonth = new Map(series.points.map((p) => [p.date.slice(0, 7), p]));
  const out: YearOnYear[] = [];
  for (const current of series.points) {
    const previous = byMonth.get(addMonths(current.date, -12).slice(0, 7));
    if (!previous || previous.value === 0) continue;
    out.push({
      current,
      previous,
      change: current.value - previous.value,
      changePct: ((current.value - previous.value) / previous.value) * 100,
    });
  }
  return out;
}
