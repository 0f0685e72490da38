// The notebook's state and the intents that change it. Components render this state and call
// these methods; all computation goes to the engine (a worker) through `NotebookEngine`.
// Dataflow: a lever change reruns the simulation only; a data change rebuilds the baseline
// (open) and then runs; text, chart and layout edits touch no engine work at all.
import { keepUnchanged } from '../lib/keep-unchanged.ts';
import { PREVIEW_PATHS, type ShippedAnswers } from './shipped-answers.ts';
import { previewOver } from './preview-result.ts';
import {
  cellBoundsIssue,
  SCENARIO_LIMITS,
  type Observation,
  type Target,
  type ScenarioCell,
  type Scenario,
  type CompareResult,
  type GoalSeekAnswer,
  type GoalSeekQuery,
  type CheapestAnswer,
  type CheapestQuery,
  type LeverDef,
  type ScenarioResult,
  type Tornado,
  type CompareRequest,
  type LeverSettings,
  type OpenedScenario,
  type Outcome,
  type ImportChoices,
  type ImportPreview,
  type Variant,
} from '../../engine/index.ts';
import { copySet, freeName, leverIn, newVariantId, variantName } from '../scenarios/variants.ts';
import { History, type SavedHistory } from './history.ts';
import { setMetricCatalogue } from '../i18n/metric-catalogue.ts';
import type { EngineRequests, RequestOptions } from '../engine/types.ts';
import { locale } from '../i18n/locale.svelte.ts';
import { errorText, issueText, type ShownIssue } from '../i18n/messages.ts';
import { newCellId } from './cells/cell-id.ts';
import type { StringKey } from '../i18n/strings.ts';
import type { Vars } from '../i18n/text.ts';

/** What the store needs from the engine client (workers/engine.worker.ts behind it). */
export type NotebookEngine = EngineRequests;

export type Phase = 'opening' | 'running' | 'ready' | 'error';

export { PREVIEW_PATHS };

function upsert<T extends { id: string }>(list: T[], record: T): void {
  const i = list.findIndex((r) => r.id === record.id);
  if (i >= 0) list[i] = record;
  else list.push(record);
}

export class NotebookStore {
  scenario = $state<Scenario | null>(null);
  opened = $state.raw<OpenedScenario | null>(null);
  result = $state.raw<ScenarioResult | null>(null);
  phase = $state<Phase>('opening');
  /** New numbers are on their way: what is shown may change (tables say so with aria-busy). */
  get busy(): boolean {
    return this.phase === 'running' || this.phase === 'opening';
  }
  /** The engine's last error (a message to show); the notebook stays as it was. */
  engineError = $state<string | null>(null);
  /** Problems with a file the user tried to open; the open notebook is untouched. */
  fileIssues = $state<{ fileName: string; issues: ShownIssue[] } | null>(null);
  /**
   * Why the last edit was refused: it would break a bound of the file format (SCENARIO_LIMITS),
   * so the notebook could not be saved and read back. Cleared by the next edit that is made.
   */
  limitNotice = $state<string | null>(null);
  /** Unsaved changes since the last save or open. */
  dirty = $state(false);
  fileName = $state<string | null>(null);
  /** Bumped on every change worth autosaving. */
  revision = $state(0);
  /** What importing the file the user chose would do, shown until they confirm or cancel. */
  importPreview = $state<ImportPreview | null>(null);
  private readonly history = new History();
  canUndo = $state(false);
  canRedo = $state(false);
  /** Moves when the undo steps change (the autosave then writes them too). */
  historyRevision = $state(0);

  /** `shipped`: the first answers of the notebook the app ships with, shown at once when that file opens. */
  constructor(
    private readonly engine: NotebookEngine,
    private readonly shipped: ShippedAnswers | null = null,
  ) {}

  private settings(): LeverSettings {
    const s = this.scenario!;
    return $state.snapshot({ levers: s.levers, distributions: s.distributions, leversFrom: s.leversFrom }) as LeverSettings;
  }

