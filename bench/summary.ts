// Per-method aggregates of the rolling-origin results, and ratios against the peers.

import type { Frequency } from './panel.ts';
import type { TaskResult } from './harness.ts';

export interface Summary {
  method: string;
  tasks: number;
  /** Mean MASE over all tasks, over tasks by frequency, and over the tasks where no method fell back. */
  mase: number;
  maseMedian: number;
  maseByFrequency: Partial<Record<Frequency, number>>;
  maseCommon: number;
  /** Share of all test points inside the 80% interval, overall and by frequency. */
  coverage: number;
  coverageByFrequency: Partial<Record<Frequency, number>>;
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

/** Pooled over test points, so a long horizon weighs more than a short one. */
const pooledCoverage = (rs: readonly TaskResult[]): number =>
  rs.reduce((a, r) => a + r.inside, 0) / rs.reduce((a, r) => a + r.points, 0);

function byFrequency(rs: readonly TaskResult[], measure: (group: TaskResult[]) => number) {
  const frequencies = [...new Set(rs.map((r) => r.frequency))];
  return Object.fromEntries(frequencies.map((f) => [f, measure(rs.filter((r) => r.frequency === f))])) as Partial<
    Record<Frequency, number>
  >;
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
      maseByFrequency: byFrequency(rs, (group) => mean(group.map((r) => r.mase))),
      maseCommon: mean(rs.filter((r) => common.has(key(r))).map((r) => r.mase)),
      coverage: pooledCoverage(rs),
      coverageByFrequency: byFrequency(rs, pooledCoverage),
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
