// Scenario files in and out: text -> checked Scenario (with migration of older versions), and
// Scenario -> canonical text, so that saving, loading and saving again gives the same bytes.
import { HANOI_DATASET } from '../../data/index.ts';
import { yearEnd } from '../time.ts';
import { derivationSchema, observationSchema, sourceSchema, targetSchema } from './observation-schema.ts';
import type { Validated, ValidationIssue } from './issues.ts';
import { cellSchema } from './scenario-cells.ts';
import { checkScenarioReferences } from './scenario-check.ts';
import { validateScenarioData } from './scenario-dataset.ts';
import { readJsonText, scanJsonValue } from './scenario-json.ts';
import { LEVER_IDS } from './scenario-levers.ts';
import { describeValue, scenarioErrorMap, scenarioIssuesFromZod } from './scenario-messages.ts';
import { OLDEST_SUPPORTED_VERSION, migrateScenario } from './scenario-migrate.ts';
import {
  SCENARIO_FORMAT,
  SCENARIO_LIMITS,
  SCENARIO_VERSION,
  comparisonSchema,
  monteCarloSchema,
  scenarioDataSchema,
  scenarioSchema,
  type Scenario,
} from './scenario-schema.ts';

export { migrateScenario } from './scenario-migrate.ts';
export { resolveDataset, validateScenarioData, ScenarioDataError } from './scenario-dataset.ts';

const fail = (issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } => {
  const max = SCENARIO_LIMITS.maxIssues;
  if (issues.length <= max) return { ok: false, issues };
  return { ok: false, issues: [...issues.slice(0, max), { where: '(file)', message: `and ${issues.length - max} more problems` }] };
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Format and version, told apart before anything else: a newer file is not a broken one. */
function checkHeader(value: unknown): ValidationIssue[] {
  if (!isObject(value)) {
    return [{ where: '(top level)', message: `not a targetcast scenario file: expected a JSON object, got ${describeValue(value)}` }];
  }
  const { format, version } = value;
  if (format !== SCENARIO_FORMAT) {
    const found =
      format === undefined ? `no "format": "${SCENARIO_FORMAT}"` : `expected "${SCENARIO_FORMAT}", got ${describeValue(format)}`;
    return [{ where: 'format', message: `not a targetcast scenario file (${found})` }];
  }
  const readable = `this targetcast reads versions ${OLDEST_SUPPORTED_VERSION} to ${SCENARIO_VERSION}`;
  if (version === undefined) return [{ where: 'version', message: `is required (${readable})` }];
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return [{ where: 'version', message: `must be a whole number, got ${describeValue(version)}` }];
  }
  if (version > SCENARIO_VERSION) {
    return [
      { where: 'version', message: `version ${version} is newer than this targetcast supports (${SCENARIO_VERSION}): update targetcast` },
    ];
  }
  if (version < OLDEST_SUPPORTED_VERSION) return [{ where: 'version', message: `version ${version} is unknown (${readable})` }];
  return [];
}

/** A parsed JSON value (from a file, IndexedDB or a test) to a checked Scenario, migrating older versions. */
export function validateScenario(value: unknown): Validated<Scenario> {
  const header = checkHeader(value);
  if (header.length > 0) return fail(header);
  // Scanned after migration, which may turn a v0 lever id "__proto__" into a key.
  const migrated = migrateScenario(value);
  const hostile = scanJsonValue(migrated, SCENARIO_LIMITS);
  if (hostile.length > 0) return fail(hostile);
  const parsed = scenarioSchema.safeParse(migrated, { error: scenarioErrorMap });
  if (!parsed.success) return fail(scenarioIssuesFromZod(parsed.error));
  const data = validateScenarioData(parsed.data);
  const issues = [...(data.ok ? [] : data.issues), ...checkScenarioReferences(parsed.data)];
  return issues.length > 0 ? fail(issues) : { ok: true, value: parsed.data };
}

/**
 * Scenario file text to a Scenario. Problems come as {where, message}: a JSON path
 * ("levers.cityTopupOther"), or "file.json:3:14" for a syntax error (or "line 3, column 14"
 * without a file name). The text is data only: it is parsed, never evaluated.
 */
export function parseScenarioText(text: string, fileName?: string): Validated<Scenario> {
  const json = readJsonText(text, fileName, SCENARIO_LIMITS);
  return json.ok ? validateScenario(json.value) : json;
}

// Canonical key order, taken from the schemas themselves (so a new field needs no list here);
// keys a schema does not know come after, in code-unit order.
const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const ORDER: Record<string, readonly string[]> = {
  top: keysOf(scenarioSchema),
  data: keysOf(scenarioDataSchema),
  observation: keysOf(observationSchema),
  target: keysOf(targetSchema),
  source: keysOf(sourceSchema),
  derived: keysOf(derivationSchema),
  levers: LEVER_IDS,
  distributions: LEVER_IDS,
  distribution: ['low', 'mid', 'high'],
  monteCarlo: keysOf(monteCarloSchema),
  cell: [...new Set(cellSchema.options.flatMap(keysOf))],
  comparison: keysOf(comparisonSchema),
};
/** The context of a child from its parent's context and key ("*": any key; array items share their array's). */
const CHILD: Record<string, Record<string, string>> = {
  top: {
    data: 'data',
    levers: 'levers',
    distributions: 'distributions',
    monteCarlo: 'monteCarlo',
    cells: 'cell',
    comparisons: 'comparison',
  },
  data: { observations: 'observation', targets: 'target' },
  observation: { source: 'source', derived: 'derived' },
  target: { source: 'source', derived: 'derived' },
  comparison: { levers: 'levers' },
  distributions: { '*': 'distribution' },
};

function canonical(value: unknown, context: string): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, context));
  if (!isObject(value)) return value;
  const order = ORDER[context] ?? [];
  const rank = (k: string) => (order.indexOf(k) + order.length + 1) % (order.length + 1); // unknown keys rank last
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const child = CHILD[context]?.[key] ?? CHILD[context]?.['*'] ?? '';
    Object.defineProperty(out, key, { value: canonical(value[key], child), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Canonical text: known keys in schema order, levers in catalogue order, 2-space indent, final newline. */
export function serializeScenario(s: Scenario): string {
  return `${JSON.stringify(canonical(s, 'top'), null, 2)}\n`;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A new scenario on the embedded data: levers at their defaults from the day after the latest
 * observation, simulated to the end of next year, 10,000 paths, seed 1.
 */
export function newScenario(overrides: Partial<Scenario> = {}, now: Date = new Date()): Scenario {
  const data = overrides.data ?? { base: 'hanoi-embedded' as const, observations: [], targets: [], removed: [] };
  const removed = new Set(data.removed);
  const embedded = data.base === 'hanoi-embedded' ? HANOI_DATASET.observations.filter((o) => !removed.has(o.id)) : [];
  const latest = [...embedded, ...data.observations].reduce((max, o) => (o.asOf > max ? o.asOf : max), '');
  const leversFrom = overrides.leversFrom ?? nextDay(latest || now.toISOString().slice(0, 10));
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
    comparisons: [],
    ...overrides,
  };
}
