// The bounds of a notebook cell that an edit in the app can cross (a text too long, too many
// metrics or levers, a probability outside 1-99%), checked without the schema library so the main
// thread can refuse an edit at once. Cells reach the app's controls already valid otherwise (ids
// from lists, kinds from menus); the full schema (scenario-cells.ts) checks every file the worker
// opens, and a property test holds this check to the same answers as the schema.
import { describeValue } from './scenario-messages.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { msg } from '../messages.ts';
import { CELL_LIMITS } from './scenario-limits.ts';
import type { ScenarioCell } from './scenario-cells.ts';

/** The bounds on a goal seek's probability (the file format's). */
export const SEEK_PROBABILITY = { min: 0.01, max: 0.99 } as const;

function listBounds(list: readonly string[] | undefined, max: number, where: string): ValidationIssue | null {
  if (list === undefined) return null;
  if (list.length < 1) return issue(where, msg('mustNotBeEmpty'));
  if (list.length > max) return issue(where, msg('itemsAtMost', { bound: max, length: list.length }));
  return null;
}

/** The first bound `cell` (at `cells[index]`) crosses, or null. */
export function cellBoundsIssue(cell: ScenarioCell, index: number): ValidationIssue | null {
  const at = (field: string) => `cells[${index}].${field}`;
  switch (cell.type) {
    case 'markdown':
      return cell.text.length > CELL_LIMITS.maxText
        ? issue(at('text'), msg('textAtMost', { bound: CELL_LIMITS.maxText, length: cell.text.length }))
        : null;
    case 'data':
      return listBounds(cell.metrics, CELL_LIMITS.maxMetricsPerCell, at('metrics'));
    case 'levers':
      return listBounds(cell.levers, CELL_LIMITS.maxLeversPerCell, at('levers'));
    case 'chart':
    case 'timeline':
      return null;
    case 'answer': {
      const p = cell.probability;
      if (p !== undefined && !(p >= SEEK_PROBABILITY.min))
        return issue(at('probability'), msg('numberAtLeast', { bound: SEEK_PROBABILITY.min, got: describeValue(p) }));
      if (p !== undefined && !(p <= SEEK_PROBABILITY.max))
        return issue(at('probability'), msg('numberAtMost', { bound: SEEK_PROBABILITY.max, got: describeValue(p) }));
      return (
        listBounds(cell.metrics, CELL_LIMITS.maxMetricsPerCell, at('metrics')) ??
        listBounds(cell.levers, CELL_LIMITS.maxLeversPerCell, at('levers'))
      );
    }
  }
}
