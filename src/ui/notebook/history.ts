// Undo and redo of a notebook: the scenario as it was before each change. A run of changes of the
// same kind close together (a dragged slider, typing in one cell) is one step, as in a
// spreadsheet; anything else (an import, a removed figure) is a step of its own.
import type { Scenario } from '../../engine/index.ts';

/** Steps kept: a working session's worth. */
export const HISTORY_DEPTH = 100;
/** Changes with the same key within this many milliseconds merge into one step. */
export const MERGE_MS = 1_000;

interface Step {
  scenario: Scenario;
  /** What the change was (e.g. 'lever:cityTopupOther'), for merging a run of them. */
  key: string;
  at: number;
}

export class History {
  private past: Step[] = [];
  private future: Scenario[] = [];

  /**
   * Records the scenario as it was before a change (plain data, not a reactive proxy). `before` is
   * called only for a new step: a slider's hundred moves copy the notebook once.
   */
  record(before: () => Scenario, key: string, now = Date.now()): void {
    const last = this.past.at(-1);
    this.future = [];
    if (last && last.key === key && key !== '' && now - last.at < MERGE_MS) {
      last.at = now; // the run goes on: the step keeps the state before its first change
      return;
    }
    this.past.push({ scenario: before(), key, at: now });
    if (this.past.length > HISTORY_DEPTH) this.past.shift();
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
    this.future.push(current);
    return step.scenario;
  }

  redo(current: Scenario): Scenario | null {
    const next = this.future.pop();
    if (!next) return null;
    this.past.push({ scenario: current, key: '', at: 0 });
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