  /** Keeps the notebook as it is now for undo, before a change of this kind (see History). */
  private remember(key = ''): void {
    if (!this.scenario) return;
    this.history.record(() => this.scenario!, key);
    this.syncHistory();
  }

  private syncHistory(): void {
    this.canUndo = this.history.canUndo;
    this.canRedo = this.history.canRedo;
    this.historyRevision = this.history.revision;
  }

  /** The undo history as the autosave keeps it. */
  savedHistory(): SavedHistory {
    return this.history.save();
  }

  /** Takes back an autosaved history for the notebook open now; false (and none) when it is not one. */
  restoreHistory(saved: unknown): boolean {
    const ok = this.history.restore(saved);
    this.syncHistory();
    return ok;
  }

  /** Goes back one step: the scenario reopens as it was (the baseline is rebuilt only if its data differ). */
  async undo(): Promise<void> {
    if (!this.scenario) return;
    const previous = this.history.undo(this.scenario);
    this.syncHistory();
    if (previous) await this.load(previous, { fileName: this.fileName, dirty: true, keepHistory: true });
  }

  async redo(): Promise<void> {
    if (!this.scenario) return;
    const next = this.history.redo(this.scenario);
    this.syncHistory();
    if (next) await this.load(next, { fileName: this.fileName, dirty: true, keepHistory: true });
  }

  private changed(): void {
    this.dirty = true;
    this.revision += 1;
    this.limitNotice = null;
  }

  /** Refuses an edit with a message; always false, for `return this.refuse(...)`. */
  private refuse(key: StringKey, vars: Vars): false {
    this.limitNotice = locale.t(key, vars);
    return false;
  }

  dismissLimitNotice(): void {
    this.limitNotice = null;
  }

  /** Opens a validated scenario: rebuild the baseline, then run. */
  async load(
    scenario: Scenario,
    options: { fileName?: string | null; dirty?: boolean; keepHistory?: boolean; previewShown?: boolean } = {},
  ): Promise<boolean> {
    this.phase = 'opening';
    const token = ++this.loadToken;
    const snapshot = $state.snapshot(scenario) as Scenario;
    const preview = options.previewShown || snapshot.monteCarlo.paths <= PREVIEW_PATHS ? null : await this.loadPreview(snapshot, token);
    const opened = preview && !preview.ok ? preview : await this.engine.open(snapshot);
    if (token !== this.loadToken) return false; // another notebook is opening
    if (!opened.ok) {
      this.phase = this.scenario ? 'ready' : 'error';
      this.fileIssues = { fileName: options.fileName ?? scenario.title, issues: opened.issues };
      return false;
    }
    this.scenario = opened.value.scenario;
    setMetricCatalogue(opened.value.metrics);
    this.opened = opened.value;
    this.fileName = options.fileName ?? null;
    this.dirty = options.dirty ?? false;
    this.fileIssues = null;
    this.revision += 1;
    if (!options.keepHistory) this.history.clear();
    this.syncHistory();
    await this.rerun();
    void this.warmUp(token);
    return true;
  }

  /**
   * Once a notebook's answers are in, the engine runs moves nobody made, one request each (the
   * levers its lever cells show among them), so the first real ones are not slowed by code run for
   * the first time (EngineService.warmUp). Stops at the first real move or request, or another
   * notebook; its answers are never shown.
   */
  private async warmUp(token: number): Promise<void> {
    const moves = this.runToken;
    const shown = (this.scenario?.cells ?? []).flatMap((c) => (c.type === 'levers' ? c.levers : []));
    try {
      for (let index = 0; token === this.loadToken && moves === this.runToken && this.scenario; index++)
        if (!(await this.engine.warmUp(this.settings(), PREVIEW_PATHS, index, shown))) return;
    } catch {
      // Only speed was at stake: a failing engine shows itself on the next real request.
    }
  }

  /** Bumped by every load: only the newest may show its answers. */
  private loadToken = 0;

