// A dataset on its own, as `cast import` writes it and `--dataset` reads it: a region, its own
// metrics, figures and targets with their provenance. It is a scenario's `data` with no embedded
// base, so a notebook opened on it and a scenario file carrying the same records answer alike.
import { z } from 'zod';
import { msg } from '../messages.ts';
import { issue, type Validated } from './issues.ts';
import { observationSchema, regionSchema, targetSchema } from './observation-schema.ts';
import { ownMetricSchema } from './own-metrics.ts';
import { NO_BASE } from './scenario-dataset.ts';
import { readJsonText, scanJsonValue } from './scenario-json.ts';
import { checkSchema, describeValue } from './scenario-messages.ts';
import { SCENARIO_LIMITS, type ScenarioData } from './scenario-schema.ts';

export const DATASET_FORMAT = 'targetcast-dataset';
export const DATASET_VERSION = 1;

const L = SCENARIO_LIMITS;

export const datasetFileSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  region: regionSchema,
  metrics: z.array(ownMetricSchema).max(L.maxOwnMetrics).default([]),
  observations: z.array(observationSchema).max(L.maxObservations),
  targets: z.array(targetSchema).max(L.maxTargets).default([]),
});

export type DatasetFile = z.output<typeof datasetFileSchema>;

/** A scenario's data that carries its own records as a dataset file. */
export function datasetFileOf(data: ScenarioData, region: string): DatasetFile {
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    region,
    metrics: data.metrics ?? [],
    observations: data.observations,
    targets: data.targets,
  };
}

/** A dataset file as a scenario's data: its records, no embedded base. */
export function scenarioDataOf(file: DatasetFile): ScenarioData {
  return {
    base: NO_BASE,
    region: file.region,
    ...(file.metrics.length > 0 ? { metrics: file.metrics } : {}),
    observations: file.observations,
    targets: file.targets,
    removed: [],
  };
}

/** Dataset file text to its content; the records are checked as a scenario's are when a scenario uses them. */
export function parseDatasetText(text: string, fileName: string): Validated<DatasetFile> {
  const json = readJsonText(text, fileName, L);
  if (!json.ok) return json;
  const value = json.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || value.format !== DATASET_FORMAT) {
    const got = value !== null && typeof value === 'object' ? value.format : value;
    return { ok: false, issues: [issue('format', msg('notDatasetFile', { format: DATASET_FORMAT, got: describeValue(got) }))] };
  }
  if (typeof value.version === 'number' && value.version > DATASET_VERSION)
    return { ok: false, issues: [issue('version', msg('versionNewer', { version: value.version, newest: DATASET_VERSION }))] };
  const hostile = scanJsonValue(value, L);
  if (hostile.length > 0) return { ok: false, issues: hostile };
  return checkSchema(datasetFileSchema, value);
}

/** Canonical text of a dataset file (the record key order is the scenario file's). */
export function serializeDatasetFile(file: DatasetFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
