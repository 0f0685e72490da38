// Numbers written the English way (70,577.2; 4736889.5) or the Vietnamese way (70.577,2;
// 1.234.567; 95,5). A file (or a sheet) writes them one way, decided by the values that read only
// one way; a value that reads both ways with different results (1.234, 1,234) follows that
// decision, and with none it is ambiguous: the readers refuse it rather than guess. The CSV series
// reader and the import interpreter share this, each with its own messages.
import { msg, type Message } from '../messages.ts';
import { quoted } from './issues.ts';

export type NumberStyle = 'english' | 'vietnamese';

export const NUMBER_STYLES: Record<NumberStyle, { pattern: RegExp; normal: (t: string) => string; name: Message; example: string }> = {
  english: {
    name: msg('styleEnglish'),
    pattern: /^[+-]?(([1-9]\d{0,2}(,\d{3})+|\d+)(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
    normal: (t) => t.replace(/,/g, ''),
    example: '1,234.5',
  },
  vietnamese: {
    name: msg('styleVietnamese'),
    pattern: /^[+-]?([1-9]\d{0,2}(\.\d{3})+|\d+)(,\d+)?([eE][+-]?\d+)?$/,
    normal: (t) => t.replace(/\./g, '').replace(',', '.'),
    example: '1.234,5',
  },
};

export function readAs(style: NumberStyle, t: string): number | null {
  return NUMBER_STYLES[style].pattern.test(t) ? Number(NUMBER_STYLES[style].normal(t)) : null;
}

/** What a value says about the style: nothing (same either way), one style, or both (ambiguous); null when it is no number. */
export function styleOf(t: string): NumberStyle | 'either' | 'ambiguous' | null {
  const en = readAs('english', t);
  const vi = readAs('vietnamese', t);
  if (en === null) return vi === null ? null : 'vietnamese';
  if (vi === null) return 'english';
  return en === vi ? 'either' : 'ambiguous';
}

/** The style a file (or sheet) writes numbers in, and the value that showed it (`place` says where, for messages). */
export interface StyleDecision<P> {
  style: NumberStyle | null;
  basis: { place: P; text: string } | null;
}

/** The first value that reads only one way decides; with none, `fallback` (which no value showed). */
export function decideStyle<P>(values: Iterable<{ text: string; place: P }>, fallback: NumberStyle | null = null): StyleDecision<P> {
  for (const { text, place } of values) {
    const style = styleOf(text);
    if (style === 'english' || style === 'vietnamese') return { style, basis: { place, text } };
  }
  return { style: fallback, basis: null };
}

export type StyledRead<P> =
  | { ok: true; value: number }
  | { ok: false; why: 'unreadable' }
  | { ok: false; why: 'ambiguous'; vi: number; en: number }
  /** The value reads only the other way than the one `basis` showed. */
  | { ok: false; why: 'style'; style: NumberStyle; fileStyle: NumberStyle; basis: { place: P; text: string } };

/**
 * Why a value did not read in the decided style: ambiguous, or written the other way than the
 * value (at `place`: a CSV line, a cell) that decided it. 'unreadable' each reader words itself.
 */
export function styleProblem<P extends string | number>(
  t: string,
  read: Extract<StyledRead<P>, { why: 'ambiguous' | 'style' }>,
  key: 'csvNumberStyle' | 'importNumberStyle',
): Message {
  if (read.why === 'ambiguous') return msg('csvNumberAmbiguous', { value: quoted(t), vi: read.vi, en: read.en });
  const [style, fileStyle] = [NUMBER_STYLES[read.style], NUMBER_STYLES[read.fileStyle]];
  const params = {
    value: quoted(t),
    style: style.name,
    example: style.example,
    place: read.basis.place,
    basis: quoted(read.basis.text),
    fileStyle: fileStyle.name,
  };
  return msg(key, params);
}

/** A trimmed number text read in the decided style. */
export function readStyled<P>(t: string, decided: StyleDecision<P>): StyledRead<P> {
  const style = styleOf(t);
  if (style === null) return { ok: false, why: 'unreadable' };
  if (style === 'either') return { ok: true, value: readAs('english', t)! };
  if (style === 'ambiguous') {
    if (!decided.style) return { ok: false, why: 'ambiguous', vi: readAs('vietnamese', t)!, en: readAs('english', t)! };
    return { ok: true, value: readAs(decided.style, t)! };
  }
  if (decided.style !== null && decided.basis && style !== decided.style)
    return { ok: false, why: 'style', style, fileStyle: decided.style, basis: decided.basis };
  return { ok: true, value: readAs(style, t)! };
}
