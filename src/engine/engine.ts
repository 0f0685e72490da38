// The one way to get an engine: createEngine takes the data (the embedded dataset and its region,
// the metric catalogue) as input, so the engine knows no place of its own. The composition roots
// (workers/engine.worker.ts, src/cli/cast.ts, the tests) decide which data to wire in.
import type { Dataset } from './io/dataset.ts';
import type { Validated } from './io/issues.ts';
import type { Region } from './io/observation-schema.ts';
import type { MetricDef } from './io/metric.ts';
import { NO_BASE, scenarioMetrics, validateScenarioData, type ScenarioContext } from './io/scenario-dataset.ts';
import { newScenario, parseScenarioText, validateScenario } from './io/scenario-file.ts';
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

export interface Engine {
  readonly context: ScenarioContext;
  /** The levers with the region's defaults and sources. */
  readonly levers: LeverSet;
  /** Scenario file text to a checked Scenario; problems name their place. */
  parseScenario(text: string, fileName?: string): Validated<Scenario>;
  /** A parsed value (from a file, storage or a test) to a checked Scenario, migrating older versions. */
  validateScenario(value: unknown): Validated<Scenario>;
  /** The dataset a checked scenario runs on (the embedded figures with its edits), or its problems. */
  scenarioData(scenario: Scenario): Validated<Dataset>;
  /** A new scenario on the embedded data, every lever at its default. */
  newScenario(overrides?: Partial<Scenario>, now?: Date): Scenario;
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

export function createEngine(config: EngineConfig): Engine {
  const levers = createLeverSet(config.policy);
  const context: ScenarioContext = { embedded: config.embedded, metrics: config.metrics, levers };
  const regionOf = (scenario: Scenario, dataset: Dataset): Region =>
    scenario.data.region ??
    (scenario.data.base === NO_BASE ? (mostNamedRegion(dataset) ?? context.embedded.region) : context.embedded.region);
  const metricsOf = (scenario: Scenario): MetricDef[] => scenarioMetrics(scenario, context);
  return {
    context,
    levers,
    parseScenario: (text, fileName) => parseScenarioText(context, text, fileName),
    validateScenario: (value) => validateScenario(context, value),
    scenarioData: (scenario) => validateScenarioData(scenario, context),
    newScenario: (overrides, now) => newScenario(context, overrides, now),
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
