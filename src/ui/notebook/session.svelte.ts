// The app session around a notebook: which file is open, autosave and restore, save and open
// through the browser, and the "unsaved changes" guard. Holds no numbers of its own.
import { newScenario, serializeScenario } from '../../engine/io/scenario-file.ts';
import { Autosave, type AutosaveRecord } from '../files/autosave.ts';
import { readFileText, Saver } from '../files/file-io.ts';
import { blankCell, NotebookStore, type NotebookEngine } from './store.svelte.ts';

export const AUTOSAVE_DELAY_MS = 400;

export class Session {
  readonly store: NotebookStore;
  /** Set when the notebook came back from autosave (shown as a note). */
  restored = $state<AutosaveRecord | null>(null);
  /** The id of the view shown (src/ui/views/registry.ts). */
  view = $state('notebook');
  private readonly saver = new Saver();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    engine: NotebookEngine,
    private readonly autosave: Autosave,
    private readonly defaultFile: { name: string; text: string },
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

  /** Called whenever the notebook changes; writes to IndexedDB shortly after the last change. */
  scheduleAutosave(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.autosaveNow(), AUTOSAVE_DELAY_MS);
  }

  async autosaveNow(): Promise<void> {
    if (!this.store.scenario) return;
    await this.autosave.save({
      text: serializeScenario(this.store.snapshot()),
      fileName: this.store.fileName,
      dirty: this.store.dirty,
      savedAt: new Date().toISOString(),
    });
  }

  async save(saveAs: boolean): Promise<void> {
    if (!this.store.scenario) return;
    const scenario = this.store.snapshot();
    const name = await this.saver.save(serializeScenario(scenario), scenario.title, saveAs);
    if (name) {
      this.store.markSaved(name);
      await this.autosaveNow();
    }
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
    }
  }

  /** A new scenario on the embedded data, all levers at their defaults, with a starter notebook. */
  async newNotebook(): Promise<void> {
    this.saver.forget();
    this.restored = null;
    const cells = (['markdown', 'chart', 'levers', 'answer'] as const).map((type) => blankCell(type));
    await this.store.load(newScenario({ cells }));
  }

  /** For `beforeunload`: true when closing would lose unsaved work. */
  get hasUnsavedWork(): boolean {
    return this.store.dirty;
  }
}
