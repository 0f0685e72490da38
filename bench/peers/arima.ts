// arima (WASM port of ctsa): AutoARIMA, seasonal when the series has two seasons. Loaded with the
// package's synchronous build (fine in Node). Its answer is [means, variances]; the intervals are
// normal ones around the mean. The C code prints diagnostics ("non-stationary AR part") straight
// to stdout, which would break the report, so calls run with stdout muted.

import { createRequire } from 'node:module';
import { normalQuantile } from '../../src/engine/models/normal-quantile.ts';
import type { Forecaster, Method } from '../harness.ts';
import { fallback } from './naive.ts';

type ArimaConstructor = typeof import('arima');

/** The package refuses shorter series in auto mode: max(2 * s + d_max, 20) with d_max = 2. */
export function minArimaLength(seasonalPeriod: number): number {
  return Math.max(seasonalPeriod > 1 ? 2 * seasonalPeriod + 2 : 0, 20);
}

let ARIMA: ArimaConstructor | undefined;

function muted<T>(fn: () => T): T {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return fn();
  } finally {
    process.stdout.write = write;
  }
}

export const arima: Forecaster = (train, horizon, levels, seasonalPeriod) => {
  const args = [train, horizon, levels, seasonalPeriod] as const;
  if (!ARIMA) throw new Error('arima adapter used before load()');
  if (train.length < minArimaLength(1)) return fallback(`fewer than ${minArimaLength(1)} points`, ...args);
  const s = seasonalPeriod > 1 && train.length >= minArimaLength(seasonalPeriod) ? seasonalPeriod : 0;
  const model = new ARIMA({ auto: true, s, verbose: false });
  let pred: number[];
  let variance: number[];
  try {
    [pred, variance] = muted(() => model.train(train).predict(horizon));
  } catch (e) {
    return fallback(`model error: ${e instanceof Error ? e.message : String(e)}`, ...args);
  } finally {
    model.destroy();
  }
  if (![...pred, ...variance].every(Number.isFinite)) return fallback('non-finite forecast', ...args);
  const intervals = levels.map((level) => {
    const z = normalQuantile(0.5 + level / 2);
    const half = variance.map((v) => z * Math.sqrt(Math.max(v, 0)));
    return { lower: pred.map((m, i) => m - half[i]!), upper: pred.map((m, i) => m + half[i]!) };
  });
  return { mean: pred, intervals };
};

export async function load(): Promise<Method> {
  ARIMA ??= createRequire(import.meta.url)('arima') as ArimaConstructor;
  return { name: 'AutoARIMA', forecast: arima };
}
