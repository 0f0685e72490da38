// A new scenario on the engine's embedded data, and the parts a file may leave out (its data, its
// base case). No schema here: the engine's core (engine-core.ts) makes new scenarios without
// loading zod; scenario-file.ts reads files.
import { addDays, yearEnd } from '../time.ts';
import type { ScenarioContext } from './scenario-context.ts';
import { BASE_VARIANT_ID, SCENARIO_FORMAT, SCENARIO_LIMITS, SCENARIO_VERSION } from './scenario-limits.ts';
import type { Scenario, ScenarioData, Variant } from './scenario-schema.ts';

/** The one variant of a notebook that names none: its own levers, as the base case. */
export function baseVariant(s: Pick<Scenario, 'levers' | 'distributions'>): Variant {
  return { id: BASE_VARIANT_ID, levers: { ...s.levers }, distributions: structuredClone(s.distributions) };
}

/** The embedded dataset with no edits: what a file without `data` runs on. */
export function embeddedData(ctx: ScenarioContext): ScenarioData {
  return { base: ctx.embedded.id, observations: [], targets: [], removed: [] };
}

/**
 * A new scenario on the embedded data: levers at their defaults from the day after the latest
 * observation, simulated to the end of next year, 10,000 paths, seed 1.
 */
export function newScenario(ctx: ScenarioContext, overrides: Partial<Scenario> = {}, now: Date = new Date()): Scenario {
  const data = overrides.data ?? embeddedData(ctx);
  const removed = new Set(data.removed);
  const embedded = data.base === ctx.embedded.id ? ctx.embedded.dataset.observations.filter((o) => !removed.has(o.id)) : [];
  const latest = [...embedded, ...data.observations].reduce((max, o) => (o.asOf > max ? o.asOf : max), '');
  const leversFrom = overrides.leversFrom ?? addDays(latest || now.toISOString().slice(0, 10), 1);
  const nextYearEnd = yearEnd(now.getUTCFullYear() + 1);
  const stamp = now.toISOString();
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title: 'Kịch bản mới',
    description: '',
    author: '',
    created: stamp,
    modified: stamp,
    data,
    leversFrom,
    horizon: nextYearEnd > leversFrom ? nextYearEnd : yearEnd(Number(leversFrom.slice(0, 4)) + 1),
    levers: {},
    distributions: {},
    monteCarlo: { paths: SCENARIO_LIMITS.defaultPaths, seed: 1 },
    cells: [],
    activeVariant: BASE_VARIANT_ID,
    variants: [baseVariant({ levers: overrides.levers ?? {}, distributions: overrides.distributions ?? {} })],
    ...overrides,
  };
}
