// Shared fixtures: a fixed clock, a minimal valid scenario, and file text with some fields changed.
import { formatIssue } from '../../../src/engine/io/issues.ts';
import { newScenario, parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { serializeScenario } from '../../../src/engine/io/scenario-serialize.ts';
import type { Observation } from '../../../src/engine/io/observation-schema.ts';
import type { Scenario } from '../../../src/engine/io/scenario-schema.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

export const NOW = new Date('2026-11-24T08:00:00.000Z');

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return newScenario(HANOI_CONTEXT, { leversFrom: '2025-10-01', horizon: '2025-12-31', ...overrides }, NOW);
}

/** The canonical text of a valid scenario with top-level fields replaced (undefined deletes one). */
export function textWith(fields: Record<string, unknown>): string {
  const raw = JSON.parse(serializeScenario(scenario())) as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete raw[key];
    else raw[key] = value;
  }
  return JSON.stringify(raw, null, 2);
}

/** "where: message" lines for a file text that should be rejected. */
export function problems(text: string, fileName?: string): string[] {
  const result = parseScenarioText(HANOI_CONTEXT, text, fileName);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map(formatIssue);
}

export function parsed(text: string): Scenario {
  const result = parseScenarioText(HANOI_CONTEXT, text);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

/** A user's figure for a quarter after the embedded data (HI coverage, Q1 2026). */
export const userQ1Observation: Observation = {
  id: 'user.hi.coverage.2026-03-31',
  metric: 'hi.coverage',
  region: 'Hanoi',
  asOf: '2026-03-31',
  value: 93.1,
  unit: 'percent',
  kind: 'share',
  denominator: 'population',
  qualifier: 'exact',
  source: { document: 'Bản tin quý I', quote: 'Độ bao phủ 93,1%.', origin: 'user' },
};
