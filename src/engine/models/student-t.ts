// Student's t for forecast intervals and Monte Carlo paths, by Hill's algorithm (G. W. Hill,
// "Algorithm 396: Student's t-quantiles", Communications of the ACM 13(10), 1970, 617-619; as R's
// qt uses it, without qt's final Newton steps, which need the t distribution function). Checked
// against that function by numerical integration (tests/unit/models/student-t.test.ts): within
// 3e-5 in tail probability for df >= 3 and 1.5e-3 between 2 and 3, from p = 0.5 to 1e-6 of either
// end; at the 97.5% point of t(3), 3.182449 for 3.182446. A Cornish-Fisher expansion used before
// was 0.12% narrow there and a third off in tail probability at t(3)'s 99.99% point.
//
// Paths draw a standard normal z and need the t value with the same probability. Hill's algorithm
// starts from the normal deviate itself away from the far tails, so `fromNormal` computes the
// probability only in the far tails, and there exactly (normalUpperTail); mapping z through the
// approximate normal distribution function used before (1.2e-7 off) put errors of up to a tenth
// into the probabilities of the farthest paths.
import { normalQuantile, normalUpperTail } from './quantiles.ts';

/** The normal deviate of the upper quartile: Hill's algorithm treats df < 2.1 apart inside it. */
const UPPER_QUARTILE_Z = 0.6744897501960817;

export interface StudentT {
  readonly df: number;
  /** The value below which the t falls with probability p. */
  quantile(p: number): number;
  /** The t value with the probability a standard normal has at z: quantile(Phi(z)). */
  fromNormal(z: number): number;
}

/** Beyond this many degrees of freedom the t is the normal to about 1e-7. */
const NORMAL_DF = 1e7;

/** Student's t with df >= 1 degrees of freedom (exact at 1 and 2; the normal past NORMAL_DF). */
export function studentT(df: number): StudentT {
  if (!(df >= 1)) throw new RangeError(`Student's t needs at least 1 degree of freedom, got ${df}`);
  if (df > NORMAL_DF) return { df, quantile: normalQuantile, fromNormal: (z) => z };
  if (df === 1) return exactT(df, (tail) => 1 / Math.tan(Math.PI * tail));
  if (df === 2) return exactT(df, (tail) => (1 - 2 * tail) / Math.sqrt(2 * tail * (1 - tail)));
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  const c0 = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c0) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  // Both tails' probability above which the expansion about the normal applies.
  const bodyTails = (0.05 + a) ** (df / 2) / d;
  const bodyZ = Math.max(bodyTails >= 1 ? 0 : -normalQuantile(bodyTails / 2), df < 2.1 ? UPPER_QUARTILE_Z : 0);

  /** |t| from the normal deviate x = -|z| (an expansion about the normal). */
  const body = (x: number): number => {
    const xx = x * x;
    let c = c0;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    const y = (((((0.4 * xx + 6.3) * xx + 36) * xx + 94.5) / c - xx - 3) / b + 1) * x;
    return Math.sqrt(df * Math.expm1(a * y * y));
  };
  /** |t| from the probability of both tails beyond it (the far tails). */
  const far = (tails: number): number => {
    const y = (d * tails) ** (2 / df);
    const z = ((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * ((df + 1) / (df + 2)) + 1 / y;
    return Math.sqrt(df * z);
  };

  const fromNormal = (z: number): number => {
    const size = Math.abs(z);
    const magnitude = size < bodyZ ? body(-size) : far(2 * normalUpperTail(size));
    return z < 0 ? -magnitude : magnitude;
  };
  // One branch rule for both: a probability is its normal deviate's (the far tails read it back).
  return { df, quantile: (p) => (p === 0.5 ? 0 : fromNormal(normalQuantile(p))), fromNormal };
}

/** A t whose upper-tail quantile has a closed form in the tail probability. */
function exactT(df: number, upperOfTail: (tail: number) => number): StudentT {
  return {
    df,
    quantile: (p) => (p === 0.5 ? 0 : p > 0.5 ? upperOfTail(1 - p) : -upperOfTail(p)),
    fromNormal: (z) => (z === 0 ? 0 : z > 0 ? upperOfTail(normalUpperTail(z)) : -upperOfTail(normalUpperTail(-z))),
  };
}

/** The t(df) quantile at p (one-off; a caller drawing many builds studentT(df) once). */
export function studentTQuantile(p: number, df: number): number {
  return studentT(df).quantile(p);
}
