// The leadership year-end preview as plain data: the answer cell's rows (answer-rows.ts) for every
// target, each with a traffic-light status worded for leadership and a one-line explanation
// written from the numbers. DOM-free, so tests can check the words against the engine's output.
import type { Dataset, OpenedScenario, ScenarioResult, TargetResult } from '../../engine/index.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../i18n/format.ts';
import type { StringKey } from '../i18n/strings.ts';
import { answerRow, type AnswerRow, type Status } from '../notebook/cells/answer-rows.ts';
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

export interface Preview {
  rows: PreviewRow[];
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

function dataAsOf(open: Pick<OpenedScenario, 'dataset' | 'region'> | null | undefined): string | null {
  let latest: string | null = null;
  for (const o of open?.dataset.observations ?? []) if (o.region === open?.region && (!latest || o.asOf > latest)) latest = o.asOf;
  return latest;
}

/** Every target the engine answers, by deadline then in the result's order. */
export function preview(result: ScenarioResult, open: Pick<OpenedScenario, 'dataset' | 'region'> | null | undefined, lang: Lang): Preview {
  const targets = [...result.targets].sort((a, b) => a.target.deadline.localeCompare(b.target.deadline));
  const asOf = dataAsOf(open);
  return {
    rows: targets.map((t) => previewRow(t, open?.dataset, lang)),
    asOfText: asOf && formatDate(asOf, lang),
    pathsText: formatNumber(result.paths, lang),
  };
}
