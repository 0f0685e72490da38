// The scenario file's format, version and bounds: plain constants, so the main thread can keep a
// notebook within them without loading the schemas (scenario-schema.ts and scenario-cells.ts
// build their zod schemas from these numbers).
import { LEVERS } from '../scenario/levers.ts';

export const SCENARIO_FORMAT = 'targetcast-scenario';
export const SCENARIO_VERSION = 3;

/** The variant id of a notebook's base case (a new notebook's, and the one a version-2 file's levers become). */
export const BASE_VARIANT_ID = 'base';

/** Bounds of one notebook cell. */
export const CELL_LIMITS = {
  maxText: 20_000,
  maxMetricsPerCell: 50,
  maxLeversPerCell: LEVERS.length,
} as const;

/** Bounds that keep a hostile or corrupt file from freezing a browser tab. */
export const SCENARIO_LIMITS = {
  /** Characters of the whole file (after a BOM). */
  maxFileChars: 10 * 1024 * 1024,
  /** Nesting of objects and arrays (a valid file needs about 6). */
  maxDepth: 32,
  /** Values of every kind in the file. */
  maxNodes: 1_000_000,
  /** Any array (the longest legitimate one is data.observations) and any object. */
  maxArrayItems: 10_000,
  maxObjectKeys: 100,
  maxKeyLength: 120,
  maxTitle: 200,
  maxDescription: 20_000,
  maxAuthor: 200,
  /** User-added or edited observations and targets, and removed embedded ids. */
  maxObservations: 10_000,
  maxTargets: 1_000,
  maxRemoved: 1_000,
  /** A user's own metrics (an import's unknown names, once accepted). */
  maxOwnMetrics: 200,
  maxCells: 200,
  maxCellText: CELL_LIMITS.maxText,
  maxMetricsPerCell: CELL_LIMITS.maxMetricsPerCell,
  /** Named lever sets of one notebook (its base case and variants). */
  maxVariants: 50,
  maxName: 200,
  minPaths: 100,
  maxPaths: 100_000,
  defaultPaths: 10_000,
  /** Years from leversFrom to horizon. */
  maxHorizonYears: 10,
  /** Problems reported for one file; the rest are counted. */
  maxIssues: 100,
} as const;
