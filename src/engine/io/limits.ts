// Bounds on CSV input. Past them an input is refused with a message naming the bound, instead of
// a frozen tab, a run of hours or an out-of-memory crash. Scenario files have their own
// (SCENARIO_LIMITS); the CLI's options, src/cli/limits.ts.

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

/** The dates the app works with: a figure, a deadline or a forecast date outside them is refused. */
export const MIN_DATE = '1990-01-01';
export const MAX_DATE = '2100-12-31';
