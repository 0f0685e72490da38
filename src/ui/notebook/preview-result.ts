// What a lever move's quick preview shows: the preview's numbers for the metrics the moved lever
// can reach, and the full run's for the rest. A preview on fewer paths would otherwise shift every
// answer a little (HI coverage would flicker when a voluntary SI top-up moves), and redraw every
// chart twice per move.
import type { ScenarioResult } from '../../engine/index.ts';

/** `preview`, with `shown`'s metrics and targets wherever the move cannot reach (same grid only). */
export function previewOver(shown: ScenarioResult | null, preview: ScenarioResult, reached: ReadonlySet<string> | null): ScenarioResult {
  if (!shown || !reached || shown.dates.join() !== preview.dates.join()) return preview;
  const metrics = new Map(shown.metrics.map((m) => [m.metric, m]));
  const targets = new Map(shown.targets.map((t) => [t.target.id, t]));
  return {
    ...preview,
    metrics: preview.metrics.map((m) => (reached.has(m.metric) ? m : (metrics.get(m.metric) ?? m))),
    targets: preview.targets.map((t) => (reached.has(t.target.metric) ? t : (targets.get(t.target.id) ?? t))),
  };
}
