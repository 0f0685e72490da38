// A notebook's variants (named lever sets, the base case first) as plain data: their names in the
// reader's language, which levers have moved away from the active one's, and the columns a
// comparison of them asks the engine for. DOM-free, so it is tested without a browser.
import type { CompareRequest, LeverDistribution, LeverValues, Scenario, Variant } from '../../engine/index.ts';
import type { Lang } from '../i18n/format.ts';
import { text } from '../i18n/text.ts';

type LeverSet = { levers: LeverValues; distributions: Readonly<Record<string, LeverDistribution>> };

/** A variant's name, or the base case's / a numbered variant's in the reader's language. */
export function variantName(variant: Pick<Variant, 'name'>, index: number, lang: Lang): string {
  if (variant.name !== undefined) return variant.name;
  return index === 0 ? text('variantBase', lang) : text('variantNumbered', lang, { n: index + 1 });
}

/** A lever's value in a set: its own, else the region's default. */
export function leverIn(set: Pick<LeverSet, 'levers'>, id: string, defaults: ReadonlyMap<string, number>): number {
  return set.levers[id] ?? defaults.get(id) ?? Number.NaN;
}

/** The levers whose value differs between two sets (an unset lever counts at its default). */
export function movedLevers(a: Pick<LeverSet, 'levers'>, b: Pick<LeverSet, 'levers'>, defaults: ReadonlyMap<string, number>): string[] {
  const ids = new Set([...Object.keys(a.levers), ...Object.keys(b.levers)]);
  return [...ids].filter((id) => leverIn(a, id, defaults) !== leverIn(b, id, defaults));
}

const sameDistribution = (a: LeverDistribution | undefined, b: LeverDistribution | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.low === b.low && a.mid === b.mid && a.high === b.high);

/** Whether two sets run alike: the same values and the same distributions. */
export function sameSettings(a: LeverSet, b: LeverSet, defaults: ReadonlyMap<string, number>): boolean {
  if (movedLevers(a, b, defaults).length > 0) return false;
  const ids = new Set([...Object.keys(a.distributions), ...Object.keys(b.distributions)]);
  return [...ids].every((id) => sameDistribution(a.distributions[id], b.distributions[id]));
}

/** The first of v1, v2, … no variant has. */
export function newVariantId(variants: readonly Pick<Variant, 'id'>[]): string {
  const taken = new Set(variants.map((v) => v.id));
  let n = variants.length;
  while (taken.has(`v${n}`)) n += 1;
  return `v${n}`;
}

/** `name`, or `name (2)`, `name (3)`, … the first no variant is shown as. */
export function freeName(name: string, variants: readonly Pick<Variant, 'name'>[], lang: Lang): string {
  const shown = new Set(variants.map((v, i) => variantName(v, i, lang)));
  if (!shown.has(name)) return name;
  let n = 2;
  while (shown.has(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/** A plain copy of a set's levers and distributions (reactive proxies are read, not kept). */
export function copySet(set: LeverSet): { levers: LeverValues; distributions: Record<string, LeverDistribution> } {
  const distributions = Object.entries(set.distributions).map(([id, { low, mid, high }]) => [id, { low, mid, high }] as const);
  return { levers: { ...set.levers }, distributions: Object.fromEntries(distributions) };
}

/**
 * The columns of a comparison of the notebook's variants: each chosen one (all when `chosen` is
 * absent), in the notebook's order, then the levers as they are now when they differ from every
 * chosen variant's (moved since the last switch or save).
 */
export function variantColumns(
  scenario: Pick<Scenario, 'variants' | 'levers' | 'distributions'>,
  defaults: ReadonlyMap<string, number>,
  lang: Lang,
  chosen?: ReadonlySet<string>,
): CompareRequest[] {
  const columns = scenario.variants.flatMap((v, i) =>
    chosen && !chosen.has(v.id) ? [] : [{ name: variantName(v, i, lang), variant: copySet(v) }],
  );
  const now = { levers: scenario.levers, distributions: scenario.distributions };
  const unsaved = !columns.some((c) => sameSettings(c.variant, now, defaults));
  return unsaved ? [...columns, { name: text('variantCurrent', lang) }] : columns;
}
