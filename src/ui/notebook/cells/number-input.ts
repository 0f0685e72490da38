// Reading a number a person typed, in either language's habits: Vietnamese writes 2,5 and
// 4.736.889, English 2.5 and 4,736,889. A lone separator is read as the decimal mark (people
// type 2.5 in a Vietnamese page too); grouped thousands only in the page language's style.
import { numberFormat, type Lang } from '../../i18n/format.ts';

export type NumberRead = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' };

const GROUPED: Record<Lang, RegExp> = {
  vi: /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/,
  en: /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/,
};
const PLAIN = /^[+-]?(\d+[.,]?\d*|[.,]\d+)$/;

export function readTypedNumber(input: string, lang: Lang): NumberRead {
  const t = input.replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return { ok: false, reason: 'empty' };
  let normal: string | null = null;
  if (GROUPED[lang].test(t)) normal = lang === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  else if (PLAIN.test(t)) normal = t.replace(',', '.');
  const value = normal === null ? Number.NaN : Number(normal);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** A number for an input box: the language's decimal mark, no grouping (easier to edit). */
export function numberForInput(value: number, lang: Lang, maxDecimals: number): string {
  return numberFormat(lang, { maximumFractionDigits: maxDecimals, useGrouping: false }).format(value);
}
