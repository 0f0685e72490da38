// The standard normal for intervals and paths (Student's t is in student-t.ts).

import { normalQuantile } from './normal-quantile.ts';

export { normalQuantile };

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal CDF, to about 1e-14 relative in either tail (it was Numerical Recipes' erfcc, 1.2e-7 off). */
export function normalCdf(x: number): number {
  return normalUpperTail(-x);
}

/** P(Z > z) for a standard normal Z, to about 1e-14 relative for z >= 0. */
export function normalUpperTail(z: number): number {
  if (z < 0) return 1 - normalUpperTail(-z);
  const density = Math.exp(-0.5 * z * z) / SQRT_2PI;
  if (z < 3) {
    // Phi(z) - 1/2 = density * (z + z^3/3 + z^5/(3*5) + ...), all terms positive.
    let term = z;
    let sum = z;
    for (let n = 1; term > 1e-17 * sum; n++) {
      term *= (z * z) / (2 * n + 1);
      sum += term;
    }
    return 0.5 - density * sum;
  }
  // Laplace's continued fraction z + 1/(z + 2/(z + 3/(z + ...))), from its 60th level up.
  let fraction = z;
  for (let n = 60; n >= 1; n--) fraction = z + n / fraction;
  return density / fraction;
}
