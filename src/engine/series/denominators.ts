// Shares come with denominators the reports rarely state outright. Pairing a share with its
// count on the same day gives the implied denominator (population = participants / coverage),
// which is how contradictions between bases become visible.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Denominator, Observation, Region } from '../io/observation-schema.ts';
import { toDecimalYear } from '../time.ts';
import { isBound } from './newest-observation.ts';

export interface ImpliedDenominator {
  region: Region;
  date: string;
  denominator: Denominator;
  /** The share metric the value was implied from (hi.coverage, ui.share, ...). */
  shareMetric: string;
  value: number;
  shareId: string;
  countId: string;
  /** The share or the count is a bound ("nearly 48%", "over 1.6 million"): the denominator is not a value. */
  bound: boolean;
}

export function impliedDenominators(dataset: Pick<Dataset, 'observations'>, metrics: readonly MetricDef[]): ImpliedDenominator[] {
  const byKey = new Map<string, Observation>();
  for (const o of dataset.observations) byKey.set(`${o.region}|${o.metric}|${o.asOf}`, o);
  const numeratorOf = new Map(metrics.flatMap((m) => (m.numerator ? [[m.id, m.numerator] as const] : [])));
  const out: ImpliedDenominator[] = [];
  for (const share of dataset.observations) {
    const numerator = numeratorOf.get(share.metric);
    if (share.kind !== 'share' || !numerator || !share.denominator || share.value <= 0) continue;
    const count = byKey.get(`${share.region}|${numerator}|${share.asOf}`);
    // A count of zero implies no denominator (0 people at 3.5% says nothing of the total).
    if (!count || count.value <= 0) continue;
    out.push({
      region: share.region,
      date: share.asOf,
      denominator: share.denominator,
      shareMetric: share.metric,
      value: count.value / (share.value / 100),
      shareId: share.id,
      countId: count.id,
      bound: isBound(share) || isBound(count),
    });
  }
  return out;
}

/** The base of one denominator in one region as its implying pairs give it, with its observed growth. */
export interface ImpliedBase {
  denominator: Denominator;
  /** The newest implied value and its date. */
  value: number;
  date: string;
  /** Yearly log growth between the first and the newest implied value (0 over a quarter or less). */
  growth: number;
  /** Observations the base is implied from (each share and its count). */
  basisIds: string[];
  /**
   * Implied only from bounds ("nearly 48%", "over 1.6 million"): a limit on the base, not its
   * value; a share may divide by it for want of better, nothing is capped or derived by it.
   */
  bound: boolean;
}

/**
 * The base `denominator` has in `region`, or null when no share and count imply it. A bound
 * gives no value, unless nothing else implies the base. `shareMetric` keeps only the pairs of
 * that share (reports of one base by different shares can disagree: consistency.ts).
 */
export function impliedBase(
  dataset: Pick<Dataset, 'observations'>,
  metrics: readonly MetricDef[],
  denominator: Denominator,
  region: Region,
  shareMetric?: string,
): ImpliedBase | null {
  const all = impliedDenominators(dataset, metrics)
    .filter((d) => d.region === region && d.denominator === denominator && (shareMetric === undefined || d.shareMetric === shareMetric))
    .sort((a, b) => a.date.localeCompare(b.date));
  const values = all.filter((d) => !d.bound);
  const implied = values.length > 0 ? values : all;
  const latest = implied.at(-1);
  if (!latest) return null;
  const first = implied[0]!;
  const span = toDecimalYear(latest.date) - toDecimalYear(first.date);
  return {
    denominator,
    value: latest.value,
    date: latest.date,
    growth: span > 0.25 ? Math.log(latest.value / first.value) / span : 0,
    basisIds: implied.flatMap((d) => [d.shareId, d.countId]),
    bound: values.length === 0,
  };
}
