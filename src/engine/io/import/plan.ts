// From a reading to a change of the notebook's data, in two steps the user sees: the preview (what
// would be added, what would revise a figure already there, what cannot be read) and, once the user
// has chosen, the new scenario data. Nothing changes before the user confirms; the change is one
// new Scenario, so undo takes the whole import back.
import { msg } from '../../messages.ts';
import { addDays, yearEnd, type IsoDate } from '../../time.ts';
import { issue, type ValidationIssue } from '../issues.ts';
import type { MetricDef } from '../metric.ts';
import type { Observation, Region, Source, Target, Unit } from '../observation-schema.ts';
import { ownMetricDef } from '../own-metric-defs.ts';
import type { OwnMetric } from '../own-metrics.ts';
import type { Dataset } from '../dataset.ts';
import { SCENARIO_LIMITS, type Scenario, type ScenarioData } from '../scenario-schema.ts';
import { cellsAfterImport } from './import-cells.ts';
import { slug } from './normalize.ts';
import type { ImportedFigure, ImportedTarget, ImportReading, ProposedMetric } from './reading.ts';

/** A figure or target of the file that would take the place of one the notebook has. */
export interface Revision<T extends Observation | Target> {
  /** The key the user's choice refers to. */
  key: string;
  existing: T;
  incoming: T;
}

export interface ImportPreview {
  fileName: string;
  format: ImportReading['format'];
  sheets: ImportReading['sheets'];
  /** The region the notebook answers for now, and the ones the file names. */
  currentRegion: Region;
  fileRegions: Region[];
  /** 'replace' when the file is about another region (it becomes the notebook's data), else 'add' (or as chosen). */
  suggestedMode: ImportMode;
  /** The region rows without one are read as (the file's, the notebook's, or as chosen). */
  region: Region;
  /** Figures and targets new to the notebook (built as they would be saved, with their provenance). */
  added: Observation[];
  addedTargets: Target[];
  /** Figures and targets that differ from ones the notebook has for the same metric, region and date. */
  revisions: Revision<Observation>[];
  targetRevisions: Revision<Target>[];
  /** Figures equal to ones the notebook has: nothing to do. */
  unchanged: number;
  /** Names the catalogue does not know, offered as metrics of the user's own (never guessed). */
  newMetrics: ProposedMetric[];
  /** Metrics the file defines itself (a metrics sheet). */
  definedMetrics: OwnMetric[];
  dateRange: { from: IsoDate; to: IsoDate } | null;
  problems: ValidationIssue[];
}

export type ImportMode = 'add' | 'replace';

export interface ImportChoices {
  mode: ImportMode;
  /** The region for rows that name none (a wide sheet has no region column). */
  region: Region;
  /** Proposed metrics the user accepts (labels possibly edited); figures of the others are left out. */
  acceptMetrics: readonly OwnMetric[];
  /** Revision keys where the user keeps the figure the notebook has. */
  keepExisting: readonly string[];
}

const slotOf = (metric: string, region: Region, date: IsoDate) => `${metric}|${region}|${date}`;

function recordId(kind: 'obs' | 'target', metric: string, region: Region, date: IsoDate): string {
  return `imp.${kind === 'target' ? 'target.' : ''}${metric}.${slug(region, 40) || 'region'}.${date}`;
}

function sourceOf(fileName: string, place: { cell: string }, text: string | undefined, at: string): Source {
  return { document: fileName, quote: text?.trim() || place.cell, origin: 'user', place: place.cell, at };
}

/** What building the records needs: the metric definitions, the default region and the time of the import. */
interface BuildContext {
  fileName: string;
  metrics: ReadonlyMap<string, MetricDef>;
  region: Region;
  at: string;
  problems: ValidationIssue[];
}

function unitFits(def: MetricDef, unit: Unit | undefined, where: string, problems: ValidationIssue[]): boolean {
  if (unit === undefined || unit === def.unit) return true;
  problems.push(issue(where, msg('unitMismatch', { metric: def.id, unit: def.unit, got: unit })));
  return false;
}

function toObservation(f: ImportedFigure, ctx: BuildContext): Observation | null {
  const def = ctx.metrics.get(f.metric);
  if (!def || !unitFits(def, f.unit, f.place.cell, ctx.problems)) return null;
  const region = f.region ?? ctx.region;
  if (def.kind === 'share' && def.denominator !== 'plan' && f.value > 100) {
    ctx.problems.push(issue(f.place.cell, msg('shareAtMost100', { denominator: def.denominator ?? msg('aDenominator'), got: f.value })));
    return null;
  }
  return {
    id: recordId('obs', f.metric, region, f.date),
    metric: f.metric,
    region,
    asOf: f.date,
    value: f.value,
    unit: def.unit,
    kind: def.kind,
    ...(def.kind === 'share' && def.denominator ? { denominator: def.denominator } : {}),
    qualifier: f.qualifier,
    source: sourceOf(ctx.fileName, f.place, f.source, ctx.at),
  };
}

