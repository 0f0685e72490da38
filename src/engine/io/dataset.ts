// A dataset is observations plus targets. Validation is two passes: each record against its
// schema, then the checks that need the whole set (unique ids, derivations that recompute).
import { z } from 'zod';
import { deriveValue } from './derivation.ts';
import { msg } from '../messages.ts';
import { issue, type Validated, type ValidationIssue } from './issues.ts';
import { observationSchema, targetSchema, type Observation, type Target } from './observation-schema.ts';
import { checkSchema } from './scenario-messages.ts';

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
    if (byId.has(o.id)) issues.push(issue(`observations[${i}].id`, msg('duplicateId', { id: o.id })));
    byId.set(o.id, o);
    const slot = `${o.metric}|${o.region}|${o.asOf}`;
    if (slots.has(slot))
      issues.push(issue(`observations[${i}]`, msg('secondFigure', { metric: o.metric, region: o.region, date: o.asOf })));
    slots.add(slot);
  });
  const targetIds = new Set<string>();
  dataset.targets.forEach((t, i) => {
    if (targetIds.has(t.id)) issues.push(issue(`targets[${i}].id`, msg('duplicateId', { id: t.id })));
    targetIds.add(t.id);
  });
  const checkDerived = (record: Observation | Target, where: string) => {
    if (!record.derived) return;
    const base = byId.get(record.derived.base);
    if (!base) {
      issues.push(issue(`${where}.derived.base`, msg('noBaseObservation', { id: record.derived.base })));
      return;
    }
    const expected = deriveValue(record.derived, base.value);
    if (!matchesRule(record.value, expected, record.derived.decimals)) {
      const { method, by } = record.derived;
      const rule = { value: record.value, method, by, base: base.id, baseValue: base.value, expected };
      issues.push(issue(`${where}.value`, msg('derivedMismatch', rule)));
    }
  };
  dataset.observations.forEach((o, i) => checkDerived(o, `observations[${i}]`));
  dataset.targets.forEach((t, i) => checkDerived(t, `targets[${i}]`));
  return issues;
}

export function validateDataset(input: unknown): Validated<Dataset> {
  const parsed = checkSchema(datasetSchema, input);
  if (!parsed.ok) return parsed;
  const issues = crossCheck(parsed.value);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
