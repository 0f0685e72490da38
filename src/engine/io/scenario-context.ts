// What reading and running a scenario knows of the engine: the embedded dataset, the metric
// catalogue and the levers (ScenarioContext), and what a scenario takes from them. No schema here:
// the engine's core (engine-core.ts) uses these without loading zod.
import type { Dataset } from './dataset.ts';
import type { Bilingual, MetricDef } from './metric.ts';
import type { Region } from './observation-schema.ts';
import { withOwnMetrics } from './own-metric-defs.ts';
import type { LeverSet } from '../scenario/levers.ts';
import type { Scenario } from './scenario-schema.ts';

/** A dataset shipped with an application, referred to from scenario files by its id. */
export interface EmbeddedDataset {
  id: string;
  /** The region its figures and targets are about. */
  region: Region;
  /** How each region of the dataset is written for readers ("Hanoi" is "Hà Nội"); a region not listed shows as it is. */
  regionNames: Readonly<Record<Region, Bilingual>>;
  /** Where the figures come from, in a sentence or two for the data view. */
  about: Bilingual;
  dataset: Dataset;
}

/** What reading a scenario needs to know: the embedded dataset, the metric catalogue, the levers with the region's defaults. */
export interface ScenarioContext {
  embedded: EmbeddedDataset;
  metrics: readonly MetricDef[];
  levers: LeverSet;
}

/** The base id of a scenario that carries only its own records. */
export const NO_BASE = 'none';

/** The metrics a scenario's figures may name: the catalogue and the scenario's own. */
export function scenarioMetrics(s: Scenario, ctx: ScenarioContext): MetricDef[] {
  return withOwnMetrics(ctx.metrics, s.data.metrics ?? []);
}

export function embeddedDataset(s: Scenario, ctx: ScenarioContext): Dataset {
  return s.data.base === ctx.embedded.id ? ctx.embedded.dataset : { observations: [], targets: [] };
}