function toTarget(t: ImportedTarget, ctx: BuildContext): Target | null {
  const def = ctx.metrics.get(t.metric);
  if (!def || !unitFits(def, t.unit, t.place.cell, ctx.problems)) return null;
  if (def.unit === 'percent' && t.value > 100) {
    ctx.problems.push(issue(t.place.cell, msg('percentTargetAtMost100', { got: t.value })));
    return null;
  }
  const region = t.region ?? ctx.region;
  return {
    id: recordId('target', t.metric, region, t.deadline),
    metric: t.metric,
    region,
    deadline: t.deadline,
    value: t.value,
    unit: def.unit,
    qualifier: t.qualifier,
    source: sourceOf(ctx.fileName, t.place, t.source, ctx.at),
  };
}

/** The figures the import compares against: what the notebook has, or nothing when the file replaces it. */
function compareAgainst(dataset: Dataset, mode: ImportMode): Dataset {
  return mode === 'replace' ? { observations: [], targets: [] } : dataset;
}

interface Sorted {
  added: Observation[];
  addedTargets: Target[];
  revisions: Revision<Observation>[];
  targetRevisions: Revision<Target>[];
  unchanged: number;
}

const sameValue = (a: { value: number; qualifier: string }, b: { value: number; qualifier: string }) =>
  a.value === b.value && a.qualifier === b.qualifier;

/** Sorts the file's records into new ones, revisions (the existing id kept, so an embedded figure is replaced) and unchanged. */
function sortRecords(observations: Observation[], targets: Target[], against: Dataset): Sorted {
  const out: Sorted = { added: [], addedTargets: [], revisions: [], targetRevisions: [], unchanged: 0 };
  const obsAt = new Map(against.observations.map((o) => [slotOf(o.metric, o.region, o.asOf), o]));
  for (const o of observations) {
    const existing = obsAt.get(slotOf(o.metric, o.region, o.asOf));
    if (!existing) out.added.push(o);
    else if (sameValue(existing, o)) out.unchanged += 1;
    else out.revisions.push({ key: `obs:${existing.id}`, existing, incoming: { ...o, id: existing.id } });
  }
  const targetAt = new Map(against.targets.map((t) => [slotOf(t.metric, t.region, t.deadline), t]));
  for (const t of targets) {
    const existing = targetAt.get(slotOf(t.metric, t.region, t.deadline));
    if (!existing) out.addedTargets.push(t);
    else if (sameValue(existing, t)) out.unchanged += 1;
    else out.targetRevisions.push({ key: `target:${existing.id}`, existing, incoming: { ...t, id: existing.id } });
  }
  return out;
}

function dateRange(observations: readonly Observation[]): ImportPreview['dateRange'] {
  if (observations.length === 0) return null;
  const dates = observations.map((o) => o.asOf).sort();
  return { from: dates[0]!, to: dates.at(-1)! };
}

/** The proposed metric as an own metric, with its name as both labels until the user edits them. */
export function proposedAsOwn(p: ProposedMetric): OwnMetric {
  return {
    id: p.id,
    label: { vi: p.name, en: p.name },
    unit: p.unit,
    kind: p.kind,
    ...(p.kind === 'share' ? { denominator: 'population' as const } : {}),
  };
}

export interface PlanInput {
  reading: ImportReading;
  /** The notebook's dataset now, its metrics (catalogue and own) and its region. */
  dataset: Dataset;
  metrics: readonly MetricDef[];
  region: Region;
  /** When the import happens (recorded in every record's source). */
  at: string;
}

/** The metrics a metrics sheet defines, as the scenario stores them (without the row they came from). */
function definedMetrics(reading: ImportReading): OwnMetric[] {
  return reading.definedMetrics.map(({ place: _row, ...metric }) => metric);
}

function metricMap(input: PlanInput, accepted: readonly OwnMetric[]): Map<string, MetricDef> {
  const own = [...definedMetrics(input.reading), ...accepted].map(ownMetricDef);
  return new Map([...input.metrics, ...own].map((m) => [m.id, m]));
}

function build(input: PlanInput, choices: Pick<ImportChoices, 'region' | 'acceptMetrics'>) {
  const problems: ValidationIssue[] = [];
  const ctx: BuildContext = {
    fileName: input.reading.fileName,
    metrics: metricMap(input, choices.acceptMetrics),
    region: choices.region,
    at: input.at,
    problems,
  };
  const observations = input.reading.figures.map((f) => toObservation(f, ctx)).filter((o): o is Observation => o !== null);
  const targets = input.reading.targets.map((t) => toTarget(t, ctx)).filter((t): t is Target => t !== null);
  return { observations, targets, problems };
}

