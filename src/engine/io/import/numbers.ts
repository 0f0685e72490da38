// A figure's value as a cell holds it: a number (a percent-formatted 0.955 is 95.5), or text as
// reports write it: "70.577,2" or "70,577.2" (the style decided per sheet, then per file, by the
// values that read one way only: number-style.ts), "95,5%", "trên 1,6 triệu người", "gần 48%",
// "khoảng 8,24 triệu". A word before the number is the figure's qualifier; a scale after it
// ("triệu") multiplies by the row's unit (people, cases, or money in VND billion) and is refused
// where that unit is unknown or a percent. Nothing is guessed: a value that reads two ways with
// nothing in the file to decide it is a problem.
import { msg, type Message } from '../../messages.ts';
import { quoted } from '../issues.ts';
import { CSV_LIMITS } from '../limits.ts';
import { readStyled, styleProblem, type StyleDecision } from '../number-style.ts';
import type { Qualifier, Unit } from '../observation-schema.ts';
import type { GridCell } from '../table/grid.ts';
import { fold } from './normalize.ts';
import { readScale, readUnit } from './units.ts';

/** Words before a number, folded, longest first where one begins another. */
const QUALIFIER_WORDS: readonly (readonly [string, Qualifier])[] = [
  ['more than', 'over'],
  ['tren', 'over'],
  ['hon', 'over'],
  ['over', 'over'],
  ['above', 'over'],
  ['gan', 'under'],
  ['duoi', 'under'],
  ['under', 'under'],
  ['nearly', 'under'],
  ['almost', 'under'],
  ['below', 'under'],
  ['khoang', 'about'],
  ['xap xi', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
];

/** A qualifier column's word: chính xác/khoảng/trên/dưới or exact/about/over/under (and the words above). */
export function readQualifier(text: string): Qualifier | null {
  const t = fold(text);
  if (t === 'chinh xac' || t === 'exact' || t === 'dung') return 'exact';
  if (t === 'about' || t === 'over' || t === 'under') return t;
  return QUALIFIER_WORDS.find(([word]) => word === t)?.[1] ?? null;
}

export interface NumberWords {
  qualifier: Qualifier | null;
  /** The number as written, for the style: "1.234,5". */
  core: string;
  /** What follows it, folded: "", "%", "trieu", "trieu nguoi". */
  after: string;
}

const CORE = /^([+-]?(?:\d[\d.,]*|[.,]\d+)(?:e[+-]?\d+)?)\s*(.*)$/;

/** A value's text split into qualifier word, number and trailing words; null when no number starts it. */
export function numberWords(text: string): NumberWords | null {
  let t = fold(text);
  let qualifier: Qualifier | null = null;
  for (const [word, q] of QUALIFIER_WORDS) {
    if (t.startsWith(`${word} `)) {
      qualifier = q;
      t = t.slice(word.length + 1);
      break;
    }
  }
  const m = CORE.exec(t);
  return m ? { qualifier, core: m[1]!, after: m[2]! } : null;
}

export interface ReadValue {
  value: number;
  qualifier: Qualifier | null;
  /** The unit the cell itself states ("95,5%", a percent-formatted number, "8,24 triệu người"). */
  unit: Unit | null;
  /** The cell carries its own scale ("8,24 triệu"): a unit column's scale does not apply again. */
  scaled: boolean;
}

export interface ValueContext {
  style: StyleDecision<string>;
  /** The row's unit (its unit column, a header's suffix, or the metric's), for a bare scale word. */
  unit: Unit | null;
}

const tooLarge = (t: string) => msg('csvValueTooLarge', { value: quoted(t), max: CSV_LIMITS.maxAbsValue.toExponential() });
/** A value times a factor, without the binary noise of products such as 8.24 * 1e6 (8240000.000000001). */
export const scaled = (v: number, factor: number) => (factor === 1 ? v : Number((v * factor).toPrecision(15)));

/** The value of a non-empty cell, or why it cannot be read. */
export function readValue(cell: GridCell, context: ValueContext): ReadValue | Message {
  switch (cell.kind) {
    case 'number':
      if (Math.abs(cell.value) > CSV_LIMITS.maxAbsValue) return tooLarge(String(cell.value));
      return cell.percent
        ? { value: scaled(cell.value, 100), qualifier: null, unit: 'percent', scaled: false }
        : { value: cell.value, qualifier: null, unit: null, scaled: false };
    case 'text':
      return readValueText(cell.text.trim(), context);
    case 'date':
      return msg('importValueIsDate', { date: cell.date });
    case 'bool':
      return msg('csvCannotReadValue', { value: String(cell.value).toUpperCase(), hint: '' });
    case 'error':
      return msg('importErrorCell', { code: cell.code });
    case 'formula':
      return msg('importFormulaNoValue', { formula: quoted(cell.formula) });
  }
}

function readValueText(t: string, context: ValueContext): ReadValue | Message {
  const words = numberWords(t);
  const unreadable = () => msg('csvCannotReadValue', { value: quoted(t), hint: /\d\s+\d/.test(t) ? msg('csvHintSpaces') : '' });
  if (!words) return unreadable();
  const read = readStyled(words.core, context.style);
  if (!read.ok) {
    if (read.why === 'unreadable') return unreadable();
    return styleProblem(t, read, 'importNumberStyle');
  }
  let value = read.value;
  let unit: Unit | null = null;
  let ownScale = false;
  if (words.after !== '') {
    const stated = readUnit(words.after);
    const scale = stated ? null : readScale(words.after);
    if (stated) {
      unit = stated.unit;
      ownScale = stated.factor !== 1;
      value = scaled(value, stated.factor);
    } else if (scale !== null) {
      // "triệu" alone: millions of the row's unit; money is in VND billion, so "triệu" is a thousandth.
      if (context.unit === null || context.unit === 'percent') return msg('importScaleNeedsUnit', { value: quoted(t) });
      ownScale = true;
      value = scaled(value, context.unit === 'VND billion' ? scale / 1e9 : scale);
    } else return unreadable();
  }
  if (!Number.isFinite(value) || Math.abs(value) > CSV_LIMITS.maxAbsValue) return tooLarge(t);
  return { value, qualifier: words.qualifier, unit, scaled: ownScale };
}
