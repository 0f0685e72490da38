// A share whose count is reported more often than the share itself (Hanoi's voluntary SI share was
// last stated for June 2025, its participants for September) has a newer figure than its latest
// report: the newer count over the base the share's reports imply, grown at its observed rate to
// the count's date. Shown beside the reported figure, as a derived one, never in its place.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Observation, Region } from '../io/observation-schema.ts';
import { toDecimalYear } from '../time.ts';
import { impliedBase, type ImpliedBase } from './denominators.ts';

export interface ImpliedShare {
  /** The share in percent on the count's date. */
  value: number;
  asOf: string;
  /** The newer count it rests on. */
  count: Observation;
  /** The base the share's reports imply, and its value grown to the count's date. */
  base: ImpliedBase;
  baseOnDate: number;
}

const isBound = (o: Observation) => o.qualifier === 'over' || o.qualifier === 'under';

function newest(dataset: Pick<Dataset, 'observations'>, metric: string, region: Region, usable: (o: Observation) => boolean) {
  let out: Observation | null = null;
  for (const o of dataset.observations) if (o.metric === metric && o.region === region && usable(o) && (!out || o.asOf > out.asOf)) out = o;
  return out;
}

/**
 * The share `metricId` implied by its count where the count's newest figure (a value, not a
 * bound) is newer than every figure of the share; null for other metrics, when the count is not
 * newer, or when the base is unknown or known only from bounds.
 */
export function impliedLatestShare(
  dataset: Pick<Dataset, 'observations'>,
  metrics: readonly MetricDef[],
  metricId: string,
  region: Region,
): ImpliedShare | null {
  const def = metrics.find((m) => m.id === metricId);
  if (def?.kind !== 'share' || !def.numerator || !def.denominator || def.denominator === 'plan') return null;
  const share = newest(dataset, metricId, region, () => true);
  const count = newest(dataset, def.numerator, region, (o) => !isBound(o) && o.value > 0);
  if (!share || !count || count.asOf <= share.asOf) return null;
  const base = impliedBase(dataset, metrics, def.denominator, region);
  if (!base || base.bound) return null;
  const baseOnDate = base.value * Math.exp(base.growth * (toDecimalYear(count.asOf) - toDecimalYear(base.date)));
  return { value: Math.min(100, (100 * count.value) / baseOnDate), asOf: count.asOf, count, base, baseOnDate };
}
