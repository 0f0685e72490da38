// The shipped baseline scenario opened and run by the real engine in process (500 paths, so the
// tests stay fast), for the view-model tests to read real answers from.
import { readFileSync } from 'node:fs';
import { EngineService, type LeverSettings, type OpenedScenario } from '../../../src/engine/service.ts';
import type { Scenario } from '../../../src/engine/io/scenario-schema.ts';
import type { ScenarioResult } from '../../../src/engine/scenario/run.ts';
import { newHanoiService } from '../../support/hanoi.ts';

const TEXT = readFileSync(new URL('../../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8').replace(
  '"paths": 10000',
  '"paths": 500',
);

export interface RealRun {
  service: EngineService;
  scenario: Scenario;
  opened: OpenedScenario;
  result: ScenarioResult;
  settings: LeverSettings;
}

export function realRun(levers: Record<string, number> = {}): RealRun {
  const service = newHanoiService();
  const parsed = service.parse(TEXT, 'hanoi-2025-baseline.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const opened = service.open(parsed.value);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  const scenario = parsed.value;
  const settings: LeverSettings = { levers, distributions: scenario.distributions, leversFrom: scenario.leversFrom };
  return { service, scenario, opened: opened.value, result: service.run(settings), settings };
}
