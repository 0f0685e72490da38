// String lookup with placeholders for the cells, usable outside components (view models, tests):
// `text('leverResetTo', 'vi', { value: '10', name: '…' })`. Components pass `locale.lang`.
import type { Lang } from '../../i18n/format.ts';
import { STRINGS, type StringKey } from '../../i18n/strings.ts';

export type Vars = Record<string, string | number>;

export function text(key: StringKey, lang: Lang, vars: Vars = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
