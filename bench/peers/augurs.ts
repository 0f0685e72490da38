// @bsull/augurs (WASM): AutoETS for non-seasonal series, MSTL with an AutoETS trend for seasonal
// ones (its AutoETS has no seasonal models). The WASM modules are initialised once, synchronously
// from the files shipped next to the JS, because Node's fetch cannot read file: URLs.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AutoETS, initSync as initEts, type Forecast as AugursForecast } from '@bsull/augurs/ets';
import { MSTL, initSync as initMstl } from '@bsull/augurs/mstl';
import type { Forecaster, Method } from '../harness.ts';
import { fallback } from './naive.ts';

/** AutoETS refuses fewer points ("not enough data"). */
export const MIN_ETS = 7;

let initialised = false;
function init(): void {
  if (initialised) return;
  const dir = dirname(createRequire(import.meta.url).resolve('@bsull/augurs/ets'));
  initEts({ module: readFileSync(join(dir, 'ets_bg.wasm')) });
  initMstl({ module: readFileSync(join(dir, 'mstl_bg.wasm')) });
  initialised = true;
}

/** Fits once, predicts at every level and frees the WASM model even when a step throws. */
function run(model: AutoETS | MSTL, train: number[], horizon: number, levels: readonly number[]): AugursForecast[] {
  try {
    model.fit(train);
    return levels.map((level) => model.predict(horizon, level));
  } finally {
    model.free();
  }
}

export const augurs: Forecaster = (train, horizon, levels, seasonalPeriod) => {
  const args = [train, horizon, levels, seasonalPeriod] as const;
  // MSTL needs two full seasons to estimate the seasonal component.
  const seasonal = seasonalPeriod > 1 && train.length >= 2 * seasonalPeriod;
  if (!seasonal && train.length < MIN_ETS) return fallback(`fewer than ${MIN_ETS} points`, ...args);
  let results: AugursForecast[];
  try {
    results = run(seasonal ? MSTL.ets([seasonalPeriod]) : new AutoETS(1, 'ZZN'), train, horizon, levels);
  } catch (e) {
    return fallback(`model error: ${e instanceof Error ? e.message : String(e)}`, ...args);
  }
  const intervals = results.map((r) => r.intervals);
  if (!intervals.every((i) => i !== undefined)) return fallback('no intervals', ...args);
  return { mean: results[0]!.point, intervals: intervals.map((i) => ({ lower: i!.lower, upper: i!.upper })) };
};

export async function load(): Promise<Method> {
  init();
  return { name: 'AutoETS', forecast: augurs };
}
