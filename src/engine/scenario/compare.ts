// Comparing scenario runs: for every target the first run answers, each run's value at the
// deadline (median, 10-90%), P(meet) and target date, and each run's difference to the first.
// Pure: the runs come from ScenarioEngine.run (EngineService.compare makes them).
import type { Target } from '../io/observation-schema.ts';
import type { IsoDate } from '../time.ts';
import { costDifference, type CostDifference } from './cost.ts';
import type { ScenarioResult, TargetResult } from './run.ts';

export interface CompareVariant {
  name: string;
  result: ScenarioResult;
}

export interface VariantFigures {
  median: number;
  p10: number;
  p90: number;
  probMeet: number;
  /** When the target is (or was already) reached: the reported date, else the median crossing date. */
  targetDate: IsoDate | null;
}

/** A variant minus the first; `targetDays` is null when either date is unknown. */
export interface VariantDifference {
  median: number;
  probMeet: number;
  targetDays: number | null;
}

export interface TargetComparison {
  target: Target;
  /** One entry per variant, in order; null where a variant does not answer this target. */
  figures: Array<VariantFigures | null>;
  /** One per variant; the first is always zero, null where either side is missing. */
  differences: Array<VariantDifference | null>;
}

export interface CompareResult {
  variants: CompareVariant[];
  differences: TargetComparison[];
  /** Each variant's budget cost against the first's, year by year; null where either has no cost. */
  costs: Array<CostDifference[] | null>;
}

const DAY_MS = 86_400_000;

function figuresOf(t: TargetResult): VariantFigures {
  return {
    median: t.yearEnd.p50,
    p10: t.yearEnd.p10,
    p90: t.yearEnd.p90,
    probMeet: t.probMeet,
    targetDate: t.crossing.alreadyReachedOn ?? t.crossing.medianDate,
  };
}

function daysBetween(from: IsoDate | null, to: IsoDate | null): number | null {
  if (!from || !to) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

export function difference(base: VariantFigures, other: VariantFigures): VariantDifference {
  return {
    median: other.median - base.median,
    probMeet: other.probMeet - base.probMeet,
    targetDays: daysBetween(base.targetDate, other.targetDate),
  };
}

/** Targets are matched by id: other scenarios may define more, fewer, or other deadlines. */
export function compareResults(variants: CompareVariant[]): CompareResult {
  const first = variants[0];
  if (!first) return { variants, differences: [], costs: [] };
  const differences = first.result.targets.map((base) => {
    const figures = variants.map((v) => {
      const t = v.result.targets.find((x) => x.target.id === base.target.id);
      return t ? figuresOf(t) : null;
    });
    const baseFigures = figures[0]!;
    return {
      target: base.target,
      figures,
      differences: figures.map((f) => (f ? difference(baseFigures, f) : null)),
    };
  });
  const costs = variants.map((v) => (first.result.cost && v.result.cost ? costDifference(first.result.cost, v.result.cost) : null));
  return { variants, differences, costs };
}
