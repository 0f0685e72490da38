// A dataset is observations plus targets. Validation is two passes: each record against its
// schema, then the checks that need the whole set (unique ids, derivations that recompute).
import { z } from 'zod';
import { deriveValue } from './derivation.ts';
import { issuesFromZod, type Validated, type ValidationIssue } from './issues.ts';
import { observationSchema, targetSchema, type Observation, type Target } from './observation-schema.ts';

export interface Dataset {
  observations: Observation[];
  targets: Target[];
}

export const datasetSchema = z.strictObject({
  observations: z.array(observationSchema).max(100_000),
  targets: z.array(targetSchema).max(10_000),
});

/** Relative tolerance for a derived value against its rule: the rule rounds, so allow half a unit. */
function matchesRule(value: number, expected: number, decimals: number): boolean {
  return Math.abs(value - expected) <= 0.5 * 10 ** -decimals + 1e-9 * Math.abs(expected);
}

function crossCheck(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, Observation>();
  const slots = new Set<string>();
  dataset.observations.forEach((o, i) => {
    if (byId.has(o.id)) issues.push({ where: `observations[${i}].id`, message: `duplicate id "${o.id}"` });
    byId.set(o.id, o);
    const slot = `${o.metric}|${o.region}|${o.asOf}`;
    if (slots.has(slot))
      issues.push({ where: `observations[${i}]`, message: `a second figure for ${o.metric} (${o.region}) on ${o.asOf}` });
    slots.add(slot);
  });
  const targetIds = new Set<string>();
  dataset.targets.forEach((t, i) => {
    if (targetIds.has(t.id)) issues.push({ where: `targets[${i}].id`, message: `duplicate id "${t.id}"` });
    targetIds.add(t.id);
  });
  const checkDerived = (record: Observation | Target, where: string) => {
    if (!record.derived) return;
    const base = byId.get(record.derived.base);
    if (!base) {
      issues.push({ where: `${where}.derived.base`, message: `no observation with id "${record.derived.base}"` });
      return;
    }
    const expected = deriveValue(record.derived, base.value);
    if (!matchesRule(record.value, expected, record.derived.decimals)) {
      issues.push({
        where: `${where}.value`,
        message: `derived value ${record.value} does not follow its rule (${record.derived.method} ${record.derived.by} from ${base.id} = ${base.value} gives ${expected})`,
      });
    }
  };
  dataset.observations.forEach((o, i) => checkDerived(o, `observations[${i}]`));
  dataset.targets.forEach((t, i) => checkDerived(t, `targets[${i}]`));
  return issues;
}

export function validateDataset(input: unknown): Validated<Dataset> {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const issues = crossCheck(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}
