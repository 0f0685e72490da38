// The one way to get an engine: createEngine takes the data (the embedded dataset and its region,
// the metric catalogue) as input, so the engine knows no place of its own. The composition roots
// (workers/engine.worker.ts, src/cli/cast.ts, the tests) decide which data to wire in. The engine
// is its core (engine-core.ts: scenarios, simulation, answers) and the checks of outside input
// (engine-checks.ts, with zod); the worker takes the core alone and loads the checks on first use.
import { scenarioChecks, type ScenarioChecks } from './engine-checks.ts';
import { createEngineCore, type EngineConfig, type EngineCore } from './engine-core.ts';

export type { EngineConfig, EngineCore, SimulationOverrides } from './engine-core.ts';
export type { ScenarioChecks } from './engine-checks.ts';

export interface Engine extends EngineCore, ScenarioChecks {}

export function createEngine(config: EngineConfig): Engine {
  const core = createEngineCore(config);
  return { ...core, ...scenarioChecks(core.context) };
}
