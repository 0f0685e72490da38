// The year-end answers as CSV: one row per target with its value, the scenario's median and 80%
// range at the deadline, P(meet) beside the baseline's, and the dates the target is reached.
import { metricById } from '../../data/metrics.ts';
import type { ScenarioResult } from '../../engine/index.ts';
import type { Lang } from '../i18n/format.ts';
import { toCsv, type CsvValue } from './csv.ts';

export const ANSWER_FIELDS = [
  'target_id',
  'metric',
  'metric_label',
  'region',
  'unit',
  'deadline',
  'target_value',
  'median',
  'p10',
  'p90',
  'prob_meet',
  'baseline_median',
  'baseline_prob_meet',
  'reached_on',
  'date_median',
  'date_p10',
  'date_p90',
  'prob_by_deadline',
] as const;

type Field = (typeof ANSWER_FIELDS)[number];

export function answerRecords(result: ScenarioResult): Array<Record<Field, CsvValue>> {
  return result.targets.map(({ target, yearEnd, baselineYearEnd, probMeet, baselineProbMeet, crossing }) => ({
    target_id: target.id,
    metric: target.metric,
    metric_label: metricById(target.metric)?.label.en ?? target.metric,
    region: target.region,
    unit: target.unit,
    deadline: target.deadline,
    target_value: target.value,
    median: yearEnd.p50,
    p10: yearEnd.p10,
    p90: yearEnd.p90,
    prob_meet: probMeet,
    baseline_median: baselineYearEnd.p50,
    baseline_prob_meet: baselineProbMeet,
    reached_on: crossing.alreadyReachedOn,
    date_median: crossing.medianDate,
    date_p10: crossing.p10Date,
    date_p90: crossing.p90Date,
    prob_by_deadline: crossing.probByDeadline,
  }));
}

export function answersCsv(result: ScenarioResult, lang: Lang): string {
  return toCsv(ANSWER_FIELDS, answerRecords(result), lang);
}
