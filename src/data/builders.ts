// Small constructors so the dataset reads like the reports: a figure, its date and its sentence.
// Unit, kind and denominator come from the metric catalogue, so they cannot drift per figure.
import type {
  Denominator,
  Derivation,
  DerivationMethod,
  Observation,
  Qualifier,
  Region,
  Source,
  Target,
} from '../engine/io/observation-schema.ts';
import { metricById } from './metrics.ts';

export interface FigureOptions {
  qualifier?: Qualifier;
  region?: Region;
  denominator?: Denominator;
  notes?: string;
}

export interface DerivedFrom {
  base: Observation;
  method: DerivationMethod;
  by: number;
  decimals: number;
  rule: string;
}

export function seed(document: string, quote: string): Source {
  return { document, quote, origin: 'seed' };
}

/** A figure from a published text outside the seeds: the publication and its sentence, verbatim. */
export function published(document: string, quote: string): Source {
  return { document, quote, origin: 'reference' };
}

function metricOrThrow(metric: string) {
  const def = metricById(metric);
  if (!def) throw new Error(`dataset: unknown metric "${metric}"`);
  return def;
}

function recordId(metric: string, date: string, region: Region): string {
  return `${region === 'Vietnam' ? 'vn.' : ''}${metric}.${date}`;
}

export function figure(metric: string, asOf: string, value: number, source: Source, options: FigureOptions = {}): Observation {
  const def = metricOrThrow(metric);
  const region = options.region ?? 'Hanoi';
  const denominator = options.denominator ?? def.denominator;
  return {
    id: recordId(metric, asOf, region),
    metric,
    region,
    asOf,
    value,
    unit: def.unit,
    kind: def.kind,
    ...(denominator ? { denominator } : {}),
    qualifier: options.qualifier ?? 'exact',
    source,
    ...(options.notes ? { notes: options.notes } : {}),
  };
}

/** A figure the reports imply; `value` is written out by hand and checked against the rule in tests. */
export function derivedFigure(metric: string, asOf: string, value: number, from: DerivedFrom, options: FigureOptions = {}): Observation {
  return {
    ...figure(metric, asOf, value, from.base.source, options),
    derived: toDerivation(from),
  };
}

/** A target, stated (from a Source) or implied by a stated figure (from a DerivedFrom). */
export function target(metric: string, deadline: string, value: number, from: Source | DerivedFrom, options: FigureOptions = {}): Target {
  const def = metricOrThrow(metric);
  const region = options.region ?? 'Hanoi';
  const derived = 'base' in from ? from : undefined;
  return {
    id: `target.${recordId(metric, deadline, region)}`,
    metric,
    region,
    deadline,
    value,
    unit: def.unit,
    qualifier: options.qualifier ?? 'exact',
    source: derived ? derived.base.source : (from as Source),
    ...(derived ? { derived: toDerivation(derived) } : {}),
    ...(options.notes ? { notes: options.notes } : {}),
  };
}

function toDerivation(d: DerivedFrom): Derivation {
  return { method: d.method, base: d.base.id, by: d.by, decimals: d.decimals, rule: d.rule };
}
