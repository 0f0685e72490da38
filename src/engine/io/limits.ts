// Bounds on CSV input and on the CLI's options, in one place. Past them an input is refused with
// a message naming the bound, instead of a frozen tab, a run of hours or an out-of-memory crash.
// Scenario files have their own (SCENARIO_LIMITS); the simulation bounds here follow them.
import { MAX_DATE } from './observation-schema.ts';
import { SCENARIO_LIMITS } from './scenario-schema.ts';

export const CSV_LIMITS = {
  /** Characters of CSV text, as many as the app opens from a file (10 MB). */
  chars: 10 * 1024 * 1024,
  /** Data rows (blank lines not counted). */
  rows: 200_000,
  /** Series in a panel file. */
  series: 1_000,
  pointsPerSeries: 10_000,
  /** Largest magnitude of a value: doubles count exactly to about 9e15. */
  maxAbsValue: 1e15,
  /** Problems listed for one file; the rest are counted in one last line. */
  issues: 100,
} as const;

export const CLI_LIMITS = {
  /** Any input file (CSV or scenario), checked before it is read. */
  inputBytes: 50 * 1024 * 1024,
  /** `forecast --horizon N`. */
  horizonSteps: 1_000,
  /** `forecast --at` dates. */
  atDates: 1_000,
  /** No forecast date (from --horizon or --at) after the last date the app works with. */
  latestDate: MAX_DATE,
  /** `forecast --level`, in percent. */
  level: { min: 1, max: 99.9 },
  /** `--paths` of the simulating commands, as in scenario files. */
  paths: { min: SCENARIO_LIMITS.minPaths, max: SCENARIO_LIMITS.maxPaths },
  /** `--seed`: the random generators take 32-bit seeds. */
  seedMax: 2 ** 32 - 1,
  /** `target --by` and `--horizon`: years after the metric's last figure (scenario files' horizon). */
  simulationYears: SCENARIO_LIMITS.maxHorizonYears,
} as const;
