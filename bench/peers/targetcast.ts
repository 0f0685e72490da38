// targetcast's own automatic forecaster behind the peers' Forecaster signature. Unlike the peers it
// gets real decimal-year times (irregular spacing allowed) and the bounded scale, and it infers the
// seasonal period itself, as it does for users. run.ts imports this module dynamically, so if the
// engine fails to import, the method is skipped with the reason instead of stopping the bench.

import { autoForecast } from '../../src/engine/forecast/auto.ts';
import type { Forecaster, Method, SeriesContext } from '../harness.ts';

/** Regular times when no context is given: one step is a year divided by the seasonal period. */
function regularContext(n: number, horizon: number, period: number): SeriesContext {
  const step = 1 / Math.max(1, period);
  const t = Array.from({ length: n + horizon }, (_, i) => 2000 + i * step);
  return { t: t.slice(0, n), tAhead: t.slice(n), scale: 'count' };
}

export const targetcast: Forecaster = (train, horizon, levels, seasonalPeriod, context) => {
  const { t, tAhead, scale } = context ?? regularContext(train.length, horizon, seasonalPeriod);
  const percents = levels.map((level) => Math.round(level * 100)); // the engine's levels are in percent
  const rows = autoForecast(
    train.map((y, i) => ({ t: t[i]!, y })),
    { scale, levels: percents },
  ).predict(tAhead);
  const intervals = percents.map((percent) => {
    const bands = rows.map((r) => {
      const band = r.bands.find((b) => b.level === percent);
      if (!band) throw new Error(`no ${percent}% band in the forecast`);
      return band;
    });
    return { lower: bands.map((b) => b.lower), upper: bands.map((b) => b.upper) };
  });
  return { mean: rows.map((r) => r.mean), intervals };
};

export async function load(): Promise<Method> {
  return { name: 'targetcast', forecast: targetcast };
}
