// Own metrics for the scale benchmark, declared as the data import declares them: `own.` ids in the
// scenario's data.metrics, their figures in data.observations and a target each in data.targets
// (a metric is simulated only when the scenario answers for it). Each is a copy of one of the
// region's head-count series with its values scaled, so the forecasts see real shapes.
import type { Dataset, Observation, OwnMetric, Region, ScenarioData, Source, Target } from '../src/engine/index.ts';

/** Stocks (people) with five or more figures each: long enough for the engine to forecast. */
export const COPIED_SERIES = ['hi.participants', 'si.compulsory.participants', 'si.voluntary.participants', 'ui.participants'] as const;

/** The part of a scenario's data that declares own metrics, their figures and targets. */
export type OwnMetricData = Required<Pick<ScenarioData, 'metrics' | 'observations' | 'targets'>>;

const source = (quote: string): Source => ({ document: 'scale-bench.xlsx', quote, origin: 'user' });

/**
 * `count` own metrics, the k-th a copy of COPIED_SERIES[k mod 4] in `region` scaled by a factor
 * between 0.3 and 1, with a target 2% above its latest figure at `deadline`.
 */
export function ownMetricCopies(dataset: Dataset, region: Region, count: number, deadline: string): OwnMetricData {
  const out: OwnMetricData = { metrics: [], observations: [], targets: [] };
  for (let k = 0; k < count; k++) {
    const copied = COPIED_SERIES[k % COPIED_SERIES.length]!;
    const figures = dataset.observations.filter((o) => o.metric === copied && o.region === region);
    if (figures.length === 0) throw new Error(`no ${copied} figures for ${region} to copy`);
    const id = `own.scale-${String(k + 1).padStart(3, '0')}`;
    const factor = 0.3 + (0.7 * (k + 1)) / count;
    const metric: OwnMetric = { id, label: { vi: `Chỉ số ${k + 1}`, en: `Metric ${k + 1}` }, unit: 'people', kind: 'stock' };
    out.metrics.push(metric);
    for (const o of figures) {
      const observation: Observation = {
        id: `imp.${id}.${o.asOf}`,
        metric: id,
        region,
        asOf: o.asOf,
        value: Math.round(o.value * factor),
        unit: 'people',
        kind: 'stock',
        qualifier: 'exact',
        source: source(`${copied} x ${factor.toFixed(3)}`),
      };
      out.observations.push(observation);
    }
    const latest = figures.reduce((a, b) => (b.asOf > a.asOf ? b : a));
    const target: Target = {
      id: `imp.target.${id}.${deadline}`,
      metric: id,
      region,
      deadline,
      value: Math.round(latest.value * factor * 1.02),
      unit: 'people',
      qualifier: 'over',
      source: source(`target for ${id}`),
    };
    out.targets.push(target);
  }
  return out;
}
