// The checks of outside input: scenario files, stored notebooks and the main thread's edits, read
// against the zod schemas (~40 KB gzip) and the engine's embedded data. The worker loads this
// module on the first request that needs it (loadScenarioChecks in engine-core.ts); the CLI and
// the tests get it with the engine (createEngine).
import type { Dataset } from './io/dataset.ts';
import type { Validated } from './io/issues.ts';
import { validateScenarioData, type ScenarioContext } from './io/scenario-dataset.ts';
import { parseScenarioText, validateScenario } from './io/scenario-file.ts';
import type { Scenario } from './io/scenario-schema.ts';

export interface ScenarioChecks {
  /** Scenario file text to a checked Scenario; problems name their place. */
  parseScenario(text: string, fileName?: string): Validated<Scenario>;
  /** A parsed value (from a file, storage or a test) to a checked Scenario, migrating older versions. */
  validateScenario(value: unknown): Validated<Scenario>;
  /** The dataset a checked scenario runs on (the embedded figures with its edits), or its problems. */
  scenarioData(scenario: Scenario): Validated<Dataset>;
}

export function scenarioChecks(context: ScenarioContext): ScenarioChecks {
  return {
    parseScenario: (text, fileName) => parseScenarioText(context, text, fileName),
    validateScenario: (value) => validateScenario(context, value),
    scenarioData: (scenario) => validateScenarioData(scenario, context),
  };
}
