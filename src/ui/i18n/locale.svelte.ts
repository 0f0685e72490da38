// The UI language as shared reactive state. Vietnamese is the default; the choice is remembered.
// Components look strings up with `locale.t(key, vars)`; pure helpers take the language and call
// `text(key, lang, vars)` (./text.ts), the same lookup.
import type { Lang } from './format.ts';
import type { StringKey } from './strings.ts';
import { text, type Vars } from './text.ts';

const STORAGE_KEY = 'targetcast.lang';

function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage can be blocked; the default still works
  }
}

let current = $state<Lang>(initialLang());

export const locale = {
  get lang(): Lang {
    return current;
  },
  set(lang: Lang): void {
    current = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // not remembered, but switched
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  },
  t(key: StringKey, vars?: Vars): string {
    return text(key, current, vars);
  },
};
