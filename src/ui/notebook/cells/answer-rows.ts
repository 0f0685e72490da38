// The answer table as plain data: for each target the engine answers, the latest actual, the
// year-end median and 80% range, the plan, % of plan for flows, P(meet) beside the baseline's,
// and the date it is reached. Every figure is formatted with its unit for the page's language.
import { metricById, metricCatalogue } from '../../i18n/metric-catalogue.ts';
import { denominatorWord } from '../../i18n/terms.ts';
import {
  impliedLatestShare,
  newestObservation,
  type Dataset,
  type Observation,
  type Unit,
  type CrossingResult,
  type ScenarioResult,
  type TargetResult,
} from '../../../engine/index.ts';
import { decimalsFor, formatDate, formatNumber, formatValue, type Lang } from '../../i18n/format.ts';
import type { StringKey } from '../../i18n/strings.ts';
import { messageText } from '../../i18n/messages.ts';
import { text } from '../../i18n/text.ts';

export type Status = 'good' | 'watch' | 'risk';

const STATUS_KEY: Record<Status, StringKey> = { good: 'answerStatusGood', watch: 'answerStatusWatch', risk: 'answerStatusRisk' };

/** Green from P(meet) 0.8, amber from 0.5, red below. */
export function statusOf(probMeet: number): Status {
  return probMeet >= 0.8 ? 'good' : probMeet >= 0.5 ? 'watch' : 'risk';
}

/** A simulated probability: whole percent, and never a flat 0% or 100% unless every path agrees. */
export function formatProbability(p: number, lang: Lang): string {
  if (p > 0 && p < 0.005) return `< ${formatNumber(1, lang)}%`;
  if (p < 1 && p > 0.995) return `> ${formatNumber(99, lang)}%`;
  return `${formatNumber(Math.round(p * 100), lang, 0)}%`;
}

export interface DateAnswer {
  kind: 'reached' | 'expected' | 'not-reached';
  text: string;
  /** The 10-90% range of the date, when it is a range. */
  rangeText: string | null;
  /** The chance of reaching it by the deadline, when not reached yet. */
  byDeadlineText: string | null;
}

export interface AnswerRow {
  /** Why a head count's range reaches below its newest figure, when it does by 5% or more. */
  belowLatestText: string | null;
  metric: string;
  targetId: string;
  label: string;
  unit: Unit;
  deadline: string;
  deadlineText: string;
  latest: { observation: Observation; valueText: string; dateText: string } | null;
  /** A newer figure of a share, implied by its newer count (implied-latest.ts); never in place of `latest`. */
  impliedLatest: { valueText: string; whyText: string; count: Observation } | null;
  medianText: string;
  rangeText: string;
  targetText: string;
  /** Median (and 80% range) as % of the target, for flows such as revenue. */
  pctOfTarget: { median: number; text: string; rangeText: string } | null;
  probMeet: number;
  probMeetText: string;
  /** The baseline's P(meet), when the scenario's differs from it. */
  baselineProbMeetText: string | null;
  status: Status;
  statusText: string;
  date: DateAnswer;
}

export function dateAnswer(crossing: CrossingResult, lang: Lang): DateAnswer {
  const d = (iso: string | null) => (iso ? formatDate(iso, lang) : text('answerAfterHorizon', lang));
  const byDeadlineText = text('answerProbByDeadline', lang, { p: formatProbability(crossing.probByDeadline, lang) });
  if (crossing.alreadyReachedOn)
    return {
      kind: 'reached',
      text: text('answerReachedOn', lang, { date: d(crossing.alreadyReachedOn) }),
      rangeText: null,
      byDeadlineText: null,
    };
  if (crossing.medianDate) {
    const spread = crossing.p10Date !== crossing.p90Date;
    return {
      kind: 'expected',
      text: text('answerExpectedOn', lang, { date: d(crossing.medianDate) }),
      rangeText: spread ? text('answerDateRange', lang, { from: d(crossing.p10Date), to: d(crossing.p90Date) }) : null,
      byDeadlineText,
    };
  }
  return { kind: 'not-reached', text: text('answerNotReached', lang), rangeText: null, byDeadlineText };
}

type DatasetFacts = Pick<AnswerRow, 'latest' | 'impliedLatest'>;

// The latest and implied figures read every observation, and a lever move changes neither: they
// are computed once per dataset, metric catalogue, metric, region and language, so an answer's
// update on each move does not grow with the imported history (about 1 ms per 1,000 observations
// for a table of nine rows otherwise). The rows share these objects: nothing may change them.
const factsCache = new WeakMap<Dataset, WeakMap<object, Map<string, DatasetFacts>>>();

