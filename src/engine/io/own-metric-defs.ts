// Own metrics as the engine uses every metric. No schema here: the engine's core (engine-core.ts)
// lists a scenario's metrics without loading zod; own-metrics.ts checks them.
import type { MetricDef } from './metric.ts';
import type { OwnMetric } from './own-metrics.ts';

/** An own metric as the engine uses every metric: scheme 'other', headline (the user brought it for a reason). */
export function ownMetricDef(m: OwnMetric): MetricDef {
  return { ...m, scheme: 'other', headline: true };
}

/** The catalogue plus a scenario's own metrics. */
export function withOwnMetrics(catalogue: readonly MetricDef[], own: readonly OwnMetric[]): MetricDef[] {
  return own.length === 0 ? [...catalogue] : [...catalogue, ...own.map(ownMetricDef)];
}
