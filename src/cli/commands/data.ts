// `cast data`: the embedded dataset as a table, JSON or CSV, optionally for one metric.
import Papa from 'papaparse';
import type { Dataset, Engine, MetricDef, Observation, Target } from '../../engine/index.ts';
import { CliError } from '../errors.ts';
import { formatNumber, renderTable, truncate } from '../table.ts';

export interface DataOptions {
  metric?: string;
  format: 'table' | 'json' | 'csv';
}

function closest(metrics: readonly MetricDef[], id: string): string[] {
  const part = id.split('.')[0] ?? id;
  return metrics.map((m) => m.id).filter((m) => m.startsWith(`${part}.`) || (id.length >= 3 && m.includes(id)));
}

/**
 * The figures and targets of one metric (all without `metric`). An unknown metric is refused with
 * the ids it may have meant; `listed` says where the user finds them all.
 */
export function selectDataset(
  dataset: Dataset,
  metrics: readonly MetricDef[],
  metric: string | undefined,
  listed = '`cast data` lists them all',
): Dataset {
  if (metric === undefined) return dataset;
  if (!metrics.some((m) => m.id === metric)) {
    const hints = closest(metrics, metric);
    throw new CliError(`unknown metric "${metric}"${hints.length ? ` (did you mean ${hints.slice(0, 4).join(', ')}?)` : ''}; ${listed}`);
  }
  return {
    observations: dataset.observations.filter((o) => o.metric === metric),
    targets: dataset.targets.filter((t) => t.metric === metric),
  };
}

const source = (r: Observation | Target) => `${r.source.document}${r.derived ? ` (derived: ${r.derived.rule})` : ''}`;
const qualified = (r: Observation | Target) => ({ exact: '', about: '~', over: '>', under: '<' })[r.qualifier] + formatNumber(r.value);

function toCsv(dataset: Dataset): string {
  const rows = [
    ...dataset.observations.map((o) => ({
      record: 'observation',
      date: o.asOf,
      ...common(o),
      kind: o.kind,
      denominator: o.denominator ?? '',
    })),
    ...dataset.targets.map((t) => ({ record: 'target', date: t.deadline, ...common(t), kind: '', denominator: '' })),
  ];
  return Papa.unparse(rows, {
    columns: [
      'record',
      'id',
      'metric',
      'region',
      'date',
      'value',
      'unit',
      'kind',
      'denominator',
      'qualifier',
      'derived_rule',
      'source_document',
      'source_quote',
    ],
  });
}

function common(r: Observation | Target) {
  return {
    id: r.id,
    metric: r.metric,
    region: r.region,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    derived_rule: r.derived?.rule ?? '',
    source_document: r.source.document,
    source_quote: r.source.quote,
  };
}

function toTable(dataset: Dataset): string {
  const observations = [...dataset.observations].sort(
    (a, b) => a.metric.localeCompare(b.metric) || a.region.localeCompare(b.region) || a.asOf.localeCompare(b.asOf),
  );
  const obsTable = renderTable(observations, [
    { header: 'metric', cell: (o) => o.metric },
    { header: 'region', cell: (o) => o.region },
    { header: 'as of', cell: (o) => o.asOf },
    { header: 'value', cell: qualified, align: 'right' },
    { header: 'unit', cell: (o) => (o.denominator ? `% of ${o.denominator}` : o.unit) },
    { header: 'source', cell: (o) => truncate(source(o), 90) },
  ]);
  const targetTable = renderTable(dataset.targets, [
    { header: 'metric', cell: (t) => t.metric },
    { header: 'region', cell: (t) => t.region },
    { header: 'deadline', cell: (t) => t.deadline },
    { header: 'target', cell: qualified, align: 'right' },
    { header: 'unit', cell: (t) => t.unit },
    { header: 'source', cell: (t) => truncate(source(t), 90) },
  ]);
  const legend = '~ about, > over, < under (as the report qualified the figure)';
  return `Observations (${dataset.observations.length})\n${obsTable}\n\nTargets (${dataset.targets.length})\n${targetTable}\n\n${legend}`;
}

export function dataCommand(engine: Engine, options: DataOptions): string {
  const dataset = selectDataset(engine.context.embedded.dataset, engine.context.metrics, options.metric);
  switch (options.format) {
    case 'json':
      return JSON.stringify(dataset, null, 2);
    case 'csv':
      return toCsv(dataset);
    case 'table':
      return toTable(dataset);
  }
}