  /**
   * Building the baseline takes about a second on 10,000 paths, nearly all of it drawing paths:
   * the answers on the first PREVIEW_PATHS come first (the toolbar says they are a preview), then
   * the full baseline. Returns the engine's answer to opening it (a refusal stops the load).
   */
  private async loadPreview(snapshot: Scenario, token: number) {
    const quick = await this.engine.open({ ...snapshot, monteCarlo: { ...snapshot.monteCarlo, paths: PREVIEW_PATHS } });
    if (!quick.ok || token !== this.loadToken) return quick;
    this.showPreviewOpened(quick.value, snapshot.monteCarlo);
    const outcome = await this.engine.run(this.settings());
    if (!outcome.stale && token === this.loadToken) this.result = keepUnchanged(this.result, outcome.result);
    return quick;
  }

  /** Shows a scenario opened on PREVIEW_PATHS paths, keeping the scenario's own simulation settings. */
  private showPreviewOpened(quick: OpenedScenario, monteCarlo: Scenario['monteCarlo']): void {
    this.scenario = { ...quick.scenario, monteCarlo };
    setMetricCatalogue(quick.metrics);
    this.opened = quick;
  }

  // ---- import: preview in the engine, then one step ----------------------------------------

  /** Reads a workbook or CSV file in the engine and shows what importing it would do; nothing changes yet. */
  async previewImport(file: { bytes: Uint8Array; name: string; sheet?: string }): Promise<boolean> {
    if (!this.scenario) return false;
    const outcome = await this.engine.previewImport(file, $state.snapshot(this.scenario) as Scenario, new Date());
    if (!outcome.ok) {
      this.fileIssues = { fileName: file.name, issues: outcome.issues };
      return false;
    }
    this.importPreview = outcome.value;
    return true;
  }

  /** Applies the previewed import as the user chose, as one step undo takes back. */
  async confirmImport(choices: ImportChoices): Promise<boolean> {
    if (!this.scenario || !this.importPreview) return false;
    const fileName = this.importPreview.fileName;
    const outcome = await this.engine.applyImport($state.snapshot(this.scenario) as Scenario, $state.snapshot(choices) as ImportChoices);
    if (!outcome.ok) {
      this.fileIssues = { fileName, issues: outcome.issues };
      return false;
    }
    this.remember();
    this.importPreview = null;
    return this.load(outcome.value, { fileName: this.fileName, dirty: true, keepHistory: true });
  }

  /** The preview again with another mode (add, or replace the notebook's data) or region. */
  async revisePreview(chosen: { mode: ImportChoices['mode']; region: string }): Promise<void> {
    const outcome = await this.engine.revisePreview({ ...chosen });
    if (outcome.ok) this.importPreview = outcome.value;
    else this.fileIssues = { fileName: this.importPreview?.fileName ?? '', issues: outcome.issues };
  }

  cancelImport(): void {
    this.importPreview = null;
  }

  /** Reads a file's text in the engine; a bad file only shows its problems. */
  async openFile(text: string, fileName: string): Promise<boolean> {
    // Opening from now on (the engine may first finish a request already under way): a newer
    // open supersedes this one.
    const before = this.phase;
    this.phase = 'opening';
    const token = ++this.loadToken;
    // The shipped notebook: its first answers came with the app, so they show before the worker
    // has even started; the worker then reads the file and computes the full answers as usual.
    const shipped = this.shipped?.text === text && !this.scenario ? this.shipped : null;
    if (shipped) {
      this.showPreviewOpened(shipped.opened, (JSON.parse(text) as Scenario).monteCarlo);
      this.fileName = fileName;
      this.result = shipped.result;
    }
    const parsed = await this.engine.parse(text, fileName);
    if (token !== this.loadToken) return false; // another notebook is opening
    if (!parsed.ok) {
      this.phase = this.scenario ? (before === 'opening' ? 'ready' : before) : 'error';
      this.fileIssues = { fileName, issues: parsed.issues };
      return false;
    }
    return this.load(parsed.value, { fileName, previewShown: shipped !== null });
  }

