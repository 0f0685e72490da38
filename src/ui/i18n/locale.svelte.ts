// The UI language as shared reactive state. Vietnamese is the default; the choice is remembered.
import type { Lang } from './format.ts';
import { STRINGS, type StringKey } from './strings.ts';

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
  t(key: StringKey): string {
    return STRINGS[key][current];
  },
};
