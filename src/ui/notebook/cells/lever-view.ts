// What a lever control shows, as plain data: its value in words with the unit, the range, the
// default and where it sits on the track, the source kind (assumptions said to be so), the
// distribution, and the check of a typed value. DOM-free, so it is tested without a browser.
import type { LeverController, LeverDef, LeverDistribution, LeverSource, LeverUnit } from '../../../engine/index.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import type { StringKey } from '../../i18n/strings.ts';
import { numberForInput, readTypedNumber } from './number-input.ts';
import { text } from '../../i18n/text.ts';

const UNIT_KEY: Record<LeverUnit, StringKey> = {
  'percent-of-min-premium': 'leverUnitMinPremium',
  'percent-of-premium': 'leverUnitPremium',
  'percent-of-wage': 'leverUnitWage',
  percent: 'leverUnitPercent',
  'percent-per-year': 'leverUnitPerYear',
  'vnd-million-per-month': 'leverUnitMillionPerMonth',
  people: 'leverUnitPeople',
  multiple: 'leverUnitMultiple',
  'pp-per-10pp': 'leverUnitPpPer10pp',
};

const SOURCE_KEY: Record<LeverSource['kind'], StringKey> = {
  law: 'leverSourceLaw',
  data: 'leverSourceData',
  plan: 'leverSourcePlan',
  assumption: 'leverSourceAssumption',
  calibrated: 'leverSourceCalibrated',
};

/** The lever groups in the order planners see them: what the city can move first. */
export const CONTROLLER_GROUPS: readonly { controller: LeverController; heading: StringKey; badge: StringKey }[] = [
  { controller: 'city', heading: 'controllerCity', badge: 'controllerCityBadge' },
  { controller: 'state', heading: 'controllerState', badge: 'controllerStateBadge' },
  { controller: 'assumption', heading: 'controllerAssumption', badge: 'controllerAssumptionBadge' },
];

/** Items grouped by their lever's controller, city first; empty groups left out; items without a lever last, on their own. */
export function byController<T>(items: readonly T[], controllerOf: (item: T) => LeverController | undefined) {
  const groups = CONTROLLER_GROUPS.map((g) => ({ ...g, items: items.filter((i) => controllerOf(i) === g.controller) }));
  return { groups: groups.filter((g) => g.items.length > 0), unknown: items.filter((i) => controllerOf(i) === undefined) };
}

export function leverUnitWord(unit: LeverUnit, lang: Lang): string {
  return text(UNIT_KEY[unit], lang);
}

/** Decimal places of a step (0.05 -> 2): the precision a lever is set to. */
export function stepDecimals(step: number): number {
  const [, decimals = ''] = String(step).split('.');
  return decimals.length;
}

/** "10% mức đóng tối thiểu", "2,5%/năm", "2,34 triệu đồng/tháng"; `extra` decimals for values off the step. */
export function formatLever(value: number, def: Pick<LeverDef, 'unit' | 'step'>, lang: Lang, extra = 0): string {
  const number = formatNumber(value, lang, stepDecimals(def.step) + extra);
  const word = leverUnitWord(def.unit, lang);
  return word.startsWith('%') ? `${number}${word}` : `${number} ${word}`;
}

export interface LeverView {
  id: string;
  label: string;
  unitWord: string;
  value: number;
  valueText: string;
  inputText: string;
  minText: string;
  maxText: string;
  defaultText: string;
  /** Where the default sits along the track, 0..100 (for the tick under the slider). */
  defaultAt: number;
  isDefault: boolean;
  controller: LeverController;
  /** "set by the state": a state lever is context, not a city option. */
  controllerText: string;
  sourceKind: LeverSource['kind'];
  sourceKindText: string;
  isAssumption: boolean;
  sourceNote: string;
  distribution: { low: string; mid: string; high: string } | null;
}

export function leverView(def: LeverDef, value: number, distribution: LeverDistribution | undefined, lang: Lang): LeverView {
  const n = (v: number) => formatNumber(v, lang, stepDecimals(def.step));
  const dist = distribution ?? def.distribution;
  return {
    id: def.id,
    label: def.label[lang],
    unitWord: leverUnitWord(def.unit, lang),
    value,
    valueText: formatLever(value, def, lang),
    inputText: numberForInput(value, lang, stepDecimals(def.step) + 2),
    minText: n(def.min),
    maxText: n(def.max),
    defaultText: n(def.default),
    defaultAt: def.max > def.min ? (100 * (def.default - def.min)) / (def.max - def.min) : 0,
    isDefault: value === def.default,
    controller: def.controller,
    controllerText: text(CONTROLLER_GROUPS.find((g) => g.controller === def.controller)!.badge, lang),
    sourceKind: def.source.kind,
    sourceKindText: text(SOURCE_KEY[def.source.kind], lang),
    isAssumption: def.source.kind === 'assumption',
    sourceNote: def.source.note[lang],
    distribution: dist ? { low: n(dist.low), mid: n(dist.mid), high: n(dist.high) } : null,
  };
}

export type LeverInput = { ok: true; value: number } | { ok: false; message: string };

/** A typed value, or the message to show beside the box (empty, not a number, out of range). */
export function checkLeverInput(input: string, def: LeverDef, lang: Lang): LeverInput {
  const read = readTypedNumber(input, lang);
  if (!read.ok)
    return {
      ok: false,
      message: read.reason === 'empty' ? text('leverErrorEmpty', lang) : text('leverErrorNumber', lang, { text: input.trim() }),
    };
  if (read.value < def.min || read.value > def.max)
    return {
      ok: false,
      message: text('leverErrorRange', lang, { min: formatLever(def.min, def, lang), max: formatLever(def.max, def, lang) }),
    };
  return { ok: true, value: read.value };
}