  dismissFileIssues(): void {
    this.fileIssues = null;
  }

  /** Bumped by every rerun: only the newest may show its answers. */
  private runToken = 0;

  /**
   * Runs the current levers. With `preview` (a lever move), the answers on the first PREVIEW_PATHS
   * paths come first, within a few milliseconds, and the full run follows in the same request (the
   * worker goes on with it while the page shows the preview; the toolbar says which is shown). Only
   * the metrics the moved lever can reach take the preview's numbers. A move while another runs
   * waits, and only the newest waiting one runs, so a dragged slider shows a stream of previews and
   * ends on the full answer to where it stopped. The phase stays 'running' until the full numbers are in.
   */
  private async rerun(preview = false, moved?: string): Promise<void> {
    if (!this.scenario) return;
    this.phase = 'running';
    const token = ++this.runToken;
    const settings = this.settings();
    try {
      const outcome =
        preview && this.scenario.monteCarlo.paths > PREVIEW_PATHS
          ? await this.engine.runWithPreview(settings, PREVIEW_PATHS, (quick) => {
              if (token !== this.runToken) return; // a newer move is on its way
              const reach = moved && this.opened?.leverReach[moved];
              this.result = keepUnchanged(this.result, previewOver(this.result, quick, reach ? new Set(reach) : null));
              this.engineError = null;
            })
          : await this.engine.run(settings);
      if (outcome.stale || token !== this.runToken) return; // a newer run is on its way
      this.result = keepUnchanged(this.result, outcome.result);
      this.engineError = null;
      this.phase = 'ready';
    } catch (error) {
      this.engineError = errorText(error, locale.lang);
      this.phase = 'error';
    }
  }

  /**
   * Applies a data edit and rebuilds the baseline. If the engine refuses the edited data (a
   * removal something else is derived from, say), the edit is rolled back and the reason shown.
   */
  private editData(edit: (data: Scenario['data']) => void): void {
    if (!this.scenario) return;
    this.remember();
    const before = $state.snapshot(this.scenario.data) as Scenario['data'];
    edit(this.scenario.data);
    this.changed();
    void this.reopen(before);
  }

  /** Bumped by every data edit's reopen: only the newest may apply its answer or roll back. */
  private openToken = 0;

  private async reopen(before: Scenario['data']): Promise<void> {
    if (!this.scenario) return;
    this.phase = 'opening';
    const token = ++this.openToken;
    const opened = await this.engine.open($state.snapshot(this.scenario) as Scenario);
    // A later edit is being opened: this answer is about data no longer shown (rolling back to
    // `before` would undo that later edit).
    if (token !== this.openToken) return;
    if (!opened.ok) {
      this.scenario.data = before;
      this.engineError = opened.issues.map((i) => issueText(i, locale.lang)).join('\n');
      this.phase = 'ready';
      return;
    }
    setMetricCatalogue(opened.value.metrics);
    this.opened = opened.value;
    this.engineError = null;
    await this.rerun();
  }

  // ---- levers: rerun only ----------------------------------------------------------------

  /** A lever with the open scenario's region defaults and sources. */
  leverDef(id: string): LeverDef | undefined {
    return this.opened?.levers.find((l) => l.id === id);
  }

  leverValue(id: string): number {
    return this.scenario?.levers[id] ?? this.leverDef(id)?.default ?? Number.NaN;
  }

  setLever(id: string, value: number): void {
    const def = this.leverDef(id);
    if (!this.scenario || !def || !Number.isFinite(value)) return;
    const clamped = Math.min(def.max, Math.max(def.min, value));
    this.remember(`lever:${id}`);
    // Only values that differ from the default are stored, as in the file format.
    if (clamped === def.default) delete this.scenario.levers[id];
    else this.scenario.levers[id] = clamped;
    const distribution = this.scenario.distributions[id];
    if (distribution)
      this.scenario.distributions[id] = {
        ...distribution,
        mid: clamped,
        low: Math.min(distribution.low, clamped),
        high: Math.max(distribution.high, clamped),
      };
    this.changed();
    void this.rerun(true, id);
  }

