// Plain-text tables for the terminal. Figures that matter are given as ratios to the peers, since
// absolute MASE depends on the panel.

import type { SmokeResult } from './hanoi.ts';
import type { SpeedResult } from './micro.ts';
import type { Summary } from './summary.ts';

export const PEERS = ['AutoETS', 'AutoARIMA'] as const;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const num = (x: number | undefined, digits = 3): string => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(digits));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** a / b, or undefined when either side is missing. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? undefined : a / b;
}

export function accuracyTable(summaries: readonly Summary[]): string {
  return table(
    ['method', 'tasks', 'MASE', 'median', 'yearly', 'quarterly', 'monthly', 'like-for-like', '80% cover', 'fits/s', 'fallbacks', 'errors', 'out of range'],
    summaries.map((s) => [
      s.method,
      String(s.tasks),
      num(s.mase),
      num(s.maseMedian),
      num(s.maseByFrequency.yearly),
      num(s.maseByFrequency.quarterly),
      num(s.maseByFrequency.monthly),
      num(s.maseCommon),
      pct(s.coverage),
      num(s.fitsPerSecond, 1),
      String(s.fallbacks),
      String(s.errors),
      String(s.outOfBounds),
    ]),
  );
}

export function coverageTable(summaries: readonly Summary[]): string {
  const cell = (x: number | undefined) => (x === undefined ? '-' : pct(x));
  return table(
    ['method', 'all', 'yearly', 'quarterly', 'monthly'],
    summaries.map((s) => [
      s.method,
      pct(s.coverage),
      cell(s.coverageByFrequency.yearly),
      cell(s.coverageByFrequency.quarterly),
      cell(s.coverageByFrequency.monthly),
    ]),
  );
}

/** Every method's MASE (all tasks and like-for-like) and speed relative to each peer present. */
export function ratioTable(summaries: readonly Summary[]): string {
  const peers = PEERS.map((p) => summaries.find((s) => s.method === p)).filter((s): s is Summary => !!s);
  const header = ['method', ...peers.flatMap((p) => [`MASE/${p.method}`, `like-for-like/${p.method}`, `speed x ${p.method}`])];
  const rows = summaries.map((s) => [
    s.method,
    ...peers.flatMap((p) => [
      num(ratio(s.mase, p.mase)),
      num(ratio(s.maseCommon, p.maseCommon)),
      num(ratio(s.fitsPerSecond, p.fitsPerSecond), 1),
    ]),
  ]);
  return table(header, rows);
}

export function speedTable(results: readonly SpeedResult[]): string {
  const peers = PEERS.map((p) => results.find((r) => r.method === p)).filter((r): r is SpeedResult => !!r);
  return table(
    ['method', 'runs', 'median ms', ...peers.map((p) => `time/${p.method}`), 'note'],
    results.map((r) => [
      r.method,
      String(r.runs),
      num(r.medianMs),
      ...peers.map((p) => num(ratio(r.medianMs, p.medianMs))),
      r.fallback ? `fallback: ${r.fallback}` : '',
    ]),
  );
}

export function smokeTable(results: readonly SmokeResult[]): string {
  const short = (xs: number[] | undefined) => (xs ? xs.map((x) => (Math.abs(x) >= 1000 ? x.toFixed(0) : x.toFixed(2))).join(' / ') : '-');
  return table(
    ['method', 'series', 'ok', 'next two year-ends: mean', 'lower', 'upper', 'note'],
    results.map((r) => [
      r.method,
      r.series,
      r.ok ? 'yes' : 'NO',
      short(r.mean),
      short(r.lower),
      short(r.upper),
      [r.problem, r.fallback && `fallback: ${r.fallback}`].filter(Boolean).join('; '),
    ]),
  );
}
