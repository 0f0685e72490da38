// Checks across a parsed scenario: cell and variant ids unique, variant names unique, and every
// metric, target and variant a cell (or activeVariant) names exists, so a typo is caught at load
// time rather than as an empty chart.
import { msg, type Message } from '../messages.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { unknownIdMessage } from './scenario-messages.ts';
import { embeddedDataset, scenarioMetrics, type ScenarioContext } from './scenario-dataset.ts';
import { SCENARIO_LIMITS, type Scenario } from './scenario-schema.ts';

function duplicates(
  values: readonly string[],
  where: (i: number) => string,
  key: 'duplicateCellId' | 'duplicateVariantId' | 'duplicateVariantName',
): ValidationIssue[] {
  const first = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  values.forEach((v, i) => {
    const j = first.get(v);
    if (j === undefined) first.set(v, i);
    else issues.push(issue(where(i), msg(key, { id: JSON.stringify(v), first: where(j) })));
  });
  return issues;
}

export function checkScenarioReferences(s: Scenario, ctx: ScenarioContext): ValidationIssue[] {
  const removed = new Set(s.data.removed);
  const embedded = embeddedDataset(s, ctx);
  const metrics = [
    ...new Set([...scenarioMetrics(s, ctx).map((m) => m.id), ...s.data.observations.map((o) => o.metric), ...s.data.targets.map((t) => t.metric)]),
  ];
  const knownMetrics = new Set(metrics);
  const targets = [...embedded.targets.filter((t) => !removed.has(t.id)), ...s.data.targets].map((t) => t.id);
  const knownTargets = new Set(targets);
  const variants = s.variants.map((v) => v.id);
  const named = s.variants.flatMap((v, i) => (v.name === undefined ? [] : [{ name: v.name, i }]));

  const issues = [
    ...duplicates(
      s.cells.map((c) => c.id),
      (i) => `cells[${i}].id`,
      'duplicateCellId',
    ),
    ...duplicates(variants, (i) => `variants[${i}].id`, 'duplicateVariantId'),
    ...duplicates(
      named.map((n) => n.name),
      (k) => `variants[${named[k]!.i}].name`,
      'duplicateVariantName',
    ),
  ];
  // Only the first maxIssues problems are shown; the rest are counted, so their "did you mean"
  // search (each unknown id against every known one) is skipped.
  const need = (ok: boolean, where: string, message: () => Message) =>
    ok || issues.push(issue(where, issues.length < SCENARIO_LIMITS.maxIssues ? message() : msg('notFound')));
  const metric = (id: string, where: string) => need(knownMetrics.has(id), where, () => unknownIdMessage('unknownMetric', id, metrics));
  const variant = (id: string, where: string) =>
    need(variants.includes(id), where, () => msg('noVariant', { id: JSON.stringify(id), known: variants.join(', ') }));
  variant(s.activeVariant, 'activeVariant');

  s.cells.forEach((cell, i) => {
    const at = `cells[${i}]`;
    if (cell.type === 'chart') metric(cell.metric, `${at}.metric`);
    if (cell.type === 'data' || cell.type === 'answer') cell.metrics?.forEach((m, k) => metric(m, `${at}.metrics[${k}]`));
    if (cell.type !== 'answer') return;
    if (cell.target !== undefined) {
      const target = cell.target;
      need(knownTargets.has(target), `${at}.target`, () => unknownIdMessage('unknownTarget', target, targets));
    }
    if (cell.variant !== undefined) variant(cell.variant, `${at}.variant`);
  });
  return issues;
}
