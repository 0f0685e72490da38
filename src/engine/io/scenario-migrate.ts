// Version migrations: each step turns a raw file of version n into version n + 1, on plain JSON
// values before validation, so the schema only ever knows the current version.
import { SCENARIO_VERSION } from './scenario-schema.ts';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** v0 levers: [{id, value}]. Object.fromEntries defines own properties, so "__proto__" stays a plain key. */
function leverListToRecord(levers: unknown): unknown {
  if (!Array.isArray(levers) || !levers.every((l) => isObject(l) && typeof l.id === 'string')) return levers;
  return Object.fromEntries((levers as Raw[]).map((l) => [l.id as string, l.value])); // a repeated id: the last wins
}

/**
 * Version 0, the pre-release draft: `levers` (and each comparison's) was an array of {id, value},
 * Monte Carlo settings were under `mc`, and there were no notebook cells.
 */
function v0ToV1(raw: Raw): Raw {
  const { mc, levers, comparisons, ...rest } = raw;
  return {
    ...rest,
    version: 1,
    levers: leverListToRecord(levers),
    ...(mc === undefined ? {} : { monteCarlo: mc }),
    ...(comparisons === undefined
      ? {}
      : {
          comparisons: Array.isArray(comparisons)
            ? comparisons.map((c) => (isObject(c) ? { ...c, levers: leverListToRecord(c.levers) } : c))
            : comparisons,
        }),
    cells: rest.cells ?? [],
  };
}

/**
 * Version 2 added what a notebook with its own data carries (data.region, data.metrics, a
 * source's place and time): a version-1 file reads unchanged, and an older targetcast told a
 * version-2 file is newer instead of misreading its new fields.
 */
const v1ToV2 = (raw: Raw): Raw => ({ ...raw, version: 2 });

/** MIGRATIONS[n] migrates version n to n + 1. */
const MIGRATIONS: readonly ((raw: Raw) => Raw)[] = [v0ToV1, v1ToV2];

export const OLDEST_SUPPORTED_VERSION = SCENARIO_VERSION - MIGRATIONS.length;

/**
 * Brings a raw file of any supported older version to the current one. Anything else (not an
 * object, no or unknown version) is returned unchanged for validation to report.
 */
export function migrateScenario(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  let current = raw;
  for (;;) {
    const version = current.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_SUPPORTED_VERSION || version >= SCENARIO_VERSION) {
      return dropIgnoredFields(current);
    }
    current = MIGRATIONS[version - OLDEST_SUPPORTED_VERSION]!(current);
  }
}

/**
 * Fields early version-1 files could carry that nothing ever read: a chart cell's `region` (a chart
 * shows the dataset's region). Dropped so those files keep opening; saving leaves them out.
 */
function dropIgnoredFields(raw: Raw): Raw {
  if (!Array.isArray(raw.cells)) return raw;
  const cells = raw.cells.map((c) => {
    if (!isObject(c) || c.type !== 'chart' || !('region' in c)) return c;
    const { region: _ignored, ...rest } = c;
    return rest;
  });
  return { ...raw, cells };
}
