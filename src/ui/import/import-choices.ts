// The choices of the import preview, as plain data the dialog edits: every proposed metric
// accepted with its name as both labels, every revision taken from the file, and the mode and
// region the preview suggests. The user changes any of them before confirming.
import type { ImportChoices, ImportPreview, Kind, OwnMetric, ProposedMetric, Unit } from '../../engine/index.ts';

export interface MetricChoice {
  proposed: ProposedMetric;
  accept: boolean;
  labelVi: string;
  labelEn: string;
  /** The unit and kind the figures suggest, until the user picks (a stated unit is kept). */
  unit: Unit;
  kind: Kind;
}

export interface DialogChoices {
  mode: ImportChoices['mode'];
  region: string;
  metrics: MetricChoice[];
  /** Revision keys where the current figure is kept. */
  keep: Set<string>;
}

export function initialChoices(preview: ImportPreview): DialogChoices {
  return {
    mode: preview.suggestedMode,
    region: preview.region,
    metrics: preview.newMetrics.map((p) => ({ proposed: p, accept: true, labelVi: p.name, labelEn: p.name, unit: p.unit, kind: p.kind })),
    keep: new Set(),
  };
}

function ownMetric(choice: MetricChoice): OwnMetric {
  const p = choice.proposed;
  const vi = choice.labelVi.trim() || p.name;
  return {
    id: p.id,
    label: { vi, en: choice.labelEn.trim() || vi },
    // A percent is a share (of the population unless the user says otherwise); a share is in percent.
    unit: choice.kind === 'share' ? 'percent' : choice.unit,
    kind: choice.unit === 'percent' ? 'share' : choice.kind,
    ...(choice.kind === 'share' || choice.unit === 'percent' ? { denominator: 'population' as const } : {}),
  };
}

/** What the engine applies. */
export function toImportChoices(choices: DialogChoices): ImportChoices {
  return {
    mode: choices.mode,
    region: choices.region.trim(),
    acceptMetrics: choices.metrics.filter((m) => m.accept).map(ownMetric),
    keepExisting: [...choices.keep],
  };
}

/** Figures and targets the import would bring, counting the user's choices (declined metrics, kept figures). */
export function importCount(preview: ImportPreview, choices: DialogChoices): number {
  const declined = new Set(choices.metrics.filter((m) => !m.accept).map((m) => m.proposed.id));
  const counted = (r: { metric: string }) => !declined.has(r.metric);
  const revisions = [...preview.revisions, ...preview.targetRevisions].filter((r) => counted(r.incoming) && !choices.keep.has(r.key));
  return preview.added.filter(counted).length + preview.addedTargets.filter(counted).length + revisions.length;
}
