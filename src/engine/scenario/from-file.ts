// A scenario file, ready to run: its dataset resolved and an engine built for its horizon,
// number of paths and seed. Shared by the CLI and the worker.
import { METRICS } from '../../data/metrics.ts';
import type { Scenario } from '../io/scenario-schema.ts';
import { resolveDataset } from '../io/scenario-dataset.ts';
import { ScenarioEngine, type ScenarioSettings } from './run.ts';

export interface LoadedScenario {
  scenario: Scenario;
  engine: ScenarioEngine;
  settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>;
}

export function loadScenario(scenario: Scenario, overrides: { paths?: number; seed?: number } = {}): LoadedScenario {
  const dataset = resolveDataset(scenario);
  const engine = new ScenarioEngine(dataset, METRICS, {
    horizon: scenario.horizon,
    paths: overrides.paths ?? scenario.monteCarlo.paths,
    seed: overrides.seed ?? scenario.monteCarlo.seed,
  });
  return {
    scenario,
    engine,
    settings: { levers: scenario.levers, distributions: scenario.distributions, leversFrom: scenario.leversFrom },
  };
}
