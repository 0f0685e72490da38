// Observations grouped into model-ready series: one per (metric, region), sorted by date, with
// decimal-year times and each point's provenance kept alongside its value.
import type { Dataset } from '../io/dataset.ts';
import type { Denominator, Kind, Observation, Qualifier, Region, Unit } from '../io/observation-schema.ts';
import { toDecimalYear, type IsoDate } from '../time.ts';
import { inferFrequency, type FrequencyInfo } from './frequency.ts';

export interface SeriesPoint {
  date: IsoDate;
  /** Decimal year at the end of `date` (see time.ts). */
  t: number;
  value: number;
  observationId: string;
  qualifier: Qualifier;
  derived: boolean;
  denominator?: Denominator;
}

export interface Series {
  key: string;
  metric: string;
  region: Region;
  unit: Unit;
  kind: Kind;
  points: SeriesPoint[];
  frequency: FrequencyInfo;
  /** Denominators used across the points; more than one means the points are not like for like. */
  denominators: Denominator[];
}

export function seriesKey(metric: string, region: Region): string {
  return `${region}:${metric}`;
}

function toPoint(o: Observation): SeriesPoint {
  return {
    date: o.asOf,
    t: toDecimalYear(o.asOf),
    value: o.value,
    observationId: o.id,
    qualifier: o.qualifier,
    derived: o.derived !== undefined,
    ...(o.denominator ? { denominator: o.denominator } : {}),
  };
}

/** Builds one series from observations of a single metric and region (any order). */
export function buildSeries(observations: readonly Observation[]): Series {
  const first = observations[0];
  if (!first) throw new RangeError('a series needs at least one observation');
  const points = observations.map(toPoint).sort((a, b) => a.t - b.t);
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.date === points[i - 1]!.date) {
      throw new RangeError(`${first.metric} (${first.region}) has two figures for ${points[i]!.date}`);
    }
  }
  const denominators = [...new Set(points.flatMap((p) => (p.denominator ? [p.denominator] : [])))];
  return {
    key: seriesKey(first.metric, first.region),
    metric: first.metric,
    region: first.region,
    unit: first.unit,
    kind: first.kind,
    points,
    frequency: inferFrequency(points.map((p) => p.date)),
    denominators,
  };
}

/** Every series in a dataset, keyed by region and metric. */
export function allSeries(dataset: Pick<Dataset, 'observations'>): Map<string, Series> {
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const key = seriesKey(o.metric, o.region);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return new Map([...groups].map(([key, group]) => [key, buildSeries(group)]));
}

/** The latest point of a series (the "where we are" figure). */
export function latestPoint(series: Series): SeriesPoint {
  return series.points[series.points.length - 1]!;
}
