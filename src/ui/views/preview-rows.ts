// The leadership year-end preview as plain data: the answer cell's rows (answer-rows.ts) for every
// target, each with a traffic-light status worded for leadership and a one-line explanation
// written from the numbers. DOM-free, so tests can check the words against the engine's output.
import type { Dataset, OpenedScenario, ScenarioResult, TargetOutcome, TargetResult } from '../../engine/index.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../i18n/format.ts';
import type { StringKey } from '../i18n/strings.ts';
import { answerRow, type AnswerRow, type Status } from '../notebook/cells/answer-rows.ts';
import { latestFigureDate } from '../dataset/data-age.ts';
import { messageText } from '../i18n/messages.ts';
import { metricLabel } from '../i18n/terms.ts';
import { text } from '../i18n/text.ts';

const STATUS_KEY: Record<Status, StringKey> = {
  good: 'previewStatusGood',
  watch: 'previewStatusWatch',
  risk: 'previewStatusRisk',
};

export interface PreviewRow extends AnswerRow {
  /** Đạt / cần theo dõi / nguy cơ (the answer cell words the same thresholds differently). */
  previewStatusText: string;
  explanation: string;
}

/** A target whose deadline has passed (or that cannot be forecast), as the data answer it. */
export interface OutcomeRow {
  targetId: string;
  metric: string;
  status: TargetOutcome['status'];
  label: string;
  targetText: string;
  deadlineText: string;
  statusText: string;
  /** The figure that shows it ("95,25% ngày 31/12/2024"), or why it is not known. */
  detailText: string;
}

export interface Preview {
  rows: PreviewRow[];
  /** Past deadlines, newest first. */
  outcomes: OutcomeRow[];
  /** The latest date any figure of the scenario's region refers to, formatted; null without data. */
  asOfText: string | null;
  pathsText: string;
}

/** How far short of the target the median is, in the target's unit (points for a share). */
function gapText(gap: number, row: AnswerRow, lang: Lang): string {
  if (row.unit === 'percent') return text('previewPoints', lang, { n: formatNumber(gap, lang, 2) });
  return formatValue(gap, row.unit, lang);
}

/** One sentence from the numbers: % of plan for flows, else the median against the target. */
export function explain(r: TargetResult, row: AnswerRow, lang: Lang): string {
  const p = row.probMeetText;
  if (r.crossing.alreadyReachedOn)
    return text('previewExplainReached', lang, {
      target: row.targetText,
      date: formatDate(r.crossing.alreadyReachedOn, lang),
      median: row.medianText,
    });
  if (row.pctOfTarget) return text('previewExplainPlan', lang, { pct: row.pctOfTarget.text, p });
  const gap = r.target.value - r.yearEnd.p50;
  if (gap <= 0) return text('previewExplainAbove', lang, { median: row.medianText, target: row.targetText, p });
  return text('previewExplainBelow', lang, { median: row.medianText, gap: gapText(gap, row, lang), target: row.targetText, p });
}

export function previewRow(r: TargetResult, dataset: Dataset | null | undefined, lang: Lang): PreviewRow {
  const row = answerRow(r, dataset, lang);
  return { ...row, previewStatusText: text(STATUS_KEY[row.status], lang), explanation: explain(r, row, lang) };
}

const OUTCOME_KEY: Record<TargetOutcome['status'], StringKey> = {
  met: 'previewOutcomeMet',
  missed: 'previewOutcomeMissed',
  unknown: 'previewOutcomeUnknown',
  unavailable: 'previewOutcomeUnavailable',
};

export function outcomeRow(o: TargetOutcome, lang: Lang): OutcomeRow {
  const t = o.target;
  const figure = (e: { value: number; date: string }) =>
    text('previewOutcomeFigure', lang, { value: formatValue(e.value, t.unit, lang), date: formatDate(e.date, lang) });
  const around = 'evidence' in o ? [] : [o.before, o.after].filter((e) => e !== undefined);
  return {
    targetId: t.id,
    metric: t.metric,
    status: o.status,
    label: metricLabel(t.metric, lang),
    targetText: formatValue(t.value, t.unit, lang, t.qualifier),
    deadlineText: formatDate(t.deadline, lang),
    statusText: text(OUTCOME_KEY[o.status], lang),
    detailText:
      'evidence' in o
        ? figure(o.evidence)
        : o.status === 'unknown'
          ? around.length > 0
            ? text('previewOutcomeNearest', lang, { figures: around.map(figure).join(text('previewAnd', lang)) })
            : text('previewOutcomeNoFigure', lang)
          : messageText(o.reason, lang),
  };
}

/** Every target the engine answers, by deadline then in the result's order. */
export function preview(result: ScenarioResult, open: Pick<OpenedScenario, 'dataset' | 'region'> | null | undefined, lang: Lang): Preview {
  const targets = [...result.targets].sort((a, b) => a.target.deadline.localeCompare(b.target.deadline));
  const asOf = latestFigureDate(open);
  return {
    rows: targets.map((t) => previewRow(t, open?.dataset, lang)),
    outcomes: [...result.outcomes].sort((a, b) => b.target.deadline.localeCompare(a.target.deadline)).map((o) => outcomeRow(o, lang)),
    asOfText: asOf && formatDate(asOf, lang),
    pathsText: formatNumber(result.paths, lang),
  };
}