  resetLever(id: string): void {
    const def = this.leverDef(id);
    if (def) this.setLever(id, def.default);
  }

  // ---- variants: named lever sets, the base case first (src/ui/scenarios/) ------------------

  /** Each lever's region default, by id (an unset lever's value in any set). */
  get leverDefaults(): ReadonlyMap<string, number> {
    return new Map((this.opened?.levers ?? []).map((l) => [l.id, l.default]));
  }

  /** The variant the levers were last switched to or saved as. */
  get activeVariant(): Variant | undefined {
    return this.scenario?.variants.find((v) => v.id === this.scenario!.activeVariant);
  }

  /** A lever's value in the active variant (where a moved lever came from). */
  variantLeverValue(id: string): number {
    const active = this.activeVariant;
    return active ? leverIn(active, id, this.leverDefaults) : this.leverValue(id);
  }

  /** The levers and distributions as they are now, as plain data. */
  private leverSet(): Pick<Variant, 'levers' | 'distributions'> {
    return copySet($state.snapshot({ levers: this.scenario!.levers, distributions: this.scenario!.distributions }));
  }

  /** One undoable change to the variants, with a rerun when the levers changed. */
  private editVariants(edit: (s: Scenario) => void, rerun = false): void {
    if (!this.scenario) return;
    this.remember();
    edit(this.scenario);
    this.changed();
    if (rerun) void this.rerun();
  }

  /** The levers as they are now, as a new variant that becomes the active one; its id, or '' when the notebook is full. */
  saveVariant(name: string): string {
    const s = this.scenario;
    if (!s) return '';
    const max = SCENARIO_LIMITS.maxVariants;
    if (s.variants.length >= max) return (this.refuse('variantFull', { max }), '');
    const id = newVariantId(s.variants);
    const named = freeName(
      name.trim().slice(0, SCENARIO_LIMITS.maxName) || locale.t('variantNewDefault', { n: s.variants.length + 1 }),
      s.variants,
      locale.lang,
    );
    const set = this.leverSet();
    this.editVariants((s) => {
      s.variants.push({ id, name: named, ...set });
      s.activeVariant = id;
    });
    return id;
  }

  /** Stores the levers as they are now in the active variant. */
  updateVariant(): void {
    const i = this.scenario?.variants.findIndex((v) => v.id === this.scenario!.activeVariant) ?? -1;
    if (i < 0) return;
    const set = this.leverSet();
    this.editVariants((s) => void Object.assign(s.variants[i]!, set));
  }

  /** Makes a variant the active one: the levers take its values and distributions, and the notebook reruns. */
  switchVariant(id: string): void {
    const variant = this.scenario?.variants.find((v) => v.id === id);
    if (!variant) return;
    const set = copySet($state.snapshot(variant) as Variant);
    this.editVariants((s) => {
      s.levers = set.levers;
      s.distributions = set.distributions;
      s.activeVariant = id;
    }, true);
  }

  /** Names a variant (a blank name gives back the default, "Base case" or "Scenario n"); a name another has is refused. */
  renameVariant(id: string, name: string): boolean {
    const s = this.scenario;
    const i = s?.variants.findIndex((v) => v.id === id) ?? -1;
    if (!s || i < 0) return false;
    const trimmed = name.trim().slice(0, SCENARIO_LIMITS.maxName);
    const others = s.variants.filter((v) => v.id !== id);
    if (trimmed !== '' && freeName(trimmed, others, locale.lang) !== trimmed) return this.refuse('variantNameTaken', { name: trimmed });
    if ((trimmed || undefined) === s.variants[i]!.name) return true;
    this.editVariants((s) => {
      const v = s.variants[i]!;
      if (trimmed) v.name = trimmed;
      else delete v.name;
    });
    return true;
  }

