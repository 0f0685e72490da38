// View model of the dataset page (DOM-free, unit-tested): one row per metric with its latest
// figure, its history, and the target in force after that figure.
import type { Dataset, MetricDef, Observation, Region, Target } from '../../engine/index.ts';

export interface MetricRow {
  def: MetricDef;
  region: Region;
  latest: Observation;
  history: Observation[];
  /** The first target whose deadline is on or after the latest figure, else the last one. */
  target?: Target;
}

/** `region`: the scenario's own, listed first; figures of other regions (the country, say) follow. */
export function overviewRows(dataset: Dataset, metrics: readonly MetricDef[], region: Region): MetricRow[] {
  const regions = [...new Set([region, ...dataset.observations.map((o) => o.region)])];
  const rows: MetricRow[] = [];
  for (const def of metrics) {
    for (const region of regions) {
      const history = dataset.observations
        .filter((o) => o.metric === def.id && o.region === region)
        .sort((a, b) => a.asOf.localeCompare(b.asOf));
      const latest = history.at(-1);
      if (!latest) continue;
      const targets = dataset.targets
        .filter((t) => t.metric === def.id && t.region === region)
        .sort((a, b) => a.deadline.localeCompare(b.deadline));
      const target = targets.find((t) => t.deadline >= latest.asOf) ?? targets.at(-1);
      rows.push({ def, region, latest, history, ...(target ? { target } : {}) });
    }
  }
  return rows;
}

/** Targets grouped by the year of their deadline, newest year first. */
export function targetsByYear(dataset: Dataset): Array<[number, Target[]]> {
  const groups = new Map<number, Target[]>();
  for (const t of dataset.targets) {
    const year = Number(t.deadline.slice(0, 4));
    groups.set(year, [...(groups.get(year) ?? []), t]);
  }
  return [...groups].sort((a, b) => b[0] - a[0]);
}
