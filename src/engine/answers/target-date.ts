// "When will the target be reached?": already reached (on which date), or the crossing date of
// the median path with its 10-90% range and P(reached by the deadline), or not within the horizon.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Region } from '../io/observation-schema.ts';
import { crossingSummary } from '../forecast/crossing.ts';
import { fromDecimalYear, toDecimalYear, type IsoDate } from '../time.ts';
import { makeContext, simulate, type MetricPaths } from './simulate.ts';

export interface TargetDateQuery {
  metric: string;
  region?: Region;
  value: number;
  /** Deadline for P(reached by). */
  by: IsoDate;
  /** Last date simulated; default two years after the deadline. */
  horizon?: IsoDate;
  nPaths?: number;
  seed?: number;
}

export type TargetDateAnswer = {
  metric: string;
  region: Region;
  value: number;
  by: IsoDate;
  horizon: IsoDate;
  basisIds: string[];
} & (
  | { status: 'already-reached'; reachedOn: IsoDate; observationId: string }
  | {
      status: 'forecast' | 'not-reached-within-horizon';
      medianDate: IsoDate | null;
      p10Date: IsoDate | null;
      p90Date: IsoDate | null;
      probByDeadline: number;
      probWithinHorizon: number;
      model: string;
      method: MetricPaths['method'];
    }
);

function twoYearsAfter(date: IsoDate): IsoDate {
  return `${Number(date.slice(0, 4)) + 2}${date.slice(4)}`;
}

export function targetDate(dataset: Dataset, metrics: readonly MetricDef[], query: TargetDateQuery): TargetDateAnswer {
  const region = query.region ?? 'Hanoi';
  const horizon = query.horizon ?? twoYearsAfter(query.by);
  const ctx = makeContext(dataset, metrics);
  const sim = simulate(ctx, query.metric, region, { until: horizon, nPaths: query.nPaths ?? 5000, seed: query.seed ?? 1 });
  const base = { metric: query.metric, region, value: query.value, by: query.by, horizon, basisIds: sim.basisIds };
  // History first: the earliest like-for-like figure at or above the target.
  const hit = sim.inputs.used.find((p) => p.value >= query.value);
  if (hit) return { ...base, status: 'already-reached', reachedOn: hit.date, observationId: hit.observationId };
  const summary = crossingSummary(sim.grid.ts, sim.paths, query.value, 'up', toDecimalYear(query.by));
  const date = (t: number | null) => (t === null ? null : fromDecimalYear(t));
  return {
    ...base,
    status: summary.medianT === null ? 'not-reached-within-horizon' : 'forecast',
    medianDate: date(summary.medianT),
    p10Date: date(summary.p10T),
    p90Date: date(summary.p90T),
    probByDeadline: summary.probByDeadline ?? 0,
    probWithinHorizon: summary.probWithinHorizon,
    model: sim.model,
    method: sim.method,
  };
}