  /** A copy of a variant after it (not made active); its id, or '' when the notebook is full. */
  duplicateVariant(id: string): string {
    const s = this.scenario;
    const i = s?.variants.findIndex((v) => v.id === id) ?? -1;
    if (!s || i < 0) return '';
    const max = SCENARIO_LIMITS.maxVariants;
    if (s.variants.length >= max) return (this.refuse('variantFull', { max }), '');
    const copy = newVariantId(s.variants);
    const name = freeName(locale.t('variantCopyName', { name: variantName(s.variants[i]!, i, locale.lang) }), s.variants, locale.lang);
    const set = copySet($state.snapshot(s.variants[i]!) as Variant);
    this.editVariants((s) => void s.variants.splice(i + 1, 0, { id: copy, name, ...set }));
    return copy;
  }

  /** Removes a variant other than the base case; if it was the active one, the base case is (the levers stay as they are). */
  deleteVariant(id: string): void {
    const i = this.scenario?.variants.findIndex((v) => v.id === id) ?? -1;
    if (i <= 0) return;
    this.editVariants((s) => {
      s.variants.splice(i, 1);
      if (s.activeVariant === id) s.activeVariant = s.variants[0]!.id;
    });
  }

  // ---- data: rebuild the baseline, then run -----------------------------------------------

  /**
   * Adds or replaces user observations (same id replaces an embedded one), with one rebuild.
   * All or none: an import that would pass the file's bound is refused whole.
   */
  upsertObservations(observations: readonly Observation[]): boolean {
    if (!this.scenario || observations.length === 0) return false;
    const ids = new Set(this.scenario.data.observations.map((o) => o.id));
    const count = ids.size + new Set(observations.map((o) => o.id).filter((id) => !ids.has(id))).size;
    const max = SCENARIO_LIMITS.maxObservations;
    if (count > max)
      return this.refuse('limitObservations', { max: max.toLocaleString(locale.lang), count: count.toLocaleString(locale.lang) });
    this.editData((data) => observations.forEach((o) => upsert(data.observations, o)));
    return true;
  }

  upsertObservation(observation: Observation): void {
    this.upsertObservations([observation]);
  }

  upsertTarget(target: Target): boolean {
    const targets = this.scenario?.data.targets;
    const max = SCENARIO_LIMITS.maxTargets;
    if (targets && targets.length >= max && !targets.some((t) => t.id === target.id)) return this.refuse('limitTargets', { max });
    this.editData((data) => upsert(data.targets, target));
    return true;
  }

  /** Removes a user's record (an embedded one it replaced shows again), or marks an embedded one as removed. */
  private removeRecord(list: 'observations' | 'targets', id: string): void {
    this.editData((data) => {
      const own = data[list].findIndex((r) => r.id === id);
      if (own >= 0) data[list].splice(own, 1);
      else if (!data.removed.includes(id)) data.removed.push(id);
    });
  }

  removeObservation(id: string): void {
    this.removeRecord('observations', id);
  }

  removeTarget(id: string): void {
    this.removeRecord('targets', id);
  }

  /** Brings back an embedded observation the user removed. */
  restoreObservation(id: string): void {
    this.editData((data) => {
      data.removed = data.removed.filter((r) => r !== id);
    });
  }

  // ---- cells: no engine work ----------------------------------------------------------------

  private cellIndex(id: string): number {
    return this.scenario?.cells.findIndex((c) => c.id === id) ?? -1;
  }

  /** Why no cell can be added (the notebook holds SCENARIO_LIMITS.maxCells), or null while one fits. */
  get cellsFull(): string | null {
    const max = SCENARIO_LIMITS.maxCells;
    return (this.scenario?.cells.length ?? 0) < max ? null : locale.t('limitCells', { max });
  }

