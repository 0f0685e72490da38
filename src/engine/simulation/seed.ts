/** A reproducible seed in [0, 1) for one stream (a metric, a denominator) of a run seeded `base`. */
export function seedFor(base: number, stream: string): number {
  // Different streams get different but reproducible draws.
  let h = base >>> 0;
  for (const ch of stream) h = (Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0) % 2 ** 31;
  return h / 2 ** 31;
}
