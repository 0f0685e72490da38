// Metrics a user defines for their own figures (an import names one the catalogue does not
// know): a label in both languages, a unit, a kind and, for a share, its denominator. They are
// forecast, charted, targeted and exported like the catalogue's; levers never act on them (the
// structural model knows only the catalogue's roles).
import { z } from 'zod';
import { msg } from '../messages.ts';
import { issue, type ValidationIssue } from './issues.ts';
import type { MetricDef } from './metric.ts';
import { DENOMINATORS, KINDS, UNITS } from './observation-schema.ts';
import { keyed, keyedIssue } from './scenario-messages.ts';

const ID = /^[a-z0-9][a-z0-9.\-]*$/;

const labelText = z.string().trim().min(1).max(120);

export const ownMetricSchema = z
  .strictObject({
    id: z
      .string()
      .max(120)
      .refine((id) => ID.test(id), keyed(msg('idFormat'))),
    label: z.strictObject({ vi: labelText, en: labelText }),
    unit: z.enum(UNITS),
    kind: z.enum(KINDS),
    denominator: z.enum(DENOMINATORS).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.kind === 'share' && m.unit !== 'percent') ctx.addIssue(keyedIssue(msg('sharePercent'), ['unit']));
    if (m.kind === 'share' && !m.denominator) ctx.addIssue(keyedIssue(msg('shareDenominator'), ['denominator']));
    if (m.kind !== 'share' && m.denominator) ctx.addIssue(keyedIssue(msg('denominatorNotShare', { kind: m.kind }), ['denominator']));
    if (m.unit === 'percent' && m.kind !== 'share') ctx.addIssue(keyedIssue(msg('percentKind'), ['kind']));
  });

export type OwnMetric = z.output<typeof ownMetricSchema>;

/** An own metric may not take a catalogue id (its role would be ambiguous) nor repeat one. */
export function checkOwnMetrics(own: readonly OwnMetric[], catalogue: readonly MetricDef[], at: string): ValidationIssue[] {
  const known = new Set(catalogue.map((m) => m.id));
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  own.forEach((m, i) => {
    if (known.has(m.id)) issues.push(issue(`${at}[${i}].id`, msg('ownMetricIsCatalogue', { id: m.id })));
    else if (seen.has(m.id)) issues.push(issue(`${at}[${i}].id`, msg('duplicateId', { id: m.id })));
    seen.add(m.id);
  });
  return issues;
}
