// The base a share is counted against (population, working-age labour force, informal workforce),
// implied by the share and its count on the same days and projected at its observed growth, one
// draw of that growth per path. Every share of that base divides by it, and every count drawn from
// it stays at or under it, with the same draws: participants cannot outnumber the people they are
// drawn from, so a far-tail path of a short history (t-tailed on the log scale) stops there.
import { randomLcg, randomNormal } from 'd3-random';
import type { Dataset } from '../io/dataset.ts';
import type { MetricDef } from '../io/metric.ts';
import type { Denominator, Region } from '../io/observation-schema.ts';
import { impliedDenominators } from '../series/denominators.ts';
import { toDecimalYear } from '../time.ts';
import { seedFor } from './seed.ts';

/** Spread of a denominator's yearly growth when only one or two values imply it. */
export const DENOMINATOR_GROWTH_SD = 0.01;

export interface ProjectedBase {
  denominator: Denominator;
  /** Observed yearly growth (log rate) the draws centre on. */
  growth: number;
  /** Observations the base is implied from (each share and its count). */
  basisIds: string[];
  /**
   * Implied only from bounds ("nearly 48%", "over 1.6 million"): a limit on the base, not its
   * value, so a share may divide by it for want of better but a count is not capped by it.
   */
  bound: boolean;
  /** The base at decimal year t on path k. */
  at(t: number, k: number): number;
}

/**
 * The projected base of `denominator` in `region`, or null when no share and count imply it.
 * A bound ("nearly 48%") gives no value, unless nothing else implies the base.
 */
export function projectedBase(
  dataset: Pick<Dataset, 'observations'>,
  metrics: readonly MetricDef[],
  denominator: Denominator,
  region: Region,
  nPaths: number,
  seed: number,
): ProjectedBase | null {
  const all = impliedDenominators(dataset, metrics)
    .filter((d) => d.region === region && d.denominator === denominator)
    .sort((a, b) => a.date.localeCompare(b.date));
  const values = all.filter((d) => !d.bound);
  const implied = values.length > 0 ? values : all;
  const latest = implied.at(-1);
  if (!latest) return null;
  const first = implied[0]!;
  const span = toDecimalYear(latest.date) - toDecimalYear(first.date);
  const growth = span > 0.25 ? Math.log(latest.value / first.value) / span : 0;
  const normal = randomNormal.source(randomLcg(seedFor(seed, `${region}|${denominator}/denominator`)))(growth, DENOMINATOR_GROWTH_SD);
  const rates = Float64Array.from({ length: nPaths }, () => normal());
  const t0 = toDecimalYear(latest.date);
  return {
    denominator,
    growth,
    basisIds: implied.flatMap((d) => [d.shareId, d.countId]),
    bound: values.length === 0,
    at: (t, k) => latest.value * Math.exp(rates[k]! * (t - t0)),
  };
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