  /** Whether another cell fits; if not, says so. */
  private roomForCell(): boolean {
    return this.cellsFull === null || this.refuse('limitCells', { max: SCENARIO_LIMITS.maxCells });
  }

  /** Adds a cell (a kind's blank cell, from the cell registry) after `afterId` or at the end. */
  addCell(cell: ScenarioCell, afterId?: string): string {
    if (!this.scenario || !this.roomForCell()) return '';
    const at = afterId === undefined ? this.scenario.cells.length : this.cellIndex(afterId) + 1;
    this.remember();
    this.scenario.cells.splice(at, 0, cell);
    this.changed();
    return cell.id;
  }

  removeCell(id: string): void {
    const i = this.cellIndex(id);
    if (i < 0) return;
    this.remember();
    this.scenario!.cells.splice(i, 1);
    this.changed();
  }

  duplicateCell(id: string): string {
    const i = this.cellIndex(id);
    if (i < 0 || !this.roomForCell()) return '';
    const copy = { ...($state.snapshot(this.scenario!.cells[i]!) as ScenarioCell), id: newCellId(this.scenario!.cells[i]!.type) };
    this.remember();
    this.scenario!.cells.splice(i + 1, 0, copy);
    this.changed();
    return copy.id;
  }

  moveCell(id: string, delta: -1 | 1): void {
    const i = this.cellIndex(id);
    const j = i + delta;
    const cells = this.scenario?.cells;
    if (!cells || i < 0 || j < 0 || j >= cells.length) return;
    this.remember();
    const [cell] = cells.splice(i, 1);
    cells.splice(j, 0, cell!);
    this.changed();
  }

  /** Replaces a cell's contents (its id and type stay), if they are within the file's bounds (text length, say). */
  updateCell(cell: ScenarioCell): boolean {
    const i = this.cellIndex(cell.id);
    if (i < 0 || this.scenario!.cells[i]!.type !== cell.type) return false;
    const problem = cellBoundsIssue(cell, i);
    if (problem) return this.refuse('limitCell', { problem: issueText(problem, locale.lang) });
    this.remember(`cell:${cell.id}`);
    this.scenario!.cells[i] = cell;
    this.changed();
    return true;
  }

  setTitle(title: string): void {
    if (!this.scenario || title.trim() === '' || title.slice(0, 200) === this.scenario.title) return;
    this.remember('title');
    this.scenario.title = title.slice(0, 200);
    this.changed();
  }

  // ---- questions that take longer: asked explicitly ------------------------------------------

  seek(query: GoalSeekQuery, options?: RequestOptions): Promise<GoalSeekAnswer> {
    return this.engine.seek(this.settings(), query, options);
  }

  seekCheapest(query: CheapestQuery, options?: RequestOptions): Promise<CheapestAnswer> {
    return this.engine.seekCheapest(this.settings(), query, options);
  }

  sensitivity(options?: RequestOptions): Promise<Tornado[]> {
    return this.engine.sensitivity(this.settings(), options);
  }

  /** Runs the open scenario's current levers with each variant and compares them to the first. */
  compare(variants: CompareRequest[]): Promise<Outcome<CompareResult>> {
    return this.engine.compare(this.settings(), $state.snapshot(variants) as CompareRequest[]);
  }

  /** A new scenario on the embedded data with these cells (made by the engine, which knows the data). */
  newScenario(cells: ScenarioCell[]): Promise<Scenario> {
    return this.engine.newScenario(cells);
  }

  /** Validates a file's text in the engine without opening it (a scenario to compare with). */
  parseFile(text: string, fileName: string): Promise<Outcome<Scenario>> {
    return this.engine.parse(text, fileName);
  }

  /** The scenario as plain data for saving, stamped with the time. */
  snapshot(now = new Date()): Scenario {
    const s = $state.snapshot(this.scenario!) as Scenario;
    return { ...s, modified: now.toISOString() };
  }

  markSaved(fileName: string): void {
    this.fileName = fileName;
    this.dirty = false;
  }
}
