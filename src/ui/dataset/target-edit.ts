// A target as the planner types it (a draft of strings) and the Target it becomes: the choices the
// form offers, its defaults, and the checks before saving. DOM-free; TargetForm renders a draft and
// TargetsTable sends the checked Target to the store.
import {
  MAX_DATE,
  MIN_DATE,
  isIsoDate,
  type Dataset,
  type OpenedScenario,
  type Qualifier,
  type Region,
  type ScenarioCell,
  type Target,
  type Unit,
} from '../../engine/index.ts';
import { formatDate, formatValue, unitWord, type Lang } from '../i18n/format.ts';
import { regionName } from '../i18n/region.ts';
import { metricLabel } from '../i18n/terms.ts';
import { text } from '../i18n/text.ts';
import { checkTypedValue, unitText } from '../notebook/cells/data-rows.ts';
import { numberForInput } from '../notebook/cells/number-input.ts';

/** The form's fields as typed: the value in the page language's habits (95,5 in Vietnamese). */
export interface TargetDraft {
  metric: string;
  region: Region;
  /** YYYY-MM-DD, as a date input gives it. */
  deadline: string;
  value: string;
  qualifier: Qualifier;
  /** The document that set the target; empty when entered by hand. */
  source: string;
}

export type DraftField = 'metric' | 'deadline' | 'value' | 'source';
/** Messages by field, in the order the form shows them (the first is focused). */
export type DraftErrors = Partial<Record<DraftField, string>>;
export type CheckedDraft = { ok: true; target: Target } | { ok: false; errors: DraftErrors };

/**
 * What a target is checked against: the open data with its metrics (the catalogue and the
 * notebook's own), and the embedded ids the file removed (not to be reused).
 */
export type TargetScope = Pick<OpenedScenario, 'dataset' | 'region' | 'regionNames' | 'metrics'> & { removed: readonly string[] };

export interface Choice {
  id: string;
  label: string;
}

/** sourceSchema's bound on a document name. */
export const DOCUMENT_MAX = 200;
/** How the ids of targets entered in the app begin. */
const USER_TARGET_PREFIX = 'user.target.';

/** Metrics with figures or targets in the data: the known ones in their order, then any others. */
export function metricChoices(scope: Pick<TargetScope, 'dataset' | 'metrics'>, lang: Lang): Choice[] {
  const { dataset, metrics } = scope;
  const present = new Set([...dataset.observations, ...dataset.targets].map((r) => r.metric));
  const known = metrics.filter((m) => present.has(m.id)).map((m) => m.id);
  const others = [...present].filter((id) => !known.includes(id)).sort();
  return [...known, ...others].map((id) => ({ id, label: metricLabel(id, lang) }));
}

/** The open region first, then every other region the data name. */
export function regionChoices(scope: Pick<TargetScope, 'dataset' | 'region' | 'regionNames'>, lang: Lang): Choice[] {
  const { dataset, region, regionNames } = scope;
  const regions = new Set([region, ...Object.keys(regionNames), ...[...dataset.observations, ...dataset.targets].map((r) => r.region)]);
  return [...regions].map((id) => ({ id, label: regionName(id, regionNames, lang) }));
}

/** A metric's unit: its definition's, else the one its figures are recorded in (a target must be comparable with them). */
export function targetUnit(metric: string, scope: Pick<TargetScope, 'dataset' | 'metrics'>): Unit | undefined {
  const { dataset, metrics } = scope;
  return metrics.find((m) => m.id === metric)?.unit ?? [...dataset.observations, ...dataset.targets].find((r) => r.metric === metric)?.unit;
}

/** The unit in words, as the data cells write it ("% dân số", "tỷ đồng"). */
export function targetUnitText(metric: string, scope: Pick<TargetScope, 'dataset' | 'metrics'>, lang: Lang): string {
  const def = scope.metrics.find((m) => m.id === metric);
  if (def) return unitText(def, lang);
  const unit = targetUnit(metric, scope);
  return unit ? unitWord(unit, lang) : '';
}

/**
 * 31 December of the next plan year: the year after the region's newest target, and not a year
 * already over (`today` in UTC, like every date of the data).
 */
export function nextPlanDeadline(dataset: Dataset, region: Region, today: Date): string {
  const planned = dataset.targets.filter((t) => t.region === region).map((t) => Number(t.deadline.slice(0, 4)) + 1);
  const year = Math.min(Math.max(today.getUTCFullYear(), ...planned), Number(MAX_DATE.slice(0, 4)));
  return `${year}-12-31`;
}

