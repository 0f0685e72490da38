// What a chart cell shows, taken from the notebook's state: the metric's history in the open
// dataset, the scenario's bands and the baseline's, and the metric's targets with crossings.
import { metricById } from '../../i18n/metric-catalogue.ts';
import type { ScenarioResult, OpenedScenario } from '../../../engine/index.ts';
import type { ForecastChartInput } from '../../charts/forecast-chart.ts';

export function chartInput(
  metric: string,
  showBaseline: boolean,
  opened: OpenedScenario | null,
  result: ScenarioResult | null,
): ForecastChartInput | null {
  const def = metricById(metric);
  if (!def || !opened) return null;
  const history = opened.dataset.observations.filter((o) => o.metric === metric && o.region === opened.region);
  const forecast = result?.metrics.find((m) => m.metric === metric);
  const targets =
    result?.targets.filter((t) => t.target.metric === metric) ??
    opened.dataset.targets.filter((t) => t.metric === metric && t.region === opened.region);
  return {
    metric,
    unit: def.unit,
    history,
    dates: forecast ? result!.dates : [],
    bands: forecast?.bands ?? [],
    ...(forecast ? { baseline: forecast.baseline } : {}),
    targets,
    showBaseline,
  };
}