function datasetFacts(dataset: Dataset, target: TargetResult['target'], lang: Lang): DatasetFacts {
  const catalogue = metricCatalogue();
  let byCatalogue = factsCache.get(dataset);
  if (!byCatalogue) factsCache.set(dataset, (byCatalogue = new WeakMap()));
  let byKey = byCatalogue.get(catalogue);
  if (!byKey) byCatalogue.set(catalogue, (byKey = new Map()));
  const key = `${target.metric}\u0000${target.region}\u0000${lang}`;
  let facts = byKey.get(key);
  if (!facts) {
    const latest = newestObservation(dataset.observations, target.metric, target.region);
    facts = {
      latest: latest && {
        observation: latest,
        valueText: formatValue(latest.value, latest.unit, lang, latest.qualifier),
        dateText: formatDate(latest.asOf, lang),
      },
      impliedLatest: impliedLatestRow(dataset, target, lang),
    };
    byKey.set(key, facts);
  }
  return facts;
}

function impliedLatestRow(dataset: Dataset, t: TargetResult['target'], lang: Lang): AnswerRow['impliedLatest'] {
  const implied = impliedLatestShare(dataset, metricCatalogue(), t.metric, t.region);
  if (!implied) return null;
  const { count, base, growthStated: rate } = implied;
  const growth =
    rate === 0
      ? ''
      : text(rate > 0 ? 'answerImpliedGrowth' : 'answerImpliedDecline', lang, { rate: formatNumber(Math.abs(rate), lang, 1) });
  return {
    valueText: text('answerImpliedLatest', lang, {
      value: formatValue(implied.value, 'percent', lang),
      date: formatDate(implied.asOf, lang),
    }),
    whyText: text('answerImpliedLatestWhy', lang, {
      count: formatValue(count.value, count.unit, lang, count.qualifier),
      countDate: formatDate(count.asOf, lang),
      denominator: denominatorWord(base.denominator, lang),
      base: formatValue(implied.baseStated, count.unit, lang),
      baseDate: formatDate(base.date, lang),
      growth,
    }),
    count,
  };
}

export function answerRow(r: TargetResult, dataset: Dataset | null | undefined, lang: Lang): AnswerRow {
  const { target, yearEnd } = r;
  const unit = target.unit;
  const def = metricById(target.metric);
  const v = (x: number) => formatValue(x, unit, lang);
  // A range writes the unit once: "95,57 – 95,71%", "77.319,7 – 84.606,1 tỷ đồng".
  const range = (lo: number, hi: number) => `${formatNumber(lo, lang, decimalsFor(unit, lo))} – ${v(hi)}`;
  const facts = dataset ? datasetFacts(dataset, target, lang) : { latest: null, impliedLatest: null };
  const pct = (x: number) => (100 * x) / target.value;
  const pctText = (x: number) => `${formatNumber(pct(x), lang, 1)}%`;
  const pctRange = `${formatNumber(pct(yearEnd.p10), lang, 1)} – ${pctText(yearEnd.p90)}`;
  const flow = def?.kind === 'ytd-flow' && target.value > 0;
  const status = statusOf(r.probMeet);
  return {
    metric: target.metric,
    targetId: target.id,
    label: def?.label[lang] ?? target.metric,
    unit,
    deadline: target.deadline,
    deadlineText: formatDate(target.deadline, lang),
    ...facts,
    medianText: v(yearEnd.p50),
    rangeText: range(yearEnd.p10, yearEnd.p90),
    targetText: formatValue(target.value, unit, lang, target.qualifier),
    pctOfTarget: flow ? { median: pct(yearEnd.p50), text: pctText(yearEnd.p50), rangeText: pctRange } : null,
    probMeet: r.probMeet,
    probMeetText: formatProbability(r.probMeet, lang),
    baselineProbMeetText:
      formatProbability(r.baselineProbMeet, lang) === formatProbability(r.probMeet, lang)
        ? null
        : formatProbability(r.baselineProbMeet, lang),
    status,
    statusText: text(STATUS_KEY[status], lang),
    date: dateAnswer(r.crossing, lang),
    belowLatestText:
      r.belowLatest && r.belowLatest.probability >= BELOW_LATEST_SHOWN
        ? text('answerBelowLatest', lang, {
            p: formatProbability(r.belowLatest.probability, lang),
            value: formatValue(r.belowLatest.value, unit, lang),
            date: formatDate(r.belowLatest.date, lang),
            reason: messageText(r.belowLatest.reason, lang),
          })
        : null,
  };
}

/** A head count's chance of ending below its newest figure worth a word (5%). */
export const BELOW_LATEST_SHOWN = 0.05;

/** The rows of an answer cell: every target, or those of `metrics` in that order. */
export function answerRows(
  result: ScenarioResult,
  dataset: Dataset | null | undefined,
  metrics: readonly string[] | undefined,
  lang: Lang,
): AnswerRow[] {
  const chosen = metrics ? result.targets.filter((t) => metrics.includes(t.target.metric)) : result.targets;
  const order = (t: TargetResult) => (metrics ? metrics.indexOf(t.target.metric) : 0);
  return [...chosen].sort((a, b) => order(a) - order(b)).map((t) => answerRow(t, dataset, lang));
}

/** The deadlines the rows answer for, for the caption ("31/12/2025"). */
export function periodText(rows: readonly AnswerRow[]): string {
  return [...new Set(rows.map((r) => r.deadlineText))].join(', ');
}
