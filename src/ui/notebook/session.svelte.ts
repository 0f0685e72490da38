// The app session around a notebook: which file is open, autosave and restore (with the undo
// history), save and open through the browser, the "unsaved changes" guard, and which tab writes
// the autosave when several show the app. Holds no numbers of its own.
import { untrack } from 'svelte';
import { serializeScenario, type Scenario } from '../../engine/index.ts';
import { Autosave, type AutosaveRecord } from '../files/autosave.ts';
import { readFileText, Saver, storableHandle, type SaveHandle } from '../files/file-io.ts';
import { TabLock } from '../files/tab-lock.svelte.ts';
import { starterCells } from './cells/registry.ts';
import type { ShippedAnswers } from './shipped-answers.ts';
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
  /** The undo history as last written with the autosave (it is written again only when it moved). */
  private savedHistory = -1;
  /** The notebook's revision once started: a tab that takes over unchanged takes the latest autosave first. */
  private startRevision = -1;

  constructor(
    engine: NotebookEngine,
    private readonly autosave: Pick<Autosave, 'load' | 'save'>,
    /** The notebook opened when nothing is autosaved, with its first answers when they came with the app. */
    private readonly defaultFile: { name: string; text: string; answers?: ShippedAnswers },
    private readonly saver = new Saver(),
    readonly tab = new TabLock(),
  ) {
    this.store = new NotebookStore(engine, defaultFile.answers ?? null);
  }

  /** The autosaved notebook (and its undo history) if there is one, else the shipped default. */
  async start(): Promise<void> {
    // The notebook opens while the tab asks for the autosave lock (a round trip to the browser
    // that took 0.1-0.2 s at start-up): which notebook to open depends on the autosave alone.
    // Until the lock answers this tab writes nothing; a change meanwhile is written once it may.
    const saved = this.autosave.load();
    const role = this.tab.start();
    if (!(await this.restore(saved))) await this.store.openFile(this.defaultFile.text, this.defaultFile.name);
    this.startRevision = this.store.revision;
    await role;
    if (this.autosavePending) this.scheduleAutosave();
  }

  /** Opens the autosaved notebook (`saved`, if it is being read already) if there is one. */
  private async restore(saved = this.autosave.load()): Promise<boolean> {
    const record = await saved;
    if (!record || !(await this.store.openFile(record.text, record.fileName ?? 'autosave'))) return false;
    this.store.dirty = record.dirty;
    this.restored = record;
    if (record.history !== undefined) this.store.restoreHistory(record.history);
    this.savedHistory = this.store.historyRevision;
    if (record.handle) this.saver.adopt(record.handle);
    return true;
  }

  /**
   * Makes this tab the one that autosaves: the other tab stops. A tab left unchanged first takes
   * the autosave as the other tab last wrote it; a changed one writes its own notebook.
   */
  async takeOver(): Promise<void> {
    await this.tab.takeOver();
    if (!this.tab.canWrite) return;
    if (this.store.revision === this.startRevision && (await this.restore())) this.startRevision = this.store.revision;
    this.scheduleAutosave();
  }

  /**
   * Called whenever the notebook changes. Writes at once rather than after a quiet spell: a killed
   * tab or browser gets no chance to flush, so any delay is work lost. At most one write runs at a
   * time; changes made during it are written right after, so a dragged slider costs one write per
   * IndexedDB round trip, not one per step.
   */
  scheduleAutosave(): void {
    this.autosavePending = true;
    if (!this.tab.canWrite) return; // another tab writes it (or this one works on a copy), or the lock has not answered yet
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
    if (!this.store.scenario || !this.tab.canWrite) return;
    const savedAt = new Date().toISOString();
    const history = this.store.historyRevision;
    const handle = this.saver.current;
    const ok = await this.autosave.save({
      text: serializeScenario(this.store.snapshot()),
      fileName: this.store.fileName,
      dirty: this.store.dirty,
      savedAt,
      ...(storableHandle(handle) ? { handle } : {}),
      ...(history === this.savedHistory ? {} : { history: this.store.savedHistory() }),
    });
    this.autosaveFailed = !ok;
    if (ok) {
      this.autosavedAt = savedAt;
      this.savedHistory = history;
    }
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

  /** Opens a file; with its handle (the browser's open picker), Save writes back to it without asking. */
  async open(file: File, handle?: SaveHandle): Promise<void> {
    const read = await readFileText(file);
    if (!read.ok) {
      this.store.fileIssues = { fileName: file.name, issues: read.issues };
      return;
    }
    if (await this.store.openFile(read.value, file.name)) {
      if (handle) this.saver.adopt(handle);
      else this.saver.forget();
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
