// Autosave to IndexedDB (idb-keyval: a tiny, well-kept wrapper), so a reload or a crashed tab
// gives back the last state. The saved text is the scenario file itself, so restoring goes
// through the same validation as opening a file. The undo history is kept beside it under its own
// key, written in the same transaction when it changed (a dragged slider rewrites only the record).
import { createStore, del, getMany, set, setMany, type UseStore } from 'idb-keyval';
import type { SaveHandle } from './file-io.ts';

export interface AutosaveRecord {
  /** The scenario, serialized as a scenario file. */
  text: string;
  fileName: string | null;
  /** Whether it had unsaved changes when autosaved. */
  dirty: boolean;
  savedAt: string;
  /** The file it was opened from or saved to, where the browser can keep one (Save writes there again). */
  handle?: SaveHandle;
  /** The undo history (History.save()): written only when given, read back with the record. */
  history?: unknown;
}

const KEY = 'current';
const HISTORY_KEY = 'history';

export class Autosave {
  private readonly store: UseStore;

  constructor(dbName = 'targetcast', storeName = 'autosave') {
    this.store = createStore(dbName, storeName);
  }

  async load(): Promise<AutosaveRecord | null> {
    try {
      const [record, history] = await getMany<unknown>([KEY, HISTORY_KEY], this.store);
      const r = record as AutosaveRecord | undefined;
      return r && typeof r.text === 'string' ? { ...r, ...(history === undefined ? {} : { history }) } : null;
    } catch {
      return null; // storage blocked or corrupt: start from the default notebook
    }
  }

  async save(record: AutosaveRecord): Promise<boolean> {
    const { history, ...rest } = record;
    try {
      if (history === undefined) await set(KEY, rest, this.store);
      else
        await setMany(
          [
            [KEY, rest],
            [HISTORY_KEY, history],
          ],
          this.store,
        );
      return true;
    } catch {
      return false;
    }
  }

  async clear(): Promise<void> {
    try {
      await del(KEY, this.store);
      await del(HISTORY_KEY, this.store);
    } catch {
      // nothing to clear
    }
  }
}
