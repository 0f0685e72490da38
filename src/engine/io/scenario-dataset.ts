// The dataset a scenario runs on: the embedded figures (or none), minus the user's removals,
// with the user's edits in place of the records they replace, plus additions. Which dataset is
// embedded, and the metric catalogue, are the engine's inputs (ScenarioContext).
import { validateDataset, type Dataset } from './dataset.ts';
import { deriveValue } from './derivation.ts';
import { msg } from '../messages.ts';
import { formatIssue, issue, type Validated, type ValidationIssue } from './issues.ts';
import { checkOwnMetrics } from './own-metrics.ts';
import type { Observation, Target } from './observation-schema.ts';
import { embeddedDataset, NO_BASE, scenarioMetrics, type ScenarioContext } from './scenario-context.ts';
import type { Scenario } from './scenario-schema.ts';
import { describeValue } from './scenario-messages.ts';

export { embeddedDataset, NO_BASE, scenarioMetrics, type EmbeddedDataset, type ScenarioContext } from './scenario-context.ts';

/** Thrown by resolveDataset on a scenario whose data does not validate (parseScenarioText never returns one). */
export class ScenarioDataError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid scenario data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ScenarioDataError';
  }
}

type Kind = 'observations' | 'targets';
type DataRecord = Observation | Target;

interface Merged<T> {
  records: T[];
  /** Where each resolved record comes from, as a path a user can find. */
  origins: string[];
}

function merge<T extends DataRecord>(embedded: readonly T[], edits: readonly T[], removed: ReadonlySet<string>, kind: Kind): Merged<T> {
  const firstEdit = new Map<string, number>();
  edits.forEach((r, k) => firstEdit.has(r.id) || firstEdit.set(r.id, k));
  const used = new Set<number>();
  const out: Merged<T> = { records: [], origins: [] };
  for (const e of embedded) {
    if (removed.has(e.id)) continue;
    const k = firstEdit.get(e.id);
    if (k !== undefined) used.add(k);
    out.records.push(k === undefined ? e : edits[k]!);
    out.origins.push(k === undefined ? `data.embedded[${JSON.stringify(e.id)}]` : `data.${kind}[${k}]`);
  }
  edits.forEach((r, k) => {
    if (used.has(k)) return;
    out.records.push(r);
    out.origins.push(`data.${kind}[${k}]`);
  });
  return out;
}

/**
 * Embedded derived figures follow their rule: when the user edits the stated figure a derived
 * one comes from, the derived value is recomputed (repeatedly, for chains).
 */
function rederive(observations: Merged<Observation>, targets: Merged<Target>, edited: Set<string>): void {
  const byId = new Map(observations.records.map((o) => [o.id, o]));
  const update = <T extends DataRecord>(m: Merged<T>): boolean => {
    let changed = false;
    m.records.forEach((r, j) => {
      const base = r.derived && byId.get(r.derived.base);
      if (!base || !r.derived || !edited.has(base.id) || !m.origins[j]!.startsWith('data.embedded') || edited.has(r.id)) return;
      const next = { ...r, value: deriveValue(r.derived, base.value) };
      m.records[j] = next;
      if ('asOf' in next) byId.set(next.id, next as Observation);
      edited.add(r.id);
      changed = true;
    });
    return changed;
  };
  while (update(observations));
  update(targets);
}

/** File-level checks the merged dataset cannot express: removals, and units against the catalogue. */
function checkEdits(s: Scenario, ctx: ScenarioContext, embedded: Dataset, kept: readonly DataRecord[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (s.data.base !== NO_BASE && s.data.base !== ctx.embedded.id) {
    issues.push(
      issue(
        'data.base',
        msg('mustBeOneOf', { values: `${JSON.stringify(ctx.embedded.id)}, "${NO_BASE}"`, got: describeValue(s.data.base) }),
      ),
    );
    return issues;
  }
  issues.push(...checkOwnMetrics(s.data.metrics ?? [], ctx.metrics, 'data.metrics'));
  const byId = new Map(scenarioMetrics(s, ctx).map((m) => [m.id, m]));
  const embeddedIds = new Set([...embedded.observations, ...embedded.targets].map((r) => r.id));
  const present = new Set(kept.map((r) => r.id));
  if (s.data.base === NO_BASE && s.data.removed.length > 0) issues.push(issue('data.removed', msg('removedWithNoBase')));
  else
    s.data.removed.forEach((id, i) => {
      const where = `data.removed[${i}]`;
      if (!embeddedIds.has(id)) issues.push(issue(where, msg('noEmbeddedRecord', { id: JSON.stringify(id) })));
      else if (!present.has(id)) {
        const dependent = kept.find((r) => r.derived?.base === id);
        if (dependent) issues.push(issue(where, msg('removedIsBase', { id, dependent: dependent.id })));
      }
    });
  const checkUnit = (r: DataRecord, where: string) => {
    const def = byId.get(r.metric);
    if (def && def.unit !== r.unit)
      issues.push(issue(`${where}.unit`, msg('unitMismatch', { metric: r.metric, unit: def.unit, got: r.unit })));
    if (def && 'kind' in r && def.kind !== r.kind)
      issues.push(issue(`${where}.kind`, msg('kindMismatch', { metric: r.metric, kind: def.kind, got: r.kind })));
  };
  s.data.observations.forEach((o, k) => checkUnit(o, `data.observations[${k}]`));
  s.data.targets.forEach((t, k) => checkUnit(t, `data.targets[${k}]`));
  return issues;
}

/** Maps "observations[5].value" in the merged dataset back to the record's place in the file. */
function relocate(issue: ValidationIssue, origins: Record<Kind, string[]>): ValidationIssue {
  const m = /^(observations|targets)\[(\d+)\](.*)$/.exec(issue.where);
  const origin = m && origins[m[1] as Kind][Number(m[2])];
  return { ...issue, where: origin ? `${origin}${m![3]}` : `data.${issue.where}` };
}

/** The scenario's dataset, or the problems with the user's edits, at `data.` paths. */
export function validateScenarioData(s: Scenario, ctx: ScenarioContext): Validated<Dataset> {
  const embedded = embeddedDataset(s, ctx);
  const removed = new Set(s.data.removed);
  const observations = merge(embedded.observations, s.data.observations, removed, 'observations');
  const targets = merge(embedded.targets, s.data.targets, removed, 'targets');
  rederive(observations, targets, new Set(s.data.observations.map((o) => o.id)));
  const issues = checkEdits(s, ctx, embedded, [...observations.records, ...targets.records]);
  if (issues.length > 0) return { ok: false, issues };
  const checked = validateDataset({ observations: observations.records, targets: targets.records });
  if (checked.ok) return checked;
  const origins = { observations: observations.origins, targets: targets.origins };
  return { ok: false, issues: checked.issues.map((i) => relocate(i, origins)) };
}

/** The dataset with removals, replacements and additions applied; throws ScenarioDataError if it does not validate. */
export function resolveDataset(s: Scenario, ctx: ScenarioContext): Dataset {
  const result = validateScenarioData(s, ctx);
  if (!result.ok) throw new ScenarioDataError(result.issues);
  return result.value;
}
