// The policy calendar as timeline rows, plain data: each entry's date, instrument, what it changes,
// what the scenario does with it and whether it was checked against the published text. DOM-free.
import type { EntryEffect, PolicyEntry } from '../../../engine/index.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import type { StringKey } from '../../i18n/strings.ts';
import { text } from '../../i18n/text.ts';

const EFFECT_KEY: Record<EntryEffect, StringKey> = {
  'in-data': 'timelineEffectInData',
  'at-start': 'timelineEffectAtStart',
  applied: 'timelineEffectApplied',
  'beyond-horizon': 'timelineEffectBeyond',
  'not-modelled': 'timelineEffectNotModelled',
};

export interface TimelineRow {
  id: string;
  date: string;
  dateText: string;
  instrument: string;
  changes: string;
  effect: EntryEffect;
  effectText: string;
  verified: boolean;
  statusText: string;
  caveat: string | null;
  sources: { label: string; url: string }[];
}

export function timelineRows(calendar: readonly { entry: PolicyEntry; effect: EntryEffect }[], lang: Lang): TimelineRow[] {
  return calendar.map(({ entry, effect }) => ({
    id: entry.id,
    date: entry.from,
    dateText: formatDate(entry.from, lang),
    instrument: entry.instrument.name[lang],
    changes: entry.changes[lang],
    effect,
    effectText: text(EFFECT_KEY[effect], lang),
    verified: entry.status === 'verified',
    statusText: text(entry.status === 'verified' ? 'timelineVerified' : 'timelineReported', lang),
    caveat: entry.caveat?.[lang] ?? null,
    sources: entry.sources.map((s) => ({ label: s.date ? `${s.publisher}, ${formatDate(s.date, lang)}` : s.publisher, url: s.url })),
  }));
}
