// What an import adds to the notebook's cells so the user sees what they brought: a chart for each
// metric of their own, the imported targets' metrics in the year-end answers, and target dates when
// the notebook has no such question yet. A question about a target the import replaced (a goal
// seek on a target of the old data) goes with the old data; undo brings both back.
import { CELL_LIMITS, SCENARIO_LIMITS } from '../scenario-limits.ts';
import type { ScenarioCell } from '../scenario-cells.ts';
import type { Target } from '../observation-schema.ts';

const cellIdFor = (prefix: string, metric: string) => `${prefix}-${metric.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 64);

export function cellsAfterImport(
  cells: readonly ScenarioCell[],
  change: { ownMetrics: readonly string[]; targets: readonly Target[]; knownTargetIds: ReadonlySet<string> },
): ScenarioCell[] {
  const out = cells.filter((c) => !(c.type === 'answer' && c.target !== undefined && !change.knownTargetIds.has(c.target)));
  const ids = new Set(out.map((c) => c.id));
  const room = () => out.length < SCENARIO_LIMITS.maxCells;
  const add = (cell: ScenarioCell) => {
    if (!room() || ids.has(cell.id)) return;
    ids.add(cell.id);
    out.push(cell);
  };
  const charted = new Set(out.flatMap((c) => (c.type === 'chart' ? [c.metric] : [])));
  for (const metric of change.ownMetrics)
    if (!charted.has(metric)) add({ id: cellIdFor('chart', metric), type: 'chart', metric, showBaseline: true });
  const targetMetrics = [...new Set(change.targets.map((t) => t.metric))];
  out.forEach((c, i) => {
    if (c.type !== 'answer' || c.kind !== 'year-end' || !c.metrics) return;
    const missing = targetMetrics.filter((m) => !c.metrics!.includes(m));
    if (missing.length > 0) out[i] = { ...c, metrics: [...c.metrics, ...missing].slice(0, CELL_LIMITS.maxMetricsPerCell) };
  });
  if (targetMetrics.length > 0 && !out.some((c) => c.type === 'answer' && c.kind === 'target-date'))
    add({ id: 'target-dates', type: 'answer', kind: 'target-date' });
  return out;
}
