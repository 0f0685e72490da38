// How old the open data are: the newest figure of the scenario's region, and whole months from it
// to today. Planners update monthly, so figures two months old or more are worth a word: every
// answer rests on them.
import type { IsoDate, OpenedScenario } from '../../engine/index.ts';

/** Figures this many whole months old or older are pointed out at the top of the notebook. */
export const STALE_AFTER_MONTHS = 2;

/** The newest date any figure of the scenario's region refers to; null without figures. */
export function latestFigureDate(open: Pick<OpenedScenario, 'dataset' | 'region'> | null | undefined): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const o of open?.dataset.observations ?? []) if (o.region === open?.region && (!latest || o.asOf > latest)) latest = o.asOf;
  return latest;
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Whole months from `from` to `to`: a month has passed on the same day of a later month, or at
 * its end when `from` is a month's end (30/09/2025 to 02/12/2026 is 14; to 31/12/2026, 15).
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const end = daysInMonth(ty, tm);
  const anniversary = fd === daysInMonth(fy, fm) ? end : Math.min(fd, end);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < anniversary ? 1 : 0));
}

/** The data's age when it is worth saying, else null. */
export function staleData(
  open: Pick<OpenedScenario, 'dataset' | 'region'> | null | undefined,
  today: IsoDate,
): { latest: IsoDate; months: number } | null {
  const latest = latestFigureDate(open);
  if (!latest) return null;
  const months = wholeMonthsBetween(latest, today);
  return months >= STALE_AFTER_MONTHS ? { latest, months } : null;
}
