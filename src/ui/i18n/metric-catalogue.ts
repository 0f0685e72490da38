// The metrics the open notebook's figures may name: the built-in catalogue and the notebook's own
// (OpenedScenario.metrics). The store sets it whenever a notebook opens; labels, units and kinds
// are looked up here, so a metric a user imported is named like a built-in one.
import { METRICS } from '../../data/metrics.ts';
import type { MetricDef } from '../../engine/index.ts';

let current: readonly MetricDef[] = METRICS;
let byId = new Map(current.map((m) => [m.id, m]));

export function setMetricCatalogue(metrics: readonly MetricDef[]): void {
  current = metrics;
  byId = new Map(metrics.map((m) => [m.id, m]));
}

/** Every metric, the built-in ones first (until a notebook opens: the built-in catalogue). */
export function metricCatalogue(): readonly MetricDef[] {
  return current;
}

export function metricById(id: string): MetricDef | undefined {
  return byId.get(id);
}
