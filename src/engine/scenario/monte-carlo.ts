// Draws of the uncertain levers, one per path, from a seeded generator so a scenario run is
// reproducible. Effect sizes that are assumptions (take-up response, elasticity, the poor /
// near-poor mix) are always sampled; any other lever is sampled when the scenario gives it a
// distribution. A lever the user moved keeps its distribution's width around the new value.
import { randomLcg, randomUniform } from 'd3-random';
import { LEVERS, type LeverDistribution, type LeverValues } from './levers.ts';

export const ALWAYS_SAMPLED = ['takeUpResponse', 'employmentElasticity', 'voluntarySharePoor', 'voluntaryShareNearPoor'] as const;

/**
 * Uncertain facts about the status quo rather than policy choices: the same draw applies to the
 * defaults, so at default policy they change nothing.
 */
export const STATUS_QUO_FACTS: ReadonlySet<string> = new Set(['voluntarySharePoor', 'voluntaryShareNearPoor']);

/** Inverse CDF of the triangular distribution with mode `mid`. */
export function triangular(u: number, { low, mid, high }: LeverDistribution): number {
  if (high <= low) return mid;
  const cut = (mid - low) / (high - low);
  return u < cut ? low + Math.sqrt(u * (high - low) * (mid - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mid));
}

/** The distribution a lever is drawn from in this scenario, or undefined when it is fixed. */
export function effectiveDistribution(
  id: string,
  values: LeverValues,
  overrides: Readonly<Record<string, LeverDistribution>>,
): LeverDistribution | undefined {
  const def = LEVERS.find((l) => l.id === id);
  if (!def) return undefined;
  const explicit = overrides[id];
  if (explicit) return explicit;
  if (!def.distribution || !(ALWAYS_SAMPLED as readonly string[]).includes(id)) return undefined;
  const value = values[id] ?? def.default;
  const shift = value - def.distribution.mid;
  const clamp = (v: number) => Math.min(def.max, Math.max(def.min, v));
  return { low: clamp(def.distribution.low + shift), mid: value, high: clamp(def.distribution.high + shift) };
}

export function drawLevers(
  values: LeverValues,
  overrides: Readonly<Record<string, LeverDistribution>>,
  nPaths: number,
  seed: number,
): Map<string, Float64Array> {
  const draws = new Map<string, Float64Array>();
  LEVERS.forEach((lever, index) => {
    const distribution = effectiveDistribution(lever.id, values, overrides);
    if (!distribution) return;
    // One stream per lever: adding a lever does not reshuffle the others' draws.
    const uniform = randomUniform.source(randomLcg(((seed * 7919 + index * 104729) % 2147483647) / 2147483647))();
    draws.set(
      lever.id,
      Float64Array.from({ length: nPaths }, () => triangular(uniform(), distribution)),
    );
  });
  return draws;
}
