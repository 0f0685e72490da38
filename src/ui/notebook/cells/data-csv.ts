// A CSV pasted or imported into a data cell, as the observations it becomes. Loaded when the user
// imports (DataCell.svelte), so the CSV reader (papaparse) stays out of the first load.
import { MAX_DATE, MIN_DATE, readCsvSeries, SCENARIO_LIMITS, type Observation } from '../../../engine/index.ts';
import type { Lang } from '../../i18n/format.ts';
import type { ShownIssue } from '../../i18n/messages.ts';
import { metricById } from '../../i18n/metric-catalogue.ts';
import { text } from '../../i18n/text.ts';
import { checkValue, figureAt, type OpenData } from './data-rows.ts';

/** The reader's problems (keyed, shown in the UI's language) and the cell's own, written in `lang`. */
export type CsvImport = { ok: true; observations: Observation[] } | { ok: false; issues: ShownIssue[] };

/**
 * A pasted or imported CSV: `date,value` for the cell's first metric, or `series,date,value` with
 * series = a metric id of the cell. Any problem (the reader's, including its size limits, a date
 * or value a metric cannot take, or more user figures than a scenario file may hold) stops the
 * whole import, so nothing changes until the file is right.
 */
export function importCsv(
  csv: string,
  fileName: string,
  metrics: readonly string[],
  open: OpenData | null | undefined,
  lang: Lang,
): CsvImport {
  const read = readCsvSeries(csv, fileName);
  const issues: ShownIssue[] = [...read.issues];
  const observations: Observation[] = [];
  const single = read.series.length === 1 && read.series[0]!.id === 'value';
  for (const series of read.series) {
    const metric = single ? metrics[0]! : series.id;
    const def = metricById(metric);
    if (!def || !metrics.includes(metric)) {
      issues.push({ where: fileName, message: text('dataImportNotInCell', lang, { series: series.id, metrics: metrics.join(', ') }) });
      continue;
    }
    for (const p of series.points) {
      const where = `${fileName}:${p.line}`;
      const checked = checkValue(p.value, def, lang);
      if (p.date < MIN_DATE || p.date > MAX_DATE)
        issues.push({ where, message: text('dataImportDateRange', lang, { date: p.date, min: MIN_DATE, max: MAX_DATE }) });
      else if (!checked.ok) issues.push({ where, message: checked.message });
      else {
        const o = figureAt(metric, p.date, p.value, open, {
          document: fileName,
          quote: `Imported in targetcast from ${fileName}, line ${p.line}`,
        });
        if (o) observations.push(o);
      }
    }
  }
  const own = new Set([...(open?.dataset.observations ?? []).filter((o) => o.source.origin === 'user'), ...observations].map((o) => o.id));
  if (issues.length === 0 && own.size > SCENARIO_LIMITS.maxObservations)
    issues.push({ where: fileName, message: text('dataImportTooMany', lang, { max: SCENARIO_LIMITS.maxObservations, count: own.size }) });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, observations };
}
