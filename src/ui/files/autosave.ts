// Autosave to IndexedDB (idb-keyval: a tiny, well-kept wrapper), so a reload or a crashed tab
// gives back the last state. The saved text is the scenario file itself, so restoring goes
// through the same validation as opening a file.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export interface AutosaveRecord {
  /** The scenario, serialized as a scenario file. */
  text: string;
  fileName: string | null;
  /** Whether it had unsaved changes when autosaved. */
  dirty: boolean;
  savedAt: string;
}

const KEY = 'current';

export class Autosave {
  private readonly store: UseStore;

  constructor(dbName = 'targetcast', storeName = 'autosave') {
    this.store = createStore(dbName, storeName);
  }

  async load(): Promise<AutosaveRecord | null> {
    try {
      const record = await get<AutosaveRecord>(KEY, this.store);
      return record && typeof record.text === 'string' ? record : null;
    } catch {
      return null; // storage blocked or corrupt: start from the default notebook
    }
  }

  async save(record: AutosaveRecord): Promise<boolean> {
    try {
      await set(KEY, record, this.store);
      return true;
    } catch {
      return false;
    }
  }

  async clear(): Promise<void> {
    try {
      await del(KEY, this.store);
    } catch {
      // nothing to clear
    }
  }
}
