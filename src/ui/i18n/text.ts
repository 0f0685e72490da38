// The one string lookup: a UI string in a language with its {placeholders} filled. Components
// use `locale.t(key, vars)` (the current language); pure helpers (view models, charts, exports)
// take the language as a parameter and call `text(key, lang, vars)`.
import type { Lang } from './format.ts';
import { STRINGS, type StringKey } from './strings.ts';

export type Vars = Record<string, string | number>;

export function text(key: StringKey, lang: Lang, vars: Vars = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
