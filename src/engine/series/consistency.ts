// Automatic consistency checks. Contradictions in the sources are reported, never smoothed:
// planners need to know when two official figures cannot both be right.
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import { daysBetween, yearOf } from '../time.ts';
import { impliedDenominators, type ImpliedDenominator } from './denominators.ts';
import { allSeries } from './series.ts';

interface FindingBase {
  /** Observation and target ids involved. */
  ids: string[];
  /** English sentence for the CLI; the UI formats the structured fields in its own language. */
  message: string;
}

export interface ImpliedValue {
  shareMetric: string;
  date: string;
  value: number;
}

export type ConsistencyFinding =
  | (FindingBase & { kind: 'mixed-denominator'; metric: string; region: string; parts: Array<{ date: string; denominator: string }> })
  | (FindingBase & { kind: 'denominator-spread'; denominator: string; gapPct: number; a: ImpliedValue; b: ImpliedValue })
  | (FindingBase & {
      kind: 'target-mismatch';
      year: number;
      shareTarget: number;
      base: ImpliedValue & { denominator: string };
      asPeople: number;
      countTarget: number;
      gapPct: number;
    });

export type FindingKind = ConsistencyFinding['kind'];

/** Two implied denominators this far apart (relative) within a year of each other disagree. */
export const DENOMINATOR_TOLERANCE = 0.05;
/** A share target and a head-count target for the same year this far apart disagree. */
export const TARGET_TOLERANCE = 0.05;

const fmt = (v: number) => Math.round(v).toLocaleString('en-US');

function relativeGap(a: number, b: number): number {
  return Math.abs(a - b) / Math.min(a, b);
}

function mixedDenominators(dataset: Dataset): ConsistencyFinding[] {
  return [...allSeries(dataset).values()]
    .filter((s) => s.denominators.length > 1)
    .map((s) => ({
      kind: 'mixed-denominator' as const,
      metric: s.metric,
      region: s.region,
      parts: s.points.map((p) => ({ date: p.date, denominator: p.denominator ?? '?' })),
      ids: s.points.map((p) => p.observationId),
      message: `${s.metric} (${s.region}) mixes denominators: ${s.points.map((p) => `${p.date} of ${p.denominator ?? '?'}`).join(', ')}; these points are not like for like.`,
    }));
}

function denominatorSpread(implied: ImpliedDenominator[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  for (let i = 0; i < implied.length; i++) {
    for (let j = i + 1; j < implied.length; j++) {
      const a = implied[i]!;
      const b = implied[j]!;
      if (a.region !== b.region || a.denominator !== b.denominator || a.denominator === 'plan') continue;
      if (Math.abs(daysBetween(a.date, b.date)) > 366) continue;
      const gap = relativeGap(a.value, b.value);
      if (gap <= DENOMINATOR_TOLERANCE) continue;
      findings.push({
        kind: 'denominator-spread',
        denominator: a.denominator,
        gapPct: gap * 100,
        a: { shareMetric: a.shareMetric, date: a.date, value: a.value },
        b: { shareMetric: b.shareMetric, date: b.date, value: b.value },
        ids: [a.shareId, a.countId, b.shareId, b.countId],
        message: `Implied ${a.denominator} differs by ${(gap * 100).toFixed(1)}%: ${fmt(a.value)} from ${a.shareMetric} on ${a.date} vs ${fmt(b.value)} from ${b.shareMetric} on ${b.date}.`,
      });
    }
  }
  return findings;
}

/** A share target converted to people with the year's implied denominator, against the head-count target. */
function targetMismatch(dataset: Dataset, metrics: readonly MetricDef[], implied: ImpliedDenominator[]): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const defs = new Map(metrics.map((m) => [m.id, m]));
  for (const shareTarget of dataset.targets) {
    const def = defs.get(shareTarget.metric);
    if (!def?.numerator || def.denominator === 'plan' || def.denominator === undefined) continue;
    const countTarget = dataset.targets.find(
      (t) => t.metric === def.numerator && t.region === shareTarget.region && t.deadline === shareTarget.deadline,
    );
    const base = implied
      .filter(
        (d) => d.region === shareTarget.region && d.shareMetric === shareTarget.metric && yearOf(d.date) === yearOf(shareTarget.deadline),
      )
      .at(-1);
    if (!countTarget || !base) continue;
    const asPeople = (shareTarget.value / 100) * base.value;
    const gap = relativeGap(asPeople, countTarget.value);
    if (gap <= TARGET_TOLERANCE) continue;
    findings.push({
      kind: 'target-mismatch',
      year: yearOf(shareTarget.deadline),
      shareTarget: shareTarget.value,
      base: { shareMetric: base.shareMetric, date: base.date, value: base.value, denominator: base.denominator },
      asPeople,
      countTarget: countTarget.value,
      gapPct: gap * 100,
      ids: [shareTarget.id, countTarget.id, base.shareId, base.countId],
      message: `${shareTarget.deadline.slice(0, 4)} targets disagree by ${(gap * 100).toFixed(1)}%: ${shareTarget.value}% of the ${base.denominator} implied on ${base.date} (${fmt(base.value)}) is ${fmt(asPeople)} people, but the head-count target is ${fmt(countTarget.value)}.`,
    });
  }
  return findings;
}

export function checkConsistency(dataset: Dataset, metrics: readonly MetricDef[]): ConsistencyFinding[] {
  const implied = impliedDenominators(dataset, metrics);
  return [...mixedDenominators(dataset), ...denominatorSpread(implied), ...targetMismatch(dataset, metrics, implied)];
}