/**
 * What the import would do, for the preview, with every proposed metric accepted (the user may
 * then decline some). Without `chosen`, the mode and region suggested by the file: 'replace' when
 * it names only other regions.
 */
export function previewImport(input: PlanInput, chosen?: Pick<ImportChoices, 'mode' | 'region'>): ImportPreview {
  const { reading } = input;
  const fileRegions = [...new Set([...reading.figures, ...reading.targets].flatMap((r) => (r.region ? [r.region] : [])))].sort();
  const otherRegion = fileRegions.length > 0 && !fileRegions.includes(input.region);
  const suggestedMode: ImportMode = chosen?.mode ?? (otherRegion ? 'replace' : 'add');
  const region = chosen?.region ?? (otherRegion ? fileRegions[0]! : input.region);
  const accepted = reading.newMetrics.map(proposedAsOwn);
  const built = build(input, { region, acceptMetrics: accepted });
  const sorted = sortRecords(built.observations, built.targets, compareAgainst(input.dataset, suggestedMode));
  return {
    fileName: reading.fileName,
    format: reading.format,
    sheets: reading.sheets,
    currentRegion: input.region,
    fileRegions,
    suggestedMode,
    region,
    ...sorted,
    newMetrics: reading.newMetrics,
    definedMetrics: definedMetrics(reading),
    dateRange: dateRange(built.observations),
    problems: [...reading.problems, ...built.problems],
  };
}

function upsert<T extends { id: string }>(records: readonly T[], incoming: readonly T[]): T[] {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const out = [...records];
  for (const r of incoming) {
    const i = index.get(r.id);
    if (i === undefined) {
      index.set(r.id, out.length);
      out.push(r);
    } else out[i] = r;
  }
  return out;
}

/**
 * Levers take effect after the newest figure, and the horizon reaches the end of the year after
 * it: newer figures move both, within the file's bounds. A new dataset (replace) starts after its
 * own newest figure, whatever the old data's dates were.
 */
function datesAfter(s: Scenario, observations: readonly Observation[], fresh: boolean): Pick<Scenario, 'leversFrom' | 'horizon'> {
  const latest = observations.reduce((max, o) => (o.asOf > max ? o.asOf : max), '');
  if (!latest || (latest < s.leversFrom && !fresh)) return { leversFrom: s.leversFrom, horizon: s.horizon };
  const leversFrom = addDays(latest, 1);
  const wanted = yearEnd(Number(latest.slice(0, 4)) + 1);
  const limit = yearEnd(Number(leversFrom.slice(0, 4)) + SCENARIO_LIMITS.maxHorizonYears - 1);
  const horizon = s.horizon > leversFrom ? (s.horizon > wanted ? s.horizon : wanted) : wanted;
  return { leversFrom, horizon: horizon > limit ? limit : horizon };
}

/**
 * The scenario after the import, as the user chose: added records, revisions taken or kept,
 * accepted metrics defined; in 'replace' mode the file's records become the notebook's data
 * (no embedded base), about the chosen region.
 */
export function applyImport(
  scenario: Scenario,
  input: PlanInput,
  choices: ImportChoices,
): { scenario: Scenario; problems: ValidationIssue[] } {
  const built = build(input, choices);
  const against = compareAgainst(input.dataset, choices.mode);
  const sorted = sortRecords(built.observations, built.targets, against);
  const keep = new Set(choices.keepExisting);
  const takenObs = [...sorted.added, ...sorted.revisions.filter((r) => !keep.has(r.key)).map((r) => r.incoming)];
  const takenTargets = [...sorted.addedTargets, ...sorted.targetRevisions.filter((r) => !keep.has(r.key)).map((r) => r.incoming)];
  const usedMetrics = new Set([...takenObs, ...takenTargets].map((r) => r.metric));
  const own = [...definedMetrics(input.reading), ...choices.acceptMetrics].filter((m) => usedMetrics.has(m.id));
  const data: ScenarioData =
    choices.mode === 'replace'
      ? { base: 'none', region: choices.region, metrics: own, observations: takenObs, targets: takenTargets, removed: [] }
      : {
          ...scenario.data,
          metrics: upsert(scenario.data.metrics ?? [], own),
          observations: upsert(scenario.data.observations, takenObs),
          targets: upsert(scenario.data.targets, takenTargets),
        };
  if (data.metrics?.length === 0) delete data.metrics;
  const keptTargets = choices.mode === 'replace' ? [] : input.dataset.targets;
  const cells = cellsAfterImport(scenario.cells, {
    ownMetrics: own.map((m) => m.id),
    targets: takenTargets,
    knownTargetIds: new Set([...keptTargets, ...takenTargets].map((t) => t.id)),
  });
  const dates = datesAfter(scenario, [...against.observations, ...takenObs], choices.mode === 'replace');
  return { scenario: { ...scenario, data, cells, ...dates }, problems: built.problems };
}
