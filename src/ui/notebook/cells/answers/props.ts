// What every answer component receives from the dispatcher (AnswerCell.svelte).
import type { ScenarioCell } from '../../../../engine/index.ts';
import type { NotebookStore } from '../../store.svelte.ts';

export type AnswerCellData = Extract<ScenarioCell, { type: 'answer' }>;

export interface AnswerProps {
  store: NotebookStore;
  cell: AnswerCellData;
}
