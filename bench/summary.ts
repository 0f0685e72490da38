// Per-method aggregates of the rolling-origin results, and ratios against the peers.

import { randomInt, randomLcg } from 'd3-random';
import { GROUPS, type Group } from './groups.ts';
import { LEVELS, type TaskResult } from './harness.ts';

/** Share of test points inside each level's interval, keyed by the level in percent ("80", "95"). */
export type Coverage = Record<string, number>;

export interface GroupSummary {
  series: number;
  tasks: number;
  mase: number;
  coverage: Coverage;
  /** 5th and 95th percentiles of the coverage when the group's series are resampled (see below). */
  coverageRange: Record<string, [number, number]>;
}

export interface Summary {
  method: string;
  tasks: number;
  /** Mean MASE over all tasks and over the tasks where no method fell back. */
  mase: number;
  maseMedian: number;
  maseCommon: number;
  coverage: Coverage;
  /** Mean MASE and coverage of every group that has tasks. */
  byGroup: Partial<Record<Group, GroupSummary>>;
  fitsPerSecond: number;
  fallbacks: number;
  errors: number;
  outOfBounds: number;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const levelKey = (level: number): string => String(Math.round(level * 100));

/** Pooled over test points, so a long horizon weighs more than a short one. */
export function pooledCoverage(rs: readonly TaskResult[]): Coverage {
  const points = rs.reduce((a, r) => a + r.points, 0);
  return Object.fromEntries(LEVELS.map((level, j) => [levelKey(level), rs.reduce((a, r) => a + r.inside[j]!, 0) / points]));
}

const RESAMPLES = 1000;

/**
 * How far a group's coverage could move with other series of the same kinds: the group's series
 * are drawn with replacement (each with all its tasks, since a series' outcomes move together)
 * RESAMPLES times, seeded, and the pooled coverage's 5th and 95th percentiles kept. A group of 20
 * series spans about 15 points at 80%, so a target of 77-83% is met only within that noise.
 */
export function coverageRange(rs: readonly TaskResult[], seed = 1): Record<string, [number, number]> {
  const bySeries = [...new Set(rs.map((r) => r.series))].map((id) => rs.filter((r) => r.series === id));
  const draw = randomInt.source(randomLcg(seed))(bySeries.length);
  const samples = LEVELS.map(() => new Float64Array(RESAMPLES));
  for (let k = 0; k < RESAMPLES; k++) {
    const inside = LEVELS.map(() => 0);
    let points = 0;
    for (let i = 0; i < bySeries.length; i++) {
      for (const r of bySeries[draw()]!) {
        r.inside.forEach((n, j) => (inside[j]! += n));
        points += r.points;
      }
    }
    inside.forEach((n, j) => (samples[j]![k] = n / points));
  }
  return Object.fromEntries(
    LEVELS.map((level, j) => {
      const sorted = samples[j]!.sort();
      return [levelKey(level), [sorted[Math.floor(0.05 * RESAMPLES)]!, sorted[Math.ceil(0.95 * RESAMPLES) - 1]!]];
    }),
  );
}

/** MASE and coverage of each group, over the tasks of the series in it. */
export function summariseGroups(rs: readonly TaskResult[]): Partial<Record<Group, GroupSummary>> {
  const out: Partial<Record<Group, GroupSummary>> = {};
  for (const group of GROUPS) {
    const members = rs.filter((r) => r.groups.includes(group));
    if (members.length === 0) continue;
    out[group] = {
      series: new Set(members.map((r) => r.series)).size,
      tasks: members.length,
      mase: mean(members.map((r) => r.mase)),
      coverage: pooledCoverage(members),
      coverageRange: coverageRange(members),
    };
  }
  return out;
}

const key = (r: TaskResult): string => `${r.series}@${r.origin}`;
const clean = (r: TaskResult): boolean => !r.fallback && !r.error;

/** Tasks every method answered with its own model (no fallback, no error): the like-for-like subset. */
export function commonTasks(results: ReadonlyMap<string, readonly TaskResult[]>): Set<string> {
  const all = [...results.values()];
  const common = new Set((all[0] ?? []).filter(clean).map(key));
  for (const rs of all) for (const r of rs) if (!clean(r)) common.delete(key(r));
  return common;
}

export function summarise(results: ReadonlyMap<string, readonly TaskResult[]>): Summary[] {
  const common = commonTasks(results);
  return [...results].map(([method, rs]) => {
    const seconds = rs.reduce((a, r) => a + r.ms, 0) / 1000;
    return {
      method,
      tasks: rs.length,
      mase: mean(rs.map((r) => r.mase)),
      maseMedian: median(rs.map((r) => r.mase)),
      maseCommon: mean(rs.filter((r) => common.has(key(r))).map((r) => r.mase)),
      coverage: pooledCoverage(rs),
      byGroup: summariseGroups(rs),
      fitsPerSecond: rs.length / seconds,
      fallbacks: rs.filter((r) => r.fallback).length,
      errors: rs.filter((r) => r.error).length,
      outOfBounds: rs.filter((r) => r.outOfBounds).length,
    };
  });
}

/** Mean MASE per series and method, for spotting where a method wins or loses. */
export function maseBySeries(results: ReadonlyMap<string, readonly TaskResult[]>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [method, rs] of results) {
    for (const id of new Set(rs.map((r) => r.series))) {
      (out[id] ??= {})[method] = mean(rs.filter((r) => r.series === id).map((r) => r.mase));
    }
  }
  return out;
}
