// A metric named in a sheet: by id ("hi.coverage") or by its Vietnamese or English label, matched
// exactly after normalisation (case, accents, spaces and punctuation ignored), also with a unit
// suffix in brackets ("Tỷ lệ bao phủ BHYT (%)"). A name the catalogue does not know is proposed as
// a new metric (own.<slug>), never matched to a near one; an unknown dotted id is a problem (a typo
// of a catalogue id is likelier than a new metric), unless it is an own id ("own.x").
import { msg, type Message } from '../../messages.ts';
import { quoted } from '../issues.ts';
import type { Bilingual } from '../metric.ts';
import type { Kind, Unit } from '../observation-schema.ts';
import { unknownIdMessage } from '../scenario-messages.ts';
import type { ProposedMetric } from './reading.ts';
import type { PeriodKind } from './periods.ts';
import { bracketSuffix, nameKey, slug } from './normalize.ts';
import { readUnit, type UnitScale } from './units.ts';

/** Where a proposed metric's places stop being listed. */
const PLACES_LISTED = 3;
const DOTTED_ID = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+$/i;
export const OWN_PREFIX = 'own.';

export interface Matched {
  id: string;
  /** The unit a bracketed suffix of the name states. */
  unit: UnitScale | null;
}

interface Proposal {
  metric: ProposedMetric;
  /** The first unit its figures state: later figures must agree. */
  unit: Unit | null;
  ytd: boolean;
}

export interface MetricMatcher {
  /**
   * The metric a cell names (`text`), with the row's name column (`name`) for a proposal's name;
   * a problem for an unknown dotted id.
   */
  match(text: string, name: string, place: string): Matched | Message;
  /** The unit a figure of this metric must be in: the catalogue's, or the first a proposed metric's figures state. */
  unitOf(id: string): Unit | null;
  /** What a figure read for a proposed metric says of it (its unit, a year-to-date period). */
  note(id: string, unit: Unit | null, period: PeriodKind): void;
  proposals(): ProposedMetric[];
}

export function metricMatcher(metrics: readonly { id: string; label: Bilingual; unit: Unit }[]): MetricMatcher {
  const ids = new Map(metrics.map((m) => [m.id.toLowerCase(), m.id]));
  const units = new Map(metrics.map((m) => [m.id, m.unit]));
  // A key two metrics share matches neither (null): which one is meant cannot be known.
  const byKey = new Map<string, string | null>();
  for (const m of metrics)
    for (const label of [m.label.vi, m.label.en]) {
      const key = nameKey(label);
      if (key === '') continue;
      const known = byKey.get(key);
      byKey.set(key, known === undefined || known === m.id ? m.id : null);
    }
  // Proposals by their name's key, and by id.
  const proposed = new Map<string, Proposal>();
  const proposedIds = new Map<string, Proposal>();

  /** The id a text names; null when two metrics share the name. */
  const lookup = (text: string): string | null | undefined => ids.get(text.toLowerCase()) ?? byKey.get(nameKey(text));

  function propose(id: string | null, name: string, key: string): Matched {
    let entry = proposed.get(key) ?? (id ? proposedIds.get(id) : undefined);
    if (!entry) {
      let unique = id;
      if (!unique) {
        const stem = `${OWN_PREFIX}${slug(name) || 'metric'}`;
        unique = stem;
        for (let n = 2; ids.has(unique) || proposedIds.has(unique); n++) unique = `${stem}-${n}`;
      }
      entry = { metric: { id: unique, name, unit: 'people', unitStated: false, kind: 'stock', places: [] }, unit: null, ytd: false };
      proposed.set(key, entry);
      proposedIds.set(unique, entry);
    }
    return { id: entry.metric.id, unit: null };
  }

  function resolve(text: string, name: string): Matched | Message {
    const t = text.trim();
    const split = bracketSuffix(t);
    const unit = split && readUnit(split.suffix);
    const base = split && unit ? split.base : t;
    // The name without its unit suffix first: the whole text matches too (brackets are punctuation) but says no unit.
    for (const [candidate, stated] of [
      [base, unit],
      [t, null],
    ] as const) {
      const id = lookup(candidate);
      if (id === null) return msg('importMetricAmbiguous', { name: quoted(candidate) });
      if (id) return { id, unit: stated };
    }
    if (DOTTED_ID.test(t)) {
      if (!t.toLowerCase().startsWith(OWN_PREFIX)) return unknownIdMessage('unknownMetric', t, [...ids.values()]);
      const id = t.toLowerCase();
      return { ...propose(id, name || t, id), unit };
    }
    return { ...propose(null, base, nameKey(base)), unit };
  }

  // A sheet names the same metric on row after row: each text is resolved once.
  const resolved = new Map<string, Matched | Message>();
  return {
    match(text, name, place) {
      let found = resolved.get(text);
      if (!found) resolved.set(text, (found = resolve(text, name)));
      const entry = 'key' in found ? undefined : proposedIds.get(found.id);
      if (entry && entry.metric.places.length < PLACES_LISTED) entry.metric.places.push(place);
      return found;
    },
    unitOf: (id) => units.get(id) ?? proposedIds.get(id)?.unit ?? null,
    note(id, unit, period) {
      const entry = proposedIds.get(id);
      if (!entry) return;
      entry.unit ??= unit;
      if (period === 'ytd') entry.ytd = true;
    },
    proposals: () =>
      [...proposed.values()].map(({ metric, unit, ytd }) => {
        // With no unit stated the user chooses one; 'people' is only what is offered first.
        const kind: Kind = unit === 'percent' ? 'share' : ytd ? 'ytd-flow' : 'stock';
        return { ...metric, unit: unit ?? metric.unit, unitStated: unit !== null, kind, places: [...metric.places] };
      }),
  };
}
