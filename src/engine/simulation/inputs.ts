// Which history a model sees. Points that are not like for like with the metric's definition are
// left out, and every exclusion is reported with its reason, so answers can say what they used.
import type { MetricDef } from '../io/metric.ts';
import type { Unit } from '../io/observation-schema.ts';
import type { ValueScale } from '../models/types.ts';
import type { Series, SeriesPoint } from '../series/series.ts';

export type ExclusionReason = 'different-denominator' | 'early-year-low';

export interface ModelInputs {
  used: SeriesPoint[];
  excluded: Array<{ point: SeriesPoint; reason: ExclusionReason }>;
}

/** Stocks and coverage dip in January-March as cards lapse and are renewed. */
const EARLY_YEAR_LAST_MONTH = 3;
/** Early-year points are dropped only while this many other points remain. */
const KEEP_AT_LEAST = 3;

export function modelInputs(series: Series, def: MetricDef): ModelInputs {
  const excluded: ModelInputs['excluded'] = [];
  let used = series.points.filter((p) => {
    if (series.kind === 'share' && p.denominator !== def.denominator) {
      excluded.push({ point: p, reason: 'different-denominator' });
      return false;
    }
    return true;
  });
  if (series.kind !== 'ytd-flow') {
    const isEarly = (p: SeriesPoint) => Number(p.date.slice(5, 7)) <= EARLY_YEAR_LAST_MONTH;
    const rest = used.filter((p) => !isEarly(p));
    if (rest.length >= KEEP_AT_LEAST && rest.length < used.length) {
      for (const p of used) if (isEarly(p)) excluded.push({ point: p, reason: 'early-year-low' });
      used = rest;
    }
  }
  return { used, excluded };
}

export function scaleOf(unit: Unit): ValueScale {
  if (unit === 'percent') return 'percent';
  if (unit === 'VND billion') return 'currency';
  return 'count';
}
