// A comparison as plain data for the differences table: per target, each variant's median,
// 80% range, P(meet) and date reached, formatted, and each later variant's signed difference to
// the first (in the target's unit, points of probability, days).
import type { CompareResult, VariantDifference, VariantFigures, Unit } from '../../../engine/index.ts';
import { decimalsFor, formatDate, formatNumber, formatValue, type Lang } from '../../i18n/format.ts';
import { metricLabel } from '../../i18n/terms.ts';
import { formatProbability } from './answer-rows.ts';
import { text } from '../../i18n/text.ts';

export interface CompareCell {
  medianText: string;
  rangeText: string;
  probMeetText: string;
  dateText: string;
  /** Null for the first variant and where either side lacks the target. */
  diff: { medianText: string; probMeetText: string; daysText: string | null; sign: -1 | 0 | 1 } | null;
}

export interface CompareRow {
  targetId: string;
  metric: string;
  label: string;
  targetText: string;
  deadlineText: string;
  /** One per variant; null where the variant has no such target. */
  cells: Array<CompareCell | null>;
}

const MINUS = '\u2212';

/** "+0,12%", "−3.000 người": an explicit sign, the unit kept. */
export function signedValue(value: number, unit: Unit, lang: Lang): string {
  const shown = formatValue(Math.abs(value), unit, lang);
  // Rounds to zero at the unit's precision: no direction to show.
  if (!/[1-9]/.test(formatNumber(Math.abs(value), lang, decimalsFor(unit, value)))) return `±${shown}`;
  return `${value < 0 ? MINUS : '+'}${shown}`;
}

function signedPoints(delta: number, lang: Lang): string {
  const points = Math.round(delta * 100);
  const sign = points < 0 ? MINUS : points > 0 ? '+' : '±';
  return text('comparePoints', lang, { points: `${sign}${formatNumber(Math.abs(points), lang, 0)}` });
}

function diffCell(d: VariantDifference, unit: Unit, lang: Lang): NonNullable<CompareCell['diff']> {
  const days =
    d.targetDays === null
      ? null
      : `${d.targetDays > 0 ? '+' : d.targetDays < 0 ? MINUS : '±'}${formatNumber(Math.abs(d.targetDays), lang, 0)}`;
  return {
    medianText: signedValue(d.median, unit, lang),
    probMeetText: signedPoints(d.probMeet, lang),
    daysText: days === null ? null : text('compareDays', lang, { days }),
    sign: d.median > 0 ? 1 : d.median < 0 ? -1 : 0,
  };
}

function cellOf(f: VariantFigures, d: VariantDifference | null, unit: Unit, lang: Lang, first: boolean): CompareCell {
  return {
    medianText: formatValue(f.median, unit, lang),
    rangeText: `${formatValue(f.p10, unit, lang)} – ${formatValue(f.p90, unit, lang)}`,
    probMeetText: formatProbability(f.probMeet, lang),
    dateText: f.targetDate ? formatDate(f.targetDate, lang) : text('compareNotReached', lang),
    diff: first || !d ? null : diffCell(d, unit, lang),
  };
}

export function compareRows(result: CompareResult, lang: Lang, metrics?: readonly string[]): CompareRow[] {
  return result.differences
    .filter((c) => !metrics || metrics.includes(c.target.metric))
    .map((c) => ({
      targetId: c.target.id,
      metric: c.target.metric,
      label: metricLabel(c.target.metric, lang),
      targetText: formatValue(c.target.value, c.target.unit, lang, c.target.qualifier),
      deadlineText: formatDate(c.target.deadline, lang),
      cells: c.figures.map((f, i) => (f ? cellOf(f, c.differences[i] ?? null, c.target.unit, lang, i === 0) : null)),
    }));
}
