// The one-sentence text alternative of a forecast chart (its aria-label): the metric, the latest
// reported figure and the forecast median at the first year end, with its 80% range.
import { formatDate, formatValue, type Lang } from '../i18n/format.ts';
import { metricLabel } from '../i18n/terms.ts';
import { text } from '../i18n/text.ts';
import type { ForecastChartInput } from './forecast-chart.ts';

export function chartSummary(input: ForecastChartInput, lang: Lang): string {
  const label = metricLabel(input.metric, lang);
  const history = input.history.filter((o) => o.metric === input.metric);
  const latest = history.reduce<(typeof history)[number] | undefined>((a, o) => (!a || o.asOf > a.asOf ? o : a), undefined);
  const parts: string[] = [];
  if (latest) {
    const value = formatValue(latest.value, latest.unit, lang, latest.qualifier);
    parts.push(`${text('chartLatest', lang)} ${value} (${formatDate(latest.asOf, lang)})`);
  }
  const n = Math.min(input.dates.length, input.bands.length);
  const yearEnd = input.dates.slice(0, n).findIndex((d) => d.endsWith('-12-31'));
  const at = yearEnd >= 0 ? yearEnd : n - 1;
  const bands = input.bands[at];
  if (bands) {
    const fmt = (v: number) => formatValue(v, input.unit, lang);
    const year = input.dates[at]!.slice(0, 4);
    parts.push(
      `${text('chartYearEndMedian', lang)} ${year} ${fmt(bands.p50)} (${text('chartRange80', lang)}: ${fmt(bands.p10)} – ${fmt(bands.p90)})`,
    );
  }
  if (parts.length === 0) parts.push(text('chartNoData', lang).toLocaleLowerCase(lang));
  return `${label}: ${parts.join('; ')}.`;
}
