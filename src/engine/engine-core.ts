// The engine without the checks of outside input: new scenarios, the simulation and the answers.
// It loads no schema library, so the worker can open the shipped notebook and answer before the
// checks (engine-checks.ts, with zod) have loaded; load-checks.ts brings them on first use.
import type { Dataset } from './io/dataset.ts';
import type { MetricDef } from './io/metric.ts';
import type { Region } from './io/observation-schema.ts';
import { NO_BASE, scenarioMetrics, type ScenarioContext } from './io/scenario-context.ts';
import { newScenario } from './io/scenario-new.ts';
import type { Scenario } from './io/scenario-schema.ts';
import { createLeverSet, type LeverSet, type RegionPolicy } from './scenario/levers.ts';
import { ScenarioEngine } from './scenario/run.ts';
import { checkConsistency, type ConsistencyFinding } from './series/consistency.ts';

export interface EngineConfig extends Omit<ScenarioContext, 'levers'> {
  /** The region's lever defaults and support rules (national law is the engine's own). */
  policy: RegionPolicy;
}

/** Overrides of a scenario's simulation settings (the CLI's --paths and --seed). */
export interface SimulationOverrides {
  paths?: number;
  seed?: number;
}

export interface EngineCore {
  readonly context: ScenarioContext;
  /** The levers with the region's defaults and sources. */
  readonly levers: LeverSet;
  /** A new scenario on the embedded data, every lever at its default. */
  newScenario(overrides?: Partial<Scenario>, now?: Date): Scenario;
  /**
   * The dataset of a scenario that keeps the embedded figures as they ship (nothing added, edited
   * or removed, no metrics of its own): those need no check, the engine's tests validate them.
   * Null when the scenario has edits of its own: ScenarioChecks.scenarioData checks those.
   */
  uneditedData(scenario: Scenario): Dataset | null;
  /** The region a scenario is about: the one it names, else the embedded dataset's, else the one its records name most. */
  regionOf(scenario: Scenario, dataset: Dataset): Region;
  /** The metrics a scenario's figures may name: the catalogue and the scenario's own. */
  metricsOf(scenario: Scenario): MetricDef[];
  /** The simulation of a scenario on its dataset: baseline, levers, answers. */
  simulate(scenario: Scenario, dataset: Dataset, overrides?: SimulationOverrides): ScenarioEngine;
  consistency(dataset: Dataset, metrics?: readonly MetricDef[]): ConsistencyFinding[];
}

function mostNamedRegion(dataset: Dataset): Region | undefined {
  const counts = new Map<Region, number>();
  for (const r of [...dataset.targets, ...dataset.observations]) counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function createEngineCore(config: EngineConfig): EngineCore {
  const levers = createLeverSet(config.policy);
  const context: ScenarioContext = { embedded: config.embedded, metrics: config.metrics, levers };
  const regionOf = (scenario: Scenario, dataset: Dataset): Region =>
    scenario.data.region ??
    (scenario.data.base === NO_BASE ? (mostNamedRegion(dataset) ?? context.embedded.region) : context.embedded.region);
  const metricsOf = (scenario: Scenario): MetricDef[] => scenarioMetrics(scenario, context);
  return {
    context,
    levers,
    newScenario: (overrides, now) => newScenario(context, overrides, now),
    uneditedData: ({ data }) => {
      const edited = data.observations.length + data.targets.length + data.removed.length + (data.metrics?.length ?? 0) > 0;
      if (edited || data.base !== context.embedded.id) return null;
      const { observations, targets } = context.embedded.dataset;
      return { observations: [...observations], targets: [...targets] };
    },
    regionOf,
    metricsOf,
    simulate: (scenario, dataset, overrides = {}) =>
      new ScenarioEngine({
        dataset,
        metrics: metricsOf(scenario),
        region: regionOf(scenario, dataset),
        levers,
        leverDefaultsFor: context.embedded.region,
        settings: {
          horizon: scenario.horizon,
          paths: overrides.paths ?? scenario.monteCarlo.paths,
          seed: overrides.seed ?? scenario.monteCarlo.seed,
        },
      }),
    consistency: (dataset, metrics = context.metrics) => checkConsistency(dataset, metrics),
  };
}
