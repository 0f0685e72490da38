// The app session around a notebook: which file is open, autosave and restore, save and open
// through the browser, and the "unsaved changes" guard. Holds no numbers of its own.
import { untrack } from 'svelte';
import { serializeScenario, type Scenario } from '../../engine/index.ts';
import { Autosave, type AutosaveRecord } from '../files/autosave.ts';
import { readFileText, Saver } from '../files/file-io.ts';
import { starterCells } from './cells/registry.ts';
import { NotebookStore, type NotebookEngine } from './store.svelte.ts';

export class Session {
  readonly store: NotebookStore;
  /** Set when the notebook came back from autosave (shown as a note). */
  restored = $state<AutosaveRecord | null>(null);
  /** The id of the view shown (src/ui/views/registry.ts). */
  view = $state('notebook');
  /** Scenario files added in the Compare view: kept here so switching views does not drop them. */
  compareFiles = $state<Array<{ fileName: string; scenario: Scenario }>>([]);
  /** Ids of the notebook's variants unticked in the Compare view (all are compared by default). */
  compareLeftOut = $state<string[]>([]);
  /** When the last autosave was committed to IndexedDB, and whether the last attempt failed. */
  autosavedAt = $state<string | null>(null);
  autosaveFailed = $state(false);
  /** Why the last Save failed (the file was left as it was); null after a good save. */
  saveError = $state<string | null>(null);
  private autosavePending = false;
  private autosaving = false;

  constructor(
    engine: NotebookEngine,
    private readonly autosave: Pick<Autosave, 'load' | 'save'>,
    private readonly defaultFile: { name: string; text: string },
    private readonly saver = new Saver(),
  ) {
    this.store = new NotebookStore(engine);
  }

  /** The autosaved notebook if there is one, else the shipped default. */
  async start(): Promise<void> {
    const record = await this.autosave.load();
    if (record) {
      const parsed = await this.store.openFile(record.text, record.fileName ?? 'autosave');
      if (parsed) {
        this.store.dirty = record.dirty;
        this.restored = record;
        return;
      }
    }
    await this.store.openFile(this.defaultFile.text, this.defaultFile.name);
  }

  /**
   * Called whenever the notebook changes. Writes at once rather than after a quiet spell: a killed
   * tab or browser gets no chance to flush, so any delay is work lost. At most one write runs at a
   * time; changes made during it are written right after, so a dragged slider costs one write per
   * IndexedDB round trip, not one per step.
   */
  scheduleAutosave(): void {
    this.autosavePending = true;
    // Untracked: the caller is an effect, which must not come to depend on what a write reads.
    if (!this.autosaving) untrack(() => void this.drainAutosave());
  }

  private async drainAutosave(): Promise<void> {
    this.autosaving = true;
    while (this.autosavePending) {
      this.autosavePending = false;
      await this.autosaveNow();
    }
    this.autosaving = false;
  }

  async autosaveNow(): Promise<void> {
    if (!this.store.scenario) return;
    const savedAt = new Date().toISOString();
    const ok = await this.autosave.save({
      text: serializeScenario(this.store.snapshot()),
      fileName: this.store.fileName,
      dirty: this.store.dirty,
      savedAt,
    });
    this.autosaveFailed = !ok;
    if (ok) this.autosavedAt = savedAt;
  }

  /** Saves to a file; on failure the notebook stays unsaved and `saveError` says why. */
  async save(saveAs: boolean): Promise<void> {
    if (!this.store.scenario) return;
    const scenario = this.store.snapshot();
    const revision = this.store.revision;
    this.saveError = null;
    const outcome = await this.saver.save(serializeScenario(scenario), scenario.title, saveAs);
    if (!outcome.ok) {
      if (!outcome.cancelled) this.saveError = outcome.error;
      return;
    }
    this.store.markSaved(outcome.name);
    if (this.store.revision !== revision) this.store.dirty = true; // edited while the file was written
    this.scheduleAutosave(); // the record's "unsaved" flag and file name
  }

  async open(file: File): Promise<void> {
    const read = await readFileText(file);
    if (!read.ok) {
      this.store.fileIssues = { fileName: file.name, issues: read.issues };
      return;
    }
    if (await this.store.openFile(read.value, file.name)) {
      this.saver.forget();
      this.restored = null;
      this.saveError = null;
    }
  }

  /** A new scenario on the embedded data, all levers at their defaults, with a starter notebook. */
  async newNotebook(): Promise<void> {
    this.saver.forget();
    this.restored = null;
    this.saveError = null;
    const cells = starterCells();
    await this.store.load(await this.store.newScenario(cells));
  }

  /** For `beforeunload`: true when closing would lose unsaved work. */
  get hasUnsavedWork(): boolean {
    return this.store.dirty;
  }
}
