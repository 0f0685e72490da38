// Ids for new cells: unique within the session, readable in the file (`chart-m3k2x1-4`).
import type { CellType } from '../../../engine/index.ts';

let cellCounter = 0;

/** An id no other cell of this session has. */
export function newCellId(type: CellType): string {
  cellCounter += 1;
  return `${type}-${Date.now().toString(36)}-${cellCounter}`;
}
