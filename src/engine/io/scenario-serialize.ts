// Scenario -> canonical text, so that saving, loading and saving again gives the same bytes.
// Pure and light (no schema library, no dataset): the main thread saves and autosaves with it.
import { LEVERS } from '../scenario/levers.ts';
import type { Scenario } from './scenario-schema.ts';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const LEVER_IDS = LEVERS.map((l) => l.id);

/**
 * Canonical key order: the schemas' own field order, written out so that saving loads no schema
 * library (a test checks these lists against the schemas); keys not listed come after, in
 * code-unit order.
 */
export const KEY_ORDER: Record<string, readonly string[]> = {
  top: [
    'format',
    'version',
    'title',
    'description',
    'author',
    'created',
    'modified',
    'data',
    'leversFrom',
    'horizon',
    'levers',
    'distributions',
    'monteCarlo',
    'cells',
    'activeVariant',
    'variants',
  ],
  data: ['base', 'region', 'metrics', 'observations', 'targets', 'removed'],
  metric: ['id', 'label', 'unit', 'kind', 'denominator'],
  label: ['vi', 'en'],
  observation: ['id', 'metric', 'region', 'asOf', 'value', 'unit', 'kind', 'denominator', 'qualifier', 'source', 'derived', 'notes'],
  target: ['id', 'metric', 'region', 'deadline', 'value', 'unit', 'qualifier', 'source', 'derived', 'notes'],
  source: ['document', 'quote', 'origin', 'place', 'at'],
  derived: ['method', 'base', 'by', 'decimals', 'rule'],
  levers: LEVER_IDS,
  distributions: LEVER_IDS,
  distribution: ['low', 'mid', 'high'],
  monteCarlo: ['paths', 'seed'],
  cell: ['id', 'type', 'text', 'metrics', 'levers', 'metric', 'showBaseline', 'kind', 'target', 'lever', 'probability', 'variant'],
  variant: ['id', 'name', 'levers', 'distributions'],
};
const ORDER = KEY_ORDER;
/** The context of a child from its parent's context and key ("*": any key; array items share their array's). */
const CHILD: Record<string, Record<string, string>> = {
  top: {
    data: 'data',
    levers: 'levers',
    distributions: 'distributions',
    monteCarlo: 'monteCarlo',
    cells: 'cell',
    variants: 'variant',
  },
  data: { metrics: 'metric', observations: 'observation', targets: 'target' },
  metric: { label: 'label' },
  observation: { source: 'source', derived: 'derived' },
  target: { source: 'source', derived: 'derived' },
  variant: { levers: 'levers', distributions: 'distributions' },
  distributions: { '*': 'distribution' },
};

function canonical(value: unknown, context: string): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, context));
  if (!isObject(value)) return value;
  const order = ORDER[context] ?? [];
  const rank = (k: string) => (order.indexOf(k) + order.length + 1) % (order.length + 1); // unknown keys rank last
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const child = CHILD[context]?.[key] ?? CHILD[context]?.['*'] ?? '';
    Object.defineProperty(out, key, { value: canonical(value[key], child), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Canonical text: known keys in schema order, levers in catalogue order, 2-space indent, final newline. */
export function serializeScenario(s: Scenario): string {
  return `${JSON.stringify(canonical(s, 'top'), null, 2)}\n`;
}

