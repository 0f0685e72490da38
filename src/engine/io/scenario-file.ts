// Scenario files in: text -> checked Scenario (with migration of older versions), against the
// engine's embedded dataset and metric catalogue (ScenarioContext). Runs where zod may load (the
// worker, the CLI); writing a file is scenario-serialize.ts, which the main thread can afford.
import { addDays, yearEnd } from '../time.ts';
import { msg } from '../messages.ts';
import { issue, type Validated, type ValidationIssue } from './issues.ts';
import { checkScenarioReferences } from './scenario-check.ts';
import { validateScenarioData, type ScenarioContext } from './scenario-dataset.ts';
import { readJsonText, scanJsonValue } from './scenario-json.ts';
import { checkDefaultMids } from './scenario-levers.ts';
import { checkSchema, describeValue } from './scenario-messages.ts';
import { BASE_VARIANT_ID, OLDEST_SUPPORTED_VERSION, migrateScenario } from './scenario-migrate.ts';
import {
  SCENARIO_FORMAT,
  SCENARIO_LIMITS,
  SCENARIO_VERSION,
  scenarioSchema,
  type Scenario,
  type ScenarioData,
  type Variant,
} from './scenario-schema.ts';

export { migrateScenario } from './scenario-migrate.ts';
export { resolveDataset, validateScenarioData, ScenarioDataError, type ScenarioContext } from './scenario-dataset.ts';

const fail = (issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } => {
  const max = SCENARIO_LIMITS.maxIssues;
  if (issues.length <= max) return { ok: false, issues };
  return { ok: false, issues: [...issues.slice(0, max), issue('(file)', msg('moreProblems', { count: issues.length - max }))] };
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Format and version, told apart before anything else: a newer file is not a broken one. */
function checkHeader(value: unknown): ValidationIssue[] {
  if (!isObject(value)) {
    return [issue('(top level)', msg('notScenario', { got: describeValue(value) }))];
  }
  const { format, version } = value;
  if (format !== SCENARIO_FORMAT) {
    const found =
      format === undefined
        ? msg('notScenarioNoFormat', { format: SCENARIO_FORMAT })
        : msg('notScenarioFormat', { format: SCENARIO_FORMAT, got: describeValue(format) });
    return [issue('format', found)];
  }
  const readable = { oldest: OLDEST_SUPPORTED_VERSION, newest: SCENARIO_VERSION };
  if (version === undefined) return [issue('version', msg('versionRequired', readable))];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return [issue('version', msg('mustBe', { expected: msg('aWholeNumber'), got: describeValue(version) }))];
  }
  if (version > SCENARIO_VERSION) return [issue('version', msg('versionNewer', { version, newest: SCENARIO_VERSION }))];
  if (version < OLDEST_SUPPORTED_VERSION) return [issue('version', msg('versionUnknown', { version, ...readable }))];
  return [];
}

/** A parsed JSON value (from a file, IndexedDB or a test) to a checked Scenario, migrating older versions. */
export function validateScenario(ctx: ScenarioContext, value: unknown): Validated<Scenario> {
  const header = checkHeader(value);
  if (header.length > 0) return fail(header);
  // Scanned after migration, which may turn a v0 lever id "__proto__" into a key.
  const migrated = migrateScenario(value);
  const hostile = scanJsonValue(migrated, SCENARIO_LIMITS);
  if (hostile.length > 0) return fail(hostile);
  const parsed = checkSchema(scenarioSchema, migrated);
  if (!parsed.ok) return fail(parsed.issues);
  const variants = parsed.value.variants ?? [baseVariant(parsed.value)];
  const scenario: Scenario = {
    ...parsed.value,
    data: parsed.value.data ?? embeddedData(ctx),
    activeVariant: parsed.value.activeVariant ?? variants[0]!.id,
    variants,
  };
  const data = validateScenarioData(scenario, ctx);
  const issues = [
    ...(data.ok ? [] : data.issues),
    ...checkScenarioReferences(scenario, ctx),
    ...checkDefaultMids(scenario, ctx.levers),
    // A base case the reader made is the levers, checked above.
    ...(parsed.value.variants ?? []).flatMap((v, i) => checkDefaultMids(v, ctx.levers, `variants[${i}].`)),
  ];
  return issues.length > 0 ? fail(issues) : { ok: true, value: scenario };
}

/**
 * Scenario file text to a Scenario. Problems come as {where, message}: a JSON path
 * ("levers.cityTopupOther"), or "file.json:3:14" for a syntax error (or "line 3, column 14"
 * without a file name). The text is data only: it is parsed, never evaluated.
 */
export function parseScenarioText(ctx: ScenarioContext, text: string, fileName?: string): Validated<Scenario> {
  const json = readJsonText(text, fileName, SCENARIO_LIMITS);
  return json.ok ? validateScenario(ctx, json.value) : json;
}

/** The one variant of a notebook that names none: its own levers, as the base case. */
function baseVariant(s: Pick<Scenario, 'levers' | 'distributions'>): Variant {
  return { id: BASE_VARIANT_ID, levers: { ...s.levers }, distributions: structuredClone(s.distributions) };
}

/** The embedded dataset with no edits: what a file without `data` runs on. */
function embeddedData(ctx: ScenarioContext): ScenarioData {
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
