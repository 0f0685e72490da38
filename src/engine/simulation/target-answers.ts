// The answers every caller reads about a target (the notebook, `cast run`, `cast yearend`,
// `cast target`): from simulated paths when its deadline is ahead, from the data when it has
// passed. One rule for "already reached" everywhere:
// - a year-to-date flow restarts each January, so only its figures of the deadline's year count;
// - a stock or share is reached from the first figure of the latest run at or above the target
//   (a level that fell back below it since is not "reached").
import { crossingSummary } from '../forecast/crossing.ts';
import { probabilityAtLeast, quantiles } from '../forecast/percentiles.ts';
import type { Kind, Target } from '../io/observation-schema.ts';
import { msg, type Message } from '../messages.ts';
import type { SeriesPoint } from '../series/series.ts';
import { fromDecimalYear, toDecimalYear, type IsoDate } from '../time.ts';
import type { Grid } from './grid.ts';
import { belowLatestReason, type YearEndPattern } from './stock-year-end.ts';

/** Percentiles of a distribution of simulated values. */
export interface Bands {
  p2_5: number;
  p10: number;
  p50: number;
  p90: number;
  p97_5: number;
}

const QUANTILES = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/** `scratch`: a buffer at least as long as `values` (selection works in place). */
export function bandsOf(values: Float64Array, scratch: Float64Array): Bands {
  const [a, b, c, d, e] = quantiles(values, QUANTILES, scratch) as [number, number, number, number, number];
  return { p2_5: a, p10: b, p50: c, p90: d, p97_5: e };
}

export interface CrossingResult {
  alreadyReachedOn: IsoDate | null;
  /** The observation that shows it reached (with alreadyReachedOn), else null. */
  alreadyReachedBy: string | null;
  medianDate: IsoDate | null;
  p10Date: IsoDate | null;
  p90Date: IsoDate | null;
  probByDeadline: number;
  /** P(reached by the last simulated date of the metric; a year-to-date flow's, by the end of the deadline's year). */
  probWithinHorizon: number;
}

/** A target whose deadline lies ahead: answered from the paths. */
export interface TargetResult {
  target: Target;
  yearEnd: Bands;
  baselineYearEnd: Bands;
  probMeet: number;
  baselineProbMeet: number;
  crossing: CrossingResult;
  /**
   * For a level (a stock: a head count): the chance the deadline's value is below the newest
   * figure, with that figure and why the range reaches there: the year-end push the paths assume
   * (last year's change to 31 December, stock-year-end.ts) and why it is still uncertain, or that
   * the figures give no push to learn. Null for other kinds.
   */
  belowLatest: { value: number; date: IsoDate; probability: number; reason: Message } | null;
}

/** A figure that shows an outcome. */
export interface Evidence {
  observationId: string;
  date: IsoDate;
  value: number;
}

/**
 * A target answered without simulation: its deadline has passed in the data (met or missed, with
 * the figure that shows it, or unknown with the figures around the deadline), or it cannot be
 * forecast (unavailable, with the reason).
 */
export type TargetOutcome = SettledOutcome | OpenOutcome;
export interface SettledOutcome {
  target: Target;
  status: 'met' | 'missed';
  evidence: Evidence;
}
export interface OpenOutcome {
  target: Target;
  status: 'unknown' | 'unavailable';
  reason: Message;
  /** The figures either side of the deadline (unknown only). */
  before?: Evidence;
  after?: Evidence;
}

const evidence = (p: SeriesPoint): Evidence => ({ observationId: p.observationId, date: p.date, value: p.value });

/** The date from which the target counts as reached in the history, or null (see the header). */
export function reachedIn(history: readonly SeriesPoint[], kind: Kind, target: Target): SeriesPoint | null {
  const upTo = history.filter((p) => p.date <= target.deadline);
  if (kind === 'ytd-flow') {
    const yearStart = `${target.deadline.slice(0, 4)}-01-01`;
    return upTo.find((p) => p.date >= yearStart && p.value >= target.value) ?? null;
  }
  let start: SeriesPoint | null = null;
  for (const p of upTo) start = p.value >= target.value ? (start ?? p) : null;
  return start;
}

/** A passed deadline judged from the figures (history sorted by date). */
export function judgeFromData(history: readonly SeriesPoint[], kind: Kind, target: Target): TargetOutcome {
  const at = history.find((p) => p.date === target.deadline);
  if (at) return { target, status: at.value >= target.value ? 'met' : 'missed', evidence: evidence(at) };
  // A flow only grows within its year: a figure before the deadline already at the target settles it.
  const early = kind === 'ytd-flow' ? reachedIn(history, kind, target) : null;
  if (early) return { target, status: 'met', evidence: evidence(early) };
  const before = history.filter((p) => p.date < target.deadline).at(-1);
  const after = history.find((p) => p.date > target.deadline);
  return {
    target,
    status: 'unknown',
    reason: msg('outcomeNoFigure', { deadline: target.deadline }),
    ...(before ? { before: evidence(before) } : {}),
    ...(after ? { after: evidence(after) } : {}),
  };
}

export interface PathsOfMetric {
  grid: Grid;
  /** Scenario paths by grid index (may stop before the grid does). */
  scenario: readonly Float64Array[];
  baseline: readonly Float64Array[];
  history: readonly SeriesPoint[];
  kind: Kind;
  /** The year-end pattern the baseline's paths are re-centred on, if any. */
  yearEnd?: YearEndPattern | undefined;
}

/** A target whose deadline is on the grid, from the scenario's and the baseline's paths. */
export function answerFromPaths(target: Target, at: PathsOfMetric, yearEnd: Bands, baselineYearEnd: Bands): TargetResult {
  const index = at.grid.dates.indexOf(target.deadline);
  const values = at.scenario[index]!;
  // The baseline on the same paths, so a preview on fewer paths compares like with like.
  const baselineValues = at.baseline[index]!.subarray(0, values.length);
  // A year-to-date flow restarts in January: only its deadline's year can reach the target.
  const endOfYear = `${target.deadline.slice(0, 4)}-12-31`;
  const n = at.kind === 'ytd-flow' ? at.grid.dates.filter((d) => d <= endOfYear).length : at.scenario.length;
  const summary = crossingSummary(at.grid.ts.slice(0, n), at.scenario.slice(0, n), target.value, 'up', toDecimalYear(target.deadline));
  const date = (t: number | null) => (t === null ? null : fromDecimalYear(t));
  const reached = reachedIn(at.history, at.kind, target);
  const latest = at.history.at(-1);
  return {
    target,
    yearEnd,
    baselineYearEnd,
    probMeet: probabilityAtLeast(values, target.value),
    baselineProbMeet: probabilityAtLeast(baselineValues, target.value),
    crossing: {
      alreadyReachedOn: reached?.date ?? null,
      alreadyReachedBy: reached?.observationId ?? null,
      medianDate: date(summary.medianT),
      p10Date: date(summary.p10T),
      p90Date: date(summary.p90T),
      probByDeadline: summary.probByDeadline ?? 0,
      probWithinHorizon: summary.probWithinHorizon,
    },
    belowLatest:
      at.kind === 'stock' && latest
        ? {
            value: latest.value,
            date: latest.date,
            probability: 1 - probabilityAtLeast(values, latest.value),
            reason: belowLatestReason(at.yearEnd, target.deadline),
          }
        : null,
  };
}
