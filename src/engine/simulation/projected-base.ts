// The base a share is counted against (population, working-age labour force, informal workforce),
// implied by the share and its count on the same days and projected at its observed growth, one
// draw of that growth per path. Every share of that base divides by it, and every count drawn from
// it stays at or under it, with the same draws: participants cannot outnumber the people they are
// drawn from, so a far-tail path of a short history (t-tailed on the log scale) stops there.
import { randomLcg, randomNormal } from 'd3-random';
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Denominator, Region } from '../io/observation-schema.ts';
import { impliedBase, type ImpliedBase } from '../series/denominators.ts';
import { toDecimalYear } from '../time.ts';
import { seedFor } from './seed.ts';

/** Spread of a denominator's yearly growth when only one or two values imply it. */
export const DENOMINATOR_GROWTH_SD = 0.01;

export interface ProjectedBase extends ImpliedBase {
  /** The base at decimal year t on path k. */
  at(t: number, k: number): number;
}

/** The base `denominator` has in `region` (series/denominators.ts), projected on every path. */
export function projectedBase(
  dataset: Pick<Dataset, 'observations'>,
  metrics: readonly MetricDef[],
  denominator: Denominator,
  region: Region,
  nPaths: number,
  seed: number,
): ProjectedBase | null {
  const base = impliedBase(dataset, metrics, denominator, region);
  if (!base) return null;
  const normal = randomNormal.source(randomLcg(seedFor(seed, `${region}|${denominator}/denominator`)))(base.growth, DENOMINATOR_GROWTH_SD);
  const rates = Float64Array.from({ length: nPaths }, () => normal());
  const t0 = toDecimalYear(base.date);
  return { ...base, at: (t, k) => base.value * Math.exp(rates[k]! * (t - t0)) };
}

/**
 * The bases (other than a plan) that shares count `countId` against, as the shares' definitions
 * name them; a figure that states another base (a national UI share of the whole labour force)
 * implies that one, which caps nothing here.
 */
export function basesOfCount(metrics: Iterable<MetricDef>, countId: string): Denominator[] {
  const bases = new Set<Denominator>();
  for (const m of metrics) if (m.numerator === countId && m.denominator && m.denominator !== 'plan') bases.add(m.denominator);
  return [...bases];
}
