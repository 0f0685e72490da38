// Every kind of notebook cell, one record each: its name, a blank cell to add, the component that
// shows it, and whether a new notebook starts with one. The notebook, the cell frame, the add menu
// and the store read these records and name no kind themselves. The kind's file format (its zod
// schema) is in src/engine/io/scenario-cells.ts under the same `type`. A kind no new notebook
// starts with loads its component the first time one is shown.
// Adding a cell kind: its schema there, its record here, its component: nothing else.
import type { Component } from 'svelte';
import type { CellType, ScenarioCell } from '../../../engine/index.ts';
import type { Lang } from '../../i18n/format.ts';
import type { Lazy } from '../../lib/lazy.ts';
import type { NotebookStore } from '../store.svelte.ts';
import AnswerCell from './AnswerCell.svelte';
import ChartCell from './ChartCell.svelte';
import LeverCell from './LeverCell.svelte';
import MarkdownCell from './MarkdownCell.svelte';
import { newCellId } from './cell-id.ts';

export type { CellType };
export type CellOf<T extends CellType> = Extract<ScenarioCell, { type: T }>;
export type CellProps<C extends ScenarioCell> = { store: NotebookStore; cell: C };

export interface CellKind<T extends CellType> {
  /** The kind's name, in the cell's frame and the add menu (it travels with the record, like a lever's label). */
  label: Record<Lang, string>;
  /** A new cell of this kind, with sensible contents (valid under its schema). */
  blank(id: string): CellOf<T>;
  component: Component<CellProps<CellOf<T>>> | Lazy<CellProps<CellOf<T>>>;
  /** A new notebook starts with one of these (in this order). */
  starter: boolean;
}

/** Every kind, in the order the add menu offers them. */
export const CELL_KINDS: { [T in CellType]: CellKind<T> } = {
  markdown: {
    label: { vi: 'Văn bản', en: 'Text' },
    blank: (id) => ({ id, type: 'markdown', text: '' }),
    component: MarkdownCell,
    starter: true,
  },
  chart: {
    label: { vi: 'Biểu đồ', en: 'Chart' },
    blank: (id) => ({ id, type: 'chart', metric: 'hi.coverage', showBaseline: true }),
    component: ChartCell,
    starter: true,
  },
  levers: {
    label: { vi: 'Đòn bẩy chính sách', en: 'Levers' },
    blank: (id) => ({ id, type: 'levers', levers: ['cityTopupOther'] }),
    component: LeverCell,
    starter: true,
  },
  answer: {
    label: { vi: 'Câu trả lời', en: 'Answer' },
    blank: (id) => ({ id, type: 'answer', kind: 'year-end' }),
    component: AnswerCell,
    starter: true,
  },
  data: {
    label: { vi: 'Số liệu', en: 'Data' },
    blank: (id) => ({ id, type: 'data', metrics: ['hi.coverage'] }),
    component: { load: () => import('./DataCell.svelte') },
    starter: false,
  },
  timeline: {
    label: { vi: 'Lịch chính sách', en: 'Policy calendar' },
    blank: (id) => ({ id, type: 'timeline' }),
    component: { load: () => import('./TimelineCell.svelte') },
    starter: false,
  },
};

export const CELL_KIND_TYPES = Object.keys(CELL_KINDS) as CellType[];

export function blankCell(type: CellType, id = newCellId(type)): ScenarioCell {
  return CELL_KINDS[type].blank(id);
}

/** The cells a new notebook starts with. */
export const starterCells = (): ScenarioCell[] => CELL_KIND_TYPES.filter((type) => CELL_KINDS[type].starter).map((type) => blankCell(type));

/** The component for a cell (TypeScript cannot pair a union's members with their records itself). */
export function cellComponent<C extends ScenarioCell>(cell: C): Component<CellProps<C>> | Lazy<CellProps<C>> {
  return CELL_KINDS[cell.type].component as unknown as Component<CellProps<C>> | Lazy<CellProps<C>>;
}
