// Units as sheets write them, in a unit column ("Đơn vị tính: người"), a header's suffix
// ("Giá trị (%)", "Số người (nghìn người)") or after a number ("8,24 triệu người"). A count may
// carry a scale ("nghìn người": values in thousands of people); money is kept in VND billion, so
// "triệu đồng" is a thousandth of it. A bare "triệu" names no unit: numbers.ts reads it by the
// row's unit.
import type { Unit } from '../observation-schema.ts';
import { fold } from './normalize.ts';

export interface UnitScale {
  unit: Unit;
  /** What a value in this unit is multiplied by to be in `unit` (1000 for "nghìn người"). */
  factor: number;
}

/** Scale words, folded: "nghìn" 1,000, "triệu" 1,000,000, "tỷ" 1,000,000,000. */
const SCALES: Readonly<Record<string, number>> = {
  nghin: 1e3,
  ngan: 1e3,
  thousand: 1e3,
  trieu: 1e6,
  million: 1e6,
  ty: 1e9,
  billion: 1e9,
  'nghin ty': 1e12,
};

const PERCENT = new Set(['%', 'phan tram', 'percent']);
const COUNTS: Readonly<Record<string, Unit>> = {
  nguoi: 'people',
  people: 'people',
  persons: 'people',
  person: 'people',
  luot: 'cases',
  'luot nguoi': 'cases',
  'truong hop': 'cases',
  cases: 'cases',
  case: 'cases',
};
const MONEY = new Set(['dong', 'vnd', 'd']);
/** Money written with its scale after the currency ("VND billion"), or "tỷ" alone, as reports write it. */
const VND_BILLION = new Set(['ty', 'vnd billion', 'billion vnd', 'billion dong', 'vnd bn']);
const SCALED = new RegExp(
  `^(?:(${Object.keys(SCALES)
    .sort((a, b) => b.length - a.length)
    .join('|')}) )?(.+)$`,
);

/** A unit with its scale, or null when the text names none ("triệu" alone, "hộ gia đình"). */
export function readUnit(text: string): UnitScale | null {
  const t = fold(text)
    .replace(/\s*([%.])\s*/g, '$1')
    .replace(/\.$/, '');
  if (PERCENT.has(t)) return { unit: 'percent', factor: 1 };
  if (VND_BILLION.has(t)) return { unit: 'VND billion', factor: 1 };
  const m = SCALED.exec(t)!;
  const scale = m[1] ? SCALES[m[1]]! : 1;
  const count = COUNTS[m[2]!];
  if (count) return { unit: count, factor: scale };
  if (MONEY.has(m[2]!)) return { unit: 'VND billion', factor: scale / 1e9 };
  return null;
}

/** A bare scale word ("triệu", "million"), folded, or null. */
export function readScale(text: string): number | null {
  return SCALES[fold(text)] ?? null;
}
