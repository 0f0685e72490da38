// Draws of the uncertain levers, one per path, from seeded generators so a scenario run is
// reproducible. Levers whose definition says `sampling: 'always'` (effect sizes that are
// assumptions) are drawn on every run; any other lever when the scenario gives it a distribution.
// A lever the user moved keeps its distribution's width around the new value.
import { randomLcg, randomUniform } from 'd3-random';
import type { LeverDef, LeverDistribution, LeverValues } from './levers.ts';

/** Inverse CDF of the triangular distribution with mode `mid`. */
export function triangular(u: number, { low, mid, high }: LeverDistribution): number {
  if (high <= low) return mid;
  const cut = (mid - low) / (high - low);
  return u < cut ? low + Math.sqrt(u * (high - low) * (mid - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mid));
}

/** The distribution a lever is drawn from in this scenario, or undefined when it is fixed. */
export function effectiveDistribution(
  def: LeverDef,
  values: LeverValues,
  overrides: Readonly<Record<string, LeverDistribution>>,
): LeverDistribution | undefined {
  const explicit = overrides[def.id];
  if (explicit) return explicit;
  if (def.sampling !== 'always' || !def.distribution) return undefined;
  const value = values[def.id] ?? def.default;
  const shift = value - def.distribution.mid;
  const clamp = (v: number) => Math.min(def.max, Math.max(def.min, v));
  return { low: clamp(def.distribution.low + shift), mid: value, high: clamp(def.distribution.high + shift) };
}

/** 32-bit FNV-1a hash of a string. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The seed of one lever's stream, in [0, 1) as d3's LCG takes it: from the scenario seed and the
 * lever's id only, so adding, removing or reordering levers leaves every other lever's draws as they were.
 */
export function leverStreamSeed(seed: number, id: string): number {
  return fnv1a(`${seed}:${id}`) / 2 ** 32;
}

export function drawLevers(
  levers: readonly LeverDef[],
  values: LeverValues,
  overrides: Readonly<Record<string, LeverDistribution>>,
  nPaths: number,
  seed: number,
): Map<string, Float64Array> {
  const draws = new Map<string, Float64Array>();
  for (const lever of levers) {
    const distribution = effectiveDistribution(lever, values, overrides);
    if (!distribution) continue;
    const uniform = randomUniform.source(randomLcg(leverStreamSeed(seed, lever.id)))();
    draws.set(
      lever.id,
      Float64Array.from({ length: nPaths }, () => triangular(uniform(), distribution)),
    );
  }
  return draws;
}
