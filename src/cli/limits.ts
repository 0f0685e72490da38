// Bounds on the CLI's options and input files. Past them an input is refused with a message naming
// the bound, instead of a run of hours or an out-of-memory crash. The simulation bounds follow the
// scenario files' (SCENARIO_LIMITS).
import { MAX_DATE, SCENARIO_LIMITS } from '../engine/index.ts';

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
