// Undo and redo of a notebook: the notebook as it was before each change. A run of changes of the
// same kind close together (a dragged slider, typing in one cell) is one step, as in a
// spreadsheet; anything else (an import, a removed figure, a new scenario) is a step of its own.
// Each step keeps the JSON text of every top-level field, sharing the text of a field it did not
// change with the step beside it: a lever move costs its `levers`, not the whole dataset. The
// history is bounded by steps and by bytes, and is written with the autosave (`save`, `restore`),
// as a chain in which each step holds only the fields that differ from the one before.
import type { Scenario } from '../../engine/index.ts';

/** Steps kept: a working session's worth. */
export const HISTORY_DEPTH = 300;
/** UTF-8 bytes of the text the steps hold (each field counted once where steps share it). */
export const HISTORY_MAX_BYTES = 8_000_000;
/** Changes with the same key within this many milliseconds merge into one step. */
export const MERGE_MS = 1_000;

/** A notebook as the JSON text of each top-level field, with each text's UTF-8 size. */
interface Fields {
  text: Readonly<Record<string, string>>;
  bytes: Readonly<Record<string, number>>;
}

interface Step {
  fields: Fields;
  /** What the change was (e.g. 'lever:cityTopupOther'), for merging a run of them. */
  key: string;
  at: number;
}

/** The history as the autosave stores it: steps oldest first (the undo ones, then the redo ones nearest first). */
export interface SavedHistory {
  format: 'targetcast-history';
  /** How many of the steps are undo steps (the rest are redo steps). */
  past: number;
  /** Each step's fields that differ from the step before (all of them for the first), and those it lacks. */
  steps: Array<{ set: Record<string, string>; drop: string[] }>;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff)
      ((bytes += 4), i++); // a surrogate pair: one 4-byte character
    else bytes += 3;
  }
  return bytes;
}

/** The fields of a notebook; a field whose text equals the neighbour's shares its string. */
function fieldsOf(entries: Iterable<[string, string]>, like?: Fields): Fields {
  const text: Record<string, string> = {};
  const bytes: Record<string, number> = {};
  for (const [key, json] of entries) {
    const same = like !== undefined && like.text[key] === json;
    text[key] = same ? like.text[key]! : json;
    bytes[key] = same ? like.bytes[key]! : utf8Bytes(json);
  }
  return { text, bytes };
}

const fieldsOfScenario = (s: Scenario, like?: Fields): Fields =>
  fieldsOf(
    Object.entries(s).flatMap(([key, value]): [string, string][] => (value === undefined ? [] : [[key, JSON.stringify(value)]])),
    like,
  );

const scenarioOf = (f: Fields): Scenario => Object.fromEntries(Object.entries(f.text).map(([k, t]) => [k, JSON.parse(t)])) as Scenario;

/** What a step adds over the one before it: the fields it does not share. */
function ownBytes(step: Fields, before: Fields | undefined): number {
  let sum = 0;
  for (const [key, text] of Object.entries(step.text)) if (before?.text[key] !== text) sum += step.bytes[key]!;
  return sum;
}

export class History {
  private past: Step[] = [];
  /** Redo steps, the next one last. */
  private future: Step[] = [];
  /** Moves on every change to the steps (not on a merged one): the autosave writes the history when it does. */
  revision = 0;

  /**
   * Records the scenario as it was before a change (read as JSON at once, so a reactive proxy will
   * do). `before` is called only for a new step: a slider's hundred moves write the notebook once.
   */
  record(before: () => Scenario, key: string, now = Date.now()): void {
    const last = this.past.at(-1);
    if (this.future.length > 0) this.revision++;
    this.future = [];
    if (last && last.key === key && key !== '' && now - last.at < MERGE_MS) {
      last.at = now; // the run goes on: the step keeps the state before its first change
      return;
    }
    this.past.push({ fields: fieldsOfScenario(before(), last?.fields), key, at: now });
    this.trim();
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The scenario to go back to, given the one shown now (kept for redo); null when there is none. */
  undo(current: Scenario): Scenario | null {
    const step = this.past.pop();
    if (!step) return null;
    this.future.push({ fields: fieldsOfScenario(current, this.future.at(-1)?.fields ?? step.fields), key: '', at: 0 });
    this.trim();
    return scenarioOf(step.fields);
  }

  redo(current: Scenario): Scenario | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push({ fields: fieldsOfScenario(current, this.past.at(-1)?.fields ?? next.fields), key: '', at: 0 });
    this.trim();
    return scenarioOf(next.fields);
  }

  clear(): void {
    if (this.past.length + this.future.length > 0) this.revision++;
    this.past = [];
    this.future = [];
  }

  /** The steps in time order: the undo ones oldest first, then the redo ones nearest first. */
  private chain(): Step[] {
    return [...this.past, ...[...this.future].reverse()];
  }

  /** Steps held and their bytes (each shared field once, as `save` writes them). */
  get size(): { steps: number; bytes: number } {
    const chain = this.chain();
    return { steps: chain.length, bytes: chain.reduce((sum, s, i) => sum + ownBytes(s.fields, chain[i - 1]?.fields), 0) };
  }

  /** Drops the oldest undo steps (then the farthest redo steps) past either bound; the newest step always stays. */
  private trim(): void {
    this.revision++;
    for (;;) {
      const { steps, bytes } = this.size;
      if (steps <= HISTORY_DEPTH && bytes <= HISTORY_MAX_BYTES) return;
      if (this.past.length > 1 || (this.past.length === 1 && this.future.length > 0)) this.past.shift();
      else if (this.future.length > 1) this.future.shift();
      else return;
    }
  }

  save(): SavedHistory {
    const chain = this.chain();
    const steps = chain.map(({ fields }, i) => {
      const before = chain[i - 1]?.fields;
      const set = Object.fromEntries(Object.entries(fields.text).filter(([key, text]) => before?.text[key] !== text));
      const drop = before ? Object.keys(before.text).filter((key) => !(key in fields.text)) : [];
      return { set, drop };
    });
    return { format: 'targetcast-history', past: this.past.length, steps };
  }

  /**
   * Takes back a saved history (from the autosave, which may be damaged or another version's):
   * false, and the history empty, when it is not one. Each step is checked again by the engine
   * when undo opens it.
   */
  restore(saved: unknown): boolean {
    this.clear();
    if (!isSaved(saved)) return false;
    try {
      for (const step of saved.steps) Object.values(step.set).forEach((text) => JSON.parse(text));
    } catch {
      return false;
    }
    let before: Fields | undefined;
    const steps = saved.steps.map(({ set, drop }) => {
      const entries = new Map(before ? Object.entries(before.text) : []);
      for (const key of drop) entries.delete(key);
      for (const [key, text] of Object.entries(set)) entries.set(key, text);
      before = fieldsOf(entries, before);
      return { fields: before, key: '', at: 0 };
    });
    this.past = steps.slice(0, saved.past);
    this.future = steps.slice(saved.past).reverse();
    this.trim();
    return true;
  }
}

const isStrings = (v: unknown): v is Record<string, string> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((t) => typeof t === 'string');

function isSaved(v: unknown): v is SavedHistory {
  if (v === null || typeof v !== 'object') return false;
  const s = v as Partial<SavedHistory>;
  return (
    s.format === 'targetcast-history' &&
    Array.isArray(s.steps) &&
    Number.isInteger(s.past) &&
    s.past! >= 0 &&
    s.past! <= s.steps.length &&
    s.steps.every((step) => isStrings(step?.set) && Array.isArray(step.drop) && step.drop.every((k) => typeof k === 'string'))
  );
}
