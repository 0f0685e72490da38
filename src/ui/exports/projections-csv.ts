// The projections as CSV: one row per metric and forecast date, with the scenario's bands and the
// baseline's side by side, the unit, and the metric's English label.
import { metricById } from '../../data/metrics.ts';
import type { Bands, ScenarioResult } from '../../engine/index.ts';
import type { Lang } from '../i18n/format.ts';
import { toCsv, type CsvValue } from './csv.ts';

const BANDS = ['p2_5', 'p10', 'p50', 'p90', 'p97_5'] as const satisfies ReadonlyArray<keyof Bands>;

export const PROJECTION_FIELDS = [
  'metric',
  'metric_label',
  'unit',
  'date',
  ...BANDS,
  ...BANDS.map((b) => `baseline_${b}` as const),
] as const;

type Field = (typeof PROJECTION_FIELDS)[number];

export function projectionRecords(result: ScenarioResult): Array<Record<Field, CsvValue>> {
  return result.metrics.flatMap((m) => {
    const def = metricById(m.metric);
    return result.dates.map((date, i) => {
      const s = m.bands[i];
      const b = m.baseline[i];
      return {
        metric: m.metric,
        metric_label: def?.label.en ?? m.metric,
        unit: def?.unit ?? null,
        date,
        p2_5: s?.p2_5 ?? null,
        p10: s?.p10 ?? null,
        p50: s?.p50 ?? null,
        p90: s?.p90 ?? null,
        p97_5: s?.p97_5 ?? null,
        baseline_p2_5: b?.p2_5 ?? null,
        baseline_p10: b?.p10 ?? null,
        baseline_p50: b?.p50 ?? null,
        baseline_p90: b?.p90 ?? null,
        baseline_p97_5: b?.p97_5 ?? null,
      };
    });
  });
}

export function projectionsCsv(result: ScenarioResult, lang: Lang): string {
  return toCsv(PROJECTION_FIELDS, projectionRecords(result), lang);
}
