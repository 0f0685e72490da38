// What the sheet builders share about records: metric names from the definitions they are given
// (never the built-in catalogue, so a user's own metrics are named too) and one reading order.
import type { MetricDef } from '../../engine/index.ts';
import type { Lang } from '../i18n/format.ts';

/** A metric's name in a language from the given definitions, or its id when none is given. */
export function metricNamer(metrics: readonly MetricDef[], lang: Lang): (id: string) => string {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (id) => byId.get(id)?.label[lang] ?? id;
}

/** Records by metric (in the definitions' order, unknown ones last by id), region, then date. */
export function sortedRecords<R extends { metric: string; region: string }>(
  records: readonly R[],
  metrics: readonly MetricDef[],
  date: (r: R) => string,
): R[] {
  const order = new Map(metrics.map((m, i) => [m.id, i]));
  const rank = (id: string) => order.get(id) ?? metrics.length;
  return [...records].sort(
    (a, b) =>
      rank(a.metric) - rank(b.metric) ||
      a.metric.localeCompare(b.metric) ||
      a.region.localeCompare(b.region) ||
      date(a).localeCompare(date(b)),
  );
}
