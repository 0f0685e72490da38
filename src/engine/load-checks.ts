// The checks of outside input, loaded on first use: in the worker's build a chunk of their own (zod
// and the schemas), fetched by the first request that needs them (see service.ts).
import type { ScenarioChecks } from './engine-checks.ts';
import type { ScenarioContext } from './io/scenario-context.ts';

export const loadScenarioChecks = (context: ScenarioContext): Promise<ScenarioChecks> =>
  import('./engine-checks.ts').then(({ scenarioChecks }) => scenarioChecks(context));
