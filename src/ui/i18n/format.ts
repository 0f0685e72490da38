// Number, unit and date formatting for both UI languages, with Intl (no hand-rolled separators):
// vi-VN writes 70.577,2 tỷ đồng and 31/12/2025; English writes 70,577.2 VND billion and 31 Dec 2025.
import type { Qualifier, Unit } from '../../engine/index.ts';

export type Lang = 'vi' | 'en';

/** The Intl locale of each UI language. */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const UNIT_WORDS: Record<Unit, Record<Lang, string>> = {
  people: { vi: 'người', en: 'people' },
  percent: { vi: '%', en: '%' },
  'VND billion': { vi: 'tỷ đồng', en: 'VND billion' },
  cases: { vi: 'lượt', en: 'cases' },
};

const QUALIFIER_WORDS: Record<Qualifier, Record<Lang, string>> = {
  exact: { vi: '', en: '' },
  about: { vi: 'khoảng', en: 'about' },
  over: { vi: 'hơn', en: 'over' },
  under: { vi: 'gần', en: 'nearly' },
};

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * One Intl formatter per language and options, made on first use and kept: making one costs far
 * more than formatting with it, and a lever move formats hundreds of numbers.
 */
export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALE[lang], options));
}

function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALE[lang], options));
}

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  return numberFormat(lang, { maximumFractionDigits: maxDecimals }).format(value);
}

/** Decimals worth showing for a unit: shares to 2 places, money to 1, head counts whole. */
export function decimalsFor(unit: Unit, value: number): number {
  if (unit === 'percent') return 2;
  if (unit === 'VND billion') return Math.abs(value) < 10 ? 4 : 1;
  return 0;
}

export function formatValue(value: number, unit: Unit, lang: Lang, qualifier: Qualifier = 'exact'): string {
  const number = formatNumber(value, lang, decimalsFor(unit, value));
  const withUnit = unit === 'percent' ? `${number}%` : `${number} ${UNIT_WORDS[unit][lang]}`;
  const q = QUALIFIER_WORDS[qualifier][lang];
  return q ? `${q} ${withUnit}` : withUnit;
}

export function unitWord(unit: Unit, lang: Lang): string {
  return UNIT_WORDS[unit][lang];
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** An ISO date (YYYY-MM-DD) for people: 31/12/2025 in Vietnamese, 31 Dec 2025 in English. */
export function formatDate(iso: string, lang: Lang): string {
  return dateFormats[lang].format(new Date(`${iso}T00:00:00Z`));
}

/** A time of day in the reader's own time zone (the toolbar's autosave time): 14:03:12. */
export function formatLocalTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(d);
}

/** A moment in the reader's own time zone (autosave times): 14:03:12 24/11/2026, or 24 Nov 2026, 14:03:12. */
export function formatLocalDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = dateTimeFormat(
    lang,
    lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' },
  );
  const time = formatLocalTime(iso, lang);
  return lang === 'vi' ? `${time} ${date.format(d)}` : `${date.format(d)}, ${time}`;
}
