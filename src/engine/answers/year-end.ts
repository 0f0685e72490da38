// "What will the year end look like?": for every metric with a target in the year, the latest
// actual, the simulated 31 December value (median, 80% and 95% ranges), the plan and P(meet).
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Observation, Target } from '../io/observation-schema.ts';
import { seriesKey } from '../series/series.ts';
import { yearEnd, yearOf } from '../time.ts';
import { probabilityAtLeast } from '../forecast/percentiles.ts';
import { summarize, type Distribution } from './quantile.ts';
import { makeContext, NotForecastable, simulate, type MetricPaths, type SimulationSettings } from './simulate.ts';

export interface YearEndAnswer {
  metric: string;
  region: Target['region'];
  unit: Target['unit'];
  year: number;
  target: Target;
  latest: Observation;
  /** 'actual' when the year has ended in the data; 'forecast' otherwise; 'unavailable' with a reason. */
  status: 'actual' | 'forecast' | 'unavailable';
  value?: Distribution;
  /** P(year-end value >= target), 0..1; 1 or 0 for an actual. */
  probMeet?: number;
  /** Year-end value as % of the target (median and 80% range), e.g. revenue against its plan. */
  pctOfTarget?: { median: number; p10: number; p90: number };
  model?: string;
  method?: MetricPaths['method'];
  /** Observation ids the answer rests on. */
  basisIds: string[];
  excluded: Array<{ id: string; reason: string }>;
  reason?: string;
}

export interface YearEndOptions {
  nPaths?: number;
  seed?: number;
}

export function yearEndPreview(
  dataset: Dataset,
  metrics: readonly MetricDef[],
  year: number,
  options: YearEndOptions = {},
): YearEndAnswer[] {
  const ctx = makeContext(dataset, metrics);
  const settings: SimulationSettings = { until: yearEnd(year), nPaths: options.nPaths ?? 5000, seed: options.seed ?? 1 };
  const targets = dataset.targets.filter((t) => yearOf(t.deadline) === year && t.deadline === yearEnd(year));
  const answers: YearEndAnswer[] = [];
  for (const target of targets) {
    const series = ctx.series.get(seriesKey(target.metric, target.region));
    const latest = series?.points.at(-1);
    if (!series || !latest) continue;
    const latestObs = dataset.observations.find((o) => o.id === latest.observationId)!;
    const base = { metric: target.metric, region: target.region, unit: target.unit, year, target, latest: latestObs };
    const actual = series.points.find((p) => p.date === yearEnd(year));
    if (actual) {
      const v = actual.value;
      answers.push({
        ...base,
        status: 'actual',
        value: { median: v, p10: v, p90: v, p2_5: v, p97_5: v },
        probMeet: v >= target.value ? 1 : 0,
        pctOfTarget: { median: (100 * v) / target.value, p10: (100 * v) / target.value, p90: (100 * v) / target.value },
        basisIds: [actual.observationId],
        excluded: [],
      });
      continue;
    }
    if (latest.date > yearEnd(year)) continue;
    try {
      const sim = simulate(ctx, target.metric, target.region, settings);
      const last = sim.paths.at(-1)!;
      const pct = last.map((v) => (100 * v) / target.value);
      const pctSummary = summarize(pct);
      answers.push({
        ...base,
        status: 'forecast',
        value: summarize(last),
        probMeet: probabilityAtLeast(last, target.value),
        pctOfTarget: { median: pctSummary.median, p10: pctSummary.p10, p90: pctSummary.p90 },
        model: sim.model,
        method: sim.method,
        basisIds: sim.basisIds,
        excluded: sim.inputs.excluded.map((e) => ({ id: e.point.observationId, reason: e.reason })),
      });
    } catch (error) {
      if (!(error instanceof NotForecastable)) throw error;
      answers.push({ ...base, status: 'unavailable', basisIds: [], excluded: [], reason: error.message });
    }
  }
  return answers;
}
