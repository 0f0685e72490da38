// Distribution helpers for intervals and paths: the standard normal and Student's t.

import { normalQuantile } from './normal-quantile.ts';

export { normalQuantile };

/** Standard normal CDF via the complementary error function (Numerical Recipes erfcc, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const u = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    u *
      (1.00002368 +
        u *
          (0.37409196 +
            u *
              (0.09678418 +
                u * (-0.18628806 + u * (0.27886807 + u * (-1.13520398 + u * (1.48851587 + u * (-0.82215223 + u * 0.17087277))))))));
  const tail = 0.5 * u * Math.exp(poly);
  return x >= 0 ? 1 - tail : tail;
}