export function blankDraft(scope: TargetScope, today: Date, lang: Lang): TargetDraft {
  return {
    metric: metricChoices(scope, lang)[0]?.id ?? '',
    region: scope.region,
    deadline: nextPlanDeadline(scope.dataset, scope.region, today),
    value: '',
    qualifier: 'exact',
    source: '',
  };
}

const isHandEntered = (document: string) => document === text('targetHandEntered', 'vi') || document === text('targetHandEntered', 'en');

/** A target in the form: its value the page language's way; the document only if the user gave one. */
export function draftFrom(t: Target, lang: Lang): TargetDraft {
  const own = t.source.origin === 'user' && !isHandEntered(t.source.document);
  return {
    metric: t.metric,
    region: t.region,
    deadline: t.deadline,
    value: numberForInput(t.value, lang, 6),
    qualifier: t.qualifier,
    source: own ? t.source.document : '',
  };
}

export function sameDraft(a: TargetDraft, b: TargetDraft): boolean {
  return (Object.keys(a) as Array<keyof TargetDraft>).every((k) => a[k] === b[k]);
}

/** The figure a target replaced, kept in its quote so the trail back to the report is not lost (in English, like the reports' quotes). */
const REPLACING = ', replacing ';

function replacedTrail(editing: Target | null): string {
  if (!editing) return '';
  if (editing.source.origin !== 'user')
    return `${REPLACING}${formatValue(editing.value, editing.unit, 'en', editing.qualifier)} (${editing.source.document})`;
  const at = editing.source.quote.indexOf(REPLACING);
  return at >= 0 ? editing.source.quote.slice(at) : '';
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * The draft as a Target, or a message per wrong field in `lang`. `editing` is the target being
 * changed (its id stays, so questions that name it keep working), null for a new one. The saved
 * target is the user's: its source names the document (or "entered by hand") and quotes what was
 * typed; a rule it was derived by and notes about the report's figure no longer apply.
 */
export function checkDraft(draft: TargetDraft, scope: TargetScope, editing: Target | null, lang: Lang): CheckedDraft {
  const errors: DraftErrors = {};
  const unit = targetUnit(draft.metric, scope);
  if (!unit) errors.metric = text('targetErrorMetric', lang);

  const deadline = draft.deadline.trim();
  const duplicate = scope.dataset.targets.find(
    (t) => t.id !== editing?.id && t.metric === draft.metric && t.region === draft.region && t.deadline === deadline,
  );
  if (!isIsoDate(deadline) || deadline < MIN_DATE || deadline > MAX_DATE)
    errors.deadline = text('targetErrorDate', lang, { min: formatDate(MIN_DATE, lang), max: formatDate(MAX_DATE, lang) });
  else if (duplicate)
    errors.deadline = text('targetErrorDuplicate', lang, {
      metric: metricLabel(draft.metric, lang),
      region: regionName(draft.region, scope.regionNames, lang),
      date: formatDate(deadline, lang),
    });

  // A target in percent is at most 100 whatever its denominator (targetSchema), so none is passed.
  const value = unit ? checkTypedValue(draft.value, { unit }, lang) : null;
  if (value && !value.ok) errors.value = value.message;

  const document = draft.source.trim();
  if (document.length > DOCUMENT_MAX) errors.source = text('targetErrorSource', lang, { max: DOCUMENT_MAX });

  if (!unit || !value?.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const taken = new Set([...scope.dataset.targets.map((t) => t.id), ...scope.removed]);
  const qualifier = draft.qualifier === 'exact' ? '' : `${draft.qualifier} `;
  return {
    ok: true,
    target: {
      // The metric part is cut so the id stays within the schema's 120 characters.
      id: editing?.id ?? uniqueId(`${USER_TARGET_PREFIX}${draft.metric.slice(0, 80)}.${deadline}`, taken),
      metric: draft.metric,
      region: draft.region,
      deadline,
      value: value.value,
      unit,
      qualifier: draft.qualifier,
      source: {
        document: document || text('targetHandEntered', lang),
        quote: `${qualifier}${value.value} ${unit} by ${deadline}${replacedTrail(editing)}`,
        origin: 'user',
      },
    },
  };
}

/** Whether a question in the notebook names the target (removing it would leave the question without one). */
export function targetInUse(cells: readonly ScenarioCell[], id: string): boolean {
  return cells.some((c) => c.type === 'answer' && c.target === id);
}
