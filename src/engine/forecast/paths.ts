// Jointly simulated future paths. Each path is a Brownian motion in the horizon h: Z(h) = W(h)/sqrt(h)
// is standard normal at every h and correlated through time, so a path that runs high stays high.
// Z is mapped to the calibrated error with the same probability (ErrorModel.fromNormal), which
// gives every time exactly the marginal of the predicted bands, and then back to the original
// scale, so each value respects the bounds.

import { randomLcg, randomNormal } from 'd3-random';
import { normalQuantile } from '../models/quantiles.ts';
import type { Transform } from '../models/transform.ts';
import type { ErrorModel } from './calibrate.ts';

export interface PathInputs {
  /** Central forecast on the fitting scale, one per time. */
  centers: readonly number[];
  /** Steps ahead, one per time. */
  horizons: readonly number[];
  errors: ErrorModel;
  transform: Transform;
}

/** Keeps heavy-tailed draws finite: one in a million paths is as far out as a path goes. */
const Z_LIMIT = -normalQuantile(1e-6);

export function simulatePaths({ centers, horizons, errors, transform }: PathInputs, nPaths: number, seed: number): Float64Array[] {
  const normal = randomNormal.source(randomLcg(seed))(0, 1);
  const order = horizons.map((_, i) => i).sort((a, b) => horizons[a]! - horizons[b]!);
  const paths = horizons.map(() => new Float64Array(nPaths));
  // Time-major: the draws for a time come after those of every earlier time, so the months up to a
  // date are the same whatever the horizon (a longer scenario does not reshuffle the first year).
  const walk = new Float64Array(nPaths);
  let previous = 0;
  for (const i of order) {
    const h = Math.max(0, horizons[i]!);
    const step = Math.sqrt(h - previous);
    previous = h;
    const spread = h > 0 ? errors.spread(h) : 0;
    const out = paths[i]!;
    for (let p = 0; p < nPaths; p++) {
      walk[p] = walk[p]! + step * normal();
      const shock = h > 0 ? spread * errors.fromNormal(Math.min(Z_LIMIT, Math.max(-Z_LIMIT, walk[p]! / Math.sqrt(h)))) : 0;
      out[p] = transform.back(centers[i]! + shock);
    }
  }
  return paths;
}
