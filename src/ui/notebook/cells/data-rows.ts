// The data cell as plain data: one table per metric of the resolved dataset's figures, with the
// user's edits marked, and the observations that an edit or an added row become (a CSV import:
// data-csv.ts, loaded when used).
// DOM-free; the component only renders these and calls the store's intents.
import { metricById } from '../../i18n/metric-catalogue.ts';
import {
  MAX_DATE,
  MIN_DATE,
  isIsoDate,
  type OpenedScenario,
  type MetricDef,
  type Observation,
  type Qualifier,
} from '../../../engine/index.ts';
import { formatDate, formatValue, unitWord, type Lang } from '../../i18n/format.ts';
import type { StringKey } from '../../i18n/strings.ts';
import { denominatorWord } from '../../i18n/terms.ts';
import { readTypedNumber } from './number-input.ts';
import { text } from '../../i18n/text.ts';

export const QUALIFIER_KEY: Record<Qualifier, StringKey> = {
  exact: 'dataQualifierExact',
  about: 'dataQualifierAbout',
  over: 'dataQualifierOver',
  under: 'dataQualifierUnder',
};

export interface DataRow {
  observation: Observation;
  /** The figure is the user's (an edit of an embedded one, an added row or an import). */
  user: boolean;
  /** Removing it would orphan a figure or target derived from it, so the engine would refuse. */
  removable: boolean;
  dateText: string;
  valueText: string;
  qualifierText: string;
}

export interface DataTable {
  metric: string;
  def: MetricDef | undefined;
  caption: string;
  /** Unit in words for the value column ("% dân số", "tỷ đồng"). */
  unitText: string;
  rows: DataRow[];
}

/** The open scenario's figures and the region they are about (the notebook's OpenedScenario). */
export type OpenData = Pick<OpenedScenario, 'dataset' | 'region'>;

export function unitText(def: MetricDef, lang: Lang): string {
  return def.unit === 'percent' && def.denominator
    ? text('dataShareOf', lang, { denominator: denominatorWord(def.denominator, lang) })
    : unitWord(def.unit, lang);
}

export function dataTables(
  metrics: readonly string[],
  open: OpenData | null | undefined,
  userObservations: readonly Observation[],
  lang: Lang,
): DataTable[] {
  const dataset = open?.dataset;
  const userIds = new Set(userObservations.map((o) => o.id));
  const bases = new Set(
    [...(dataset?.observations ?? []), ...(dataset?.targets ?? [])].flatMap((r) => (r.derived ? [r.derived.base] : [])),
  );
  return metrics.map((metric) => {
    const def = metricById(metric);
    const rows = (dataset?.observations ?? [])
      .filter((o) => o.metric === metric && o.region === open?.region)
      .sort((a, b) => a.asOf.localeCompare(b.asOf))
      .map((o) => ({
        observation: o,
        user: userIds.has(o.id),
        removable: userIds.has(o.id) || !bases.has(o.id),
        dateText: formatDate(o.asOf, lang),
        valueText: formatValue(o.value, o.unit, lang, o.qualifier),
        qualifierText: text(QUALIFIER_KEY[o.qualifier], lang),
      }));
    const unit = def ? unitText(def, lang) : '';
    return { metric, def, caption: def ? `${def.label[lang]} (${unit})` : metric, unitText: unit, rows };
  });
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A figure for a metric: a finite number, not negative, and at most 100 for a share (a % of plan may pass 100). */
export function checkValue(value: number, def: Pick<MetricDef, 'unit' | 'denominator'>, lang: Lang): Checked<number> {
  if (!Number.isFinite(value)) return { ok: false, message: text('dataErrorNumber', lang) };
  if (value < 0) return { ok: false, message: text('dataErrorNegative', lang) };
  if (def.unit === 'percent' && def.denominator !== 'plan' && value > 100) return { ok: false, message: text('dataErrorPercent', lang) };
  return { ok: true, value };
}

export function checkTypedValue(input: string, def: Pick<MetricDef, 'unit' | 'denominator'>, lang: Lang): Checked<number> {
  const read = readTypedNumber(input, lang);
  return read.ok ? checkValue(read.value, def, lang) : { ok: false, message: text('dataErrorNumber', lang) };
}

export function checkDate(input: string, lang: Lang): Checked<string> {
  const t = input.trim();
  return isIsoDate(t) && t >= MIN_DATE && t <= MAX_DATE ? { ok: true, value: t } : { ok: false, message: text('dataErrorDate', lang) };
}

/** Provenance stays in English, like the embedded quotes: the file is read in both languages. */
const provenance = (o: Observation) => `${formatValue(o.value, o.unit, 'en', o.qualifier)} (${o.source.document})`;

/**
 * An edited figure. It is no longer derived; its quote says what it replaced. Editing the user's
 * own figure again keeps that first quote, so the trail back to the report is not lost; an import
 * brings its own source (`from`) and names what it replaced.
 */
export function editedObservation(o: Observation, value: number, from?: { document: string; quote: string }): Observation {
  const { derived: _derived, ...rest } = o;
  const source = from
    ? { document: from.document, quote: `${from.quote}, replacing ${provenance(o)}`, origin: 'user' as const }
    : o.source.origin === 'user'
      ? o.source
      : { document: 'user edit', quote: `Edited in targetcast from ${provenance(o)}`, origin: 'user' as const };
  return { ...rest, value, source };
}

/** A figure at a date: an edit of the one already there, or a new user observation. */
export function figureAt(
  metric: string,
  date: string,
  value: number,
  open: OpenData | null | undefined,
  from?: { document: string; quote: string },
): Observation | null {
  const def = metricById(metric);
  if (!def || !open) return null;
  const existing = open.dataset.observations.find((o) => o.metric === metric && o.region === open.region && o.asOf === date);
  if (existing) return editedObservation(existing, value, from);
  return {
    id: `${metric}.${date}`,
    metric,
    region: open.region,
    asOf: date,
    value,
    unit: def.unit,
    kind: def.kind,
    ...(def.kind === 'share' && def.denominator ? { denominator: def.denominator } : {}),
    qualifier: 'exact',
    source: { document: from?.document ?? 'user edit', quote: from?.quote ?? 'Added in targetcast', origin: 'user' },
  };
}
