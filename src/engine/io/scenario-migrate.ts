// Version migrations: each step turns a raw file of version n into version n + 1, on plain JSON
// values before validation, so the schema only ever knows the current version.
import { BASE_VARIANT_ID, SCENARIO_VERSION } from './scenario-limits.ts';

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

export { BASE_VARIANT_ID } from './scenario-limits.ts';

/**
 * Version 3 made a notebook's alternatives named lever sets of their own (`variants`), where
 * version 2 had `comparisons`: levers applied on top of the scenario's, fixed on every path. Each
 * comparison becomes a variant with exactly what it ran (the scenario's levers with its own over
 * them, and the scenario's distributions but for the levers it sets), after a base case holding
 * the scenario's levers; a compare cell names its variant by id instead of the comparison's name.
 * A file without comparisons needs no variants: the reader makes its base case.
 */
function v2ToV3(raw: Raw): Raw {
  const { comparisons, ...rest } = raw;
  if (!Array.isArray(comparisons) || comparisons.length === 0) return { ...rest, version: 3 };
  const levers = isObject(raw.levers) ? raw.levers : {};
  const distributions = isObject(raw.distributions) ? raw.distributions : {};
  const ids = new Map<unknown, string>();
  const variants = comparisons.map((c, i) => {
    if (!isObject(c)) return c;
    const id = `v${i + 1}`;
    if (!ids.has(c.name)) ids.set(c.name, id);
    if (!isObject(c.levers)) return { id, name: c.name, levers: c.levers };
    const own = c.levers;
    const kept = Object.fromEntries(Object.entries(distributions).filter(([lever]) => !Object.hasOwn(own, lever)));
    return { id, name: c.name, levers: { ...levers, ...own }, distributions: kept };
  });
  const cells = Array.isArray(raw.cells)
    ? raw.cells.map((cell) => {
        if (!isObject(cell) || !('comparison' in cell)) return cell;
        const { comparison, ...others } = cell;
        return { ...others, variant: ids.get(comparison) ?? comparison };
      })
    : raw.cells;
  const base = { id: BASE_VARIANT_ID, levers: raw.levers ?? {}, distributions: raw.distributions ?? {} };
  return { ...rest, version: 3, ...(cells === undefined ? {} : { cells }), activeVariant: BASE_VARIANT_ID, variants: [base, ...variants] };
}

/** MIGRATIONS[n] migrates version n to n + 1. */
const MIGRATIONS: readonly ((raw: Raw) => Raw)[] = [v0ToV1, v1ToV2, v2ToV3];

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
