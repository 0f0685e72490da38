// targetcast's own automatic forecaster, behind the same Forecaster signature as the peers. Unlike
// them it gets real decimal-year times (irregular spacing) and the bounded scale.
//
// The engine module is imported dynamically so that the bench (and tsc) keep working while
// src/engine/forecast/auto.ts is being written; `load()` rejects when it cannot be imported and
// run.ts then skips the method. Once auto.ts exists, a static import would let tsc check the contract.

import type { Forecaster, Method, SeriesContext } from '../harness.ts';

/** The contract of src/engine/forecast/auto.ts (levels in percent, e.g. 80). */
interface AutoForecastModule {
  autoForecast(
    points: { t: number; y: number }[],
    options: { scale: SeriesContext['scale']; levels: number[] },
  ): {
    predict(ts: number[]): { t: number; mean: number; bands: { level: number; lower: number; upper: number }[] }[];
  };
}

const AUTO = new URL('../../src/engine/forecast/auto.ts', import.meta.url).href;

/** Regular times when no context is given: one step is a year divided by the seasonal period. */
function regularContext(n: number, horizon: number, period: number): SeriesContext {
  const step = 1 / Math.max(1, period);
  const t = Array.from({ length: n + horizon }, (_, i) => 2000 + i * step);
  return { t: t.slice(0, n), tAhead: t.slice(n), scale: 'count' };
}

export function adapter(engine: AutoForecastModule): Forecaster {
  return (train, horizon, level, seasonalPeriod, context) => {
    const { t, tAhead, scale } = context ?? regularContext(train.length, horizon, seasonalPeriod);
    const percent = Math.round(level * 100);
    const model = engine.autoForecast(
      train.map((y, i) => ({ t: t[i]!, y })),
      { scale, levels: [percent] },
    );
    const rows = model.predict(tAhead);
    const bands = rows.map((r) => {
      const band = r.bands.find((b) => b.level === percent);
      if (!band) throw new Error(`no ${percent}% band in the forecast`);
      return band;
    });
    return { mean: rows.map((r) => r.mean), lower: bands.map((b) => b.lower), upper: bands.map((b) => b.upper) };
  };
}

export async function load(): Promise<Method> {
  const engine = (await import(/* @vite-ignore */ AUTO)) as AutoForecastModule;
  if (typeof engine.autoForecast !== 'function') throw new Error(`${AUTO} has no autoForecast export`);
  return { name: 'targetcast', forecast: adapter(engine) };
}
