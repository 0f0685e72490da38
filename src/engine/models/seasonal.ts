// Seasonality for monthly and quarterly data: the period is inferred from the spacing, tested with
// the autocorrelation rule of the M4 benchmarks, and removed with a classical additive
// decomposition on the fitting scale (multiplicative on the original scale for counts, since the
// fitting scale is log). Any non-seasonal model then forecasts the adjusted series.

import { stepsAhead } from './steps.ts';
import type { ModelDefinition, Series } from './types.ts';

/** 12 for monthly spacing, 4 for quarterly, 1 (no seasonality) otherwise. */
export function inferPeriod(step: number): number {
  for (const period of [12, 4]) if (Math.abs(step * period - 1) < 0.15) return period;
  return 1;
}

/** True when every gap is within 30% of one period-step, so positions map onto seasons. */
export function isRegular(t: readonly number[], period: number): boolean {
  for (let i = 1; i < t.length; i++) if (Math.abs((t[i]! - t[i - 1]!) * period - 1) > 0.3) return false;
  return true;
}

/** Season of time t, counted from the series' first observation. */
function phaseOf(t: number, t0: number, period: number): number {
  const k = Math.round((t - t0) * period) % period;
  return k < 0 ? k + period : k;
}

function autocorrelation(y: readonly number[], lag: number, mean: number, variance: number): number {
  let total = 0;
  for (let i = lag; i < y.length; i++) total += (y[i]! - mean) * (y[i - lag]! - mean);
  return total / variance;
}

/**
 * |acf(period)| of the first differences above its 90% limit under the hypothesis of no
 * seasonality (Bartlett's formula). Differencing first keeps a strong trend from hiding the season.
 */
export function hasSeasonality(y: readonly number[], period: number): boolean {
  if (period < 2 || y.length < 2 * period + 1) return false;
  const changes = y.slice(1).map((v, i) => v - y[i]!);
  const mean = changes.reduce((a, b) => a + b, 0) / changes.length;
  const variance = changes.reduce((a, b) => a + (b - mean) ** 2, 0);
  if (variance === 0) return false;
  let s = 1;
  for (let k = 1; k < period; k++) s += 2 * autocorrelation(changes, k, mean, variance) ** 2;
  return Math.abs(autocorrelation(changes, period, mean, variance)) > 1.645 * Math.sqrt(s / changes.length);
}

/** Additive seasonal indices (summing to 0) from a centred moving average; needs 2 full periods. */
export function seasonalIndices({ t, y }: Series, period: number): number[] {
  const n = y.length;
  const half = Math.floor(period / 2);
  const sums = new Array<number>(period).fill(0);
  const counts = new Array<number>(period).fill(0);
  for (let i = half; i < n - half; i++) {
    // Even periods use the 2 x m moving average: half weight on the two end points.
    let trend = 0;
    for (let j = -half; j <= half; j++) {
      const w = period % 2 === 0 && Math.abs(j) === half ? 0.5 : 1;
      trend += w * y[i + j]!;
    }
    trend /= period;
    const p = phaseOf(t[i]!, t[0]!, period);
    sums[p]! += y[i]! - trend;
    counts[p]!++;
  }
  const raw = sums.map((s, p) => (counts[p]! > 0 ? s / counts[p]! : 0));
  const mean = raw.reduce((a, b) => a + b, 0) / period;
  return raw.map((v) => v - mean);
}

/** Fits `model` to the seasonally adjusted series and adds the season back to its forecasts. */
export function seasonallyAdjusted(model: ModelDefinition, period: number): ModelDefinition {
  return {
    name: model.name,
    minPoints: Math.max(model.minPoints, 2 * period),
    fit(series, context) {
      const t0 = series.t[0]!;
      const indices = seasonalIndices(series, period);
      const season = (at: number) => indices[phaseOf(at, t0, period)]!;
      const inner = model.fit({ t: series.t, y: series.y.map((v, i) => v - season(series.t[i]!)) }, context);
      return { point: (at) => inner.point(at) + season(at), sd: inner.sd, params: inner.params };
    },
  };
}

/** Seasonal naive: the value one season ago carries forward, season by season. */
export function seasonalNaive(period: number): ModelDefinition {
  return {
    name: 'seasonal naive',
    minPoints: period + 1,
    fit({ t, y }, { step }) {
      const n = y.length;
      const lastT = t[n - 1]!;
      const t0 = t[0]!;
      const lastOfPhase = new Map<number, number>();
      for (let i = 0; i < n; i++) lastOfPhase.set(phaseOf(t[i]!, t0, period), y[i]!);
      const seasonalChanges = y.slice(period).map((v, i) => v - y[i]!);
      const sigma = Math.sqrt(seasonalChanges.reduce((a, d) => a + d * d, 0) / Math.max(1, seasonalChanges.length));
      return {
        point: (at) => lastOfPhase.get(phaseOf(at, t0, period)) ?? y[n - 1]!,
        sd: (at) => sigma * Math.sqrt(Math.ceil(Math.max(0, stepsAhead(at, lastT, step)) / period)),
        params: { period },
      };
    },
  };
}
