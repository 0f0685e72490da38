// A share whose count is reported more often than the share itself (Hanoi's voluntary SI share was
// last stated for June 2025, its participants for September) has a newer figure than its latest
// report: the newer count over the base the share's own reports imply, grown at their observed
// rate to the count's date. Shown beside the reported figure, as a derived one, never in its place.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Observation, Region } from '../io/observation-schema.ts';
import { toDecimalYear } from '../time.ts';
import { impliedBase, type ImpliedBase } from './denominators.ts';
import { isBound, newestObservation } from './newest-observation.ts';

export interface ImpliedShare {
  /** The share in percent on the count's date. */
  value: number;
  asOf: string;
  /** The newer count it rests on. */
  count: Observation;
  /** The base the share's reports imply, and its value grown to the count's date. */
  base: ImpliedBase;
  baseOnDate: number;
  /** The base on the count's date as an estimate is stated: to the thousand. */
  baseStated: number;
  /** The base's yearly growth in percent as stated: to one decimal, negative when it shrinks, 0 when it rounds to 0. */
  growthStated: number;
  /** Every observation the figure rests on: the count and the pairs implying the base. */
  basisIds: string[];
}

/**
 * The share `metricId` implied by its count where the count's newest figure (a value, not a
 * bound) is newer than every figure of the share; null for other metrics, when the count is not
 * newer or is 0, when the newest share figure states another base than the metric's, when the
 * base is unknown or known only from bounds, and when the sum passes 100% (the figures disagree).
 */
export function impliedLatestShare(
  dataset: Pick<Dataset, 'observations'>,
  metrics: readonly MetricDef[],
  metricId: string,
  region: Region,
): ImpliedShare | null {
  const def = metrics.find((m) => m.id === metricId);
  if (def?.kind !== 'share' || !def.numerator || !def.denominator || def.denominator === 'plan') return null;
  const share = newestObservation(dataset.observations, metricId, region);
  const count = newestObservation(dataset.observations, def.numerator, region, (o) => !isBound(o));
  if (!share || !count || count.value <= 0 || count.asOf <= share.asOf || share.denominator !== def.denominator) return null;
  const base = impliedBase(dataset, metrics, def.denominator, region, metricId);
  if (!base || base.bound) return null;
  const baseOnDate = base.value * Math.exp(base.growth * (toDecimalYear(count.asOf) - toDecimalYear(base.date)));
  const value = (100 * count.value) / baseOnDate;
  if (value > 100) return null;
  return {
    value,
    asOf: count.asOf,
    count,
    base,
    baseOnDate,
    baseStated: Math.round(baseOnDate / 1000) * 1000,
    growthStated: (Math.sign(base.growth) * Math.round(1000 * Math.abs(base.growth))) / 10 || 0, // halves away from 0, never -0
    basisIds: [count.id, ...base.basisIds],
  };
}
