// Scenario files in: text -> checked Scenario (with migration of older versions), against the
// engine's embedded dataset and metric catalogue (ScenarioContext). Runs where zod may load (the
// worker, the CLI); writing a file is scenario-serialize.ts, which the main thread can afford.
import { msg } from '../messages.ts';
import { issue, type Validated, type ValidationIssue } from './issues.ts';
import { checkScenarioReferences } from './scenario-check.ts';
import { validateScenarioData, type ScenarioContext } from './scenario-dataset.ts';
import { readJsonText, scanJsonValue } from './scenario-json.ts';
import { checkDefaultMids } from './scenario-levers.ts';
import { checkSchema, describeValue } from './scenario-messages.ts';
import { OLDEST_SUPPORTED_VERSION, migrateScenario } from './scenario-migrate.ts';
import { baseVariant, embeddedData } from './scenario-new.ts';
import { SCENARIO_FORMAT, SCENARIO_LIMITS, SCENARIO_VERSION, scenarioSchema, type Scenario } from './scenario-schema.ts';

export { migrateScenario } from './scenario-migrate.ts';
export { newScenario } from './scenario-new.ts';
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
