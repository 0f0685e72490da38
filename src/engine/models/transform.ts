// Fitting scales that make bounds hold by construction: models work on z = forward(y) over the
// whole real line, and every quantile is mapped back with back(z), which lands inside the bounds.
// Quantiles survive a monotone back-transform; means and standard deviations do not, so the engine
// only ever back-transforms quantiles (the central forecast is a median).

/** percent is bounded to [0,100]; count and currency are >= 0; real is unbounded (any sign). */
export type ValueScale = 'percent' | 'count' | 'currency' | 'real';

export interface Transform {
  readonly kind: 'logit' | 'log' | 'identity';
  /** Bounds on the original scale; upper is Infinity when there is no cap. */
  readonly lower: number;
  readonly upper: number;
  forward(y: number): number;
  back(z: number): number;
  /** d forward / dy: converts a spread in original units into fitting-scale units (delta method). */
  slope(y: number): number;
}

/** The least clamp that keeps logit finite at 0 and at the cap: values lie in [eps, 1 - eps] of the cap. */
const MIN_LOGIT_EPS = 1e-4;

/**
 * Data exactly at a bound (a coverage of 100%) are clamped half-way to the nearest value that is
 * not at a bound, not to a fixed 1e-4: a fixed clamp puts 100% about 9 logits out, and one step
 * from 100% to 99.5% would then look like a 4-logit swing and blow the intervals up. Interior data
 * are untouched (the clamp never reaches them), like the log scale's offset for zeros.
 */
function logitEpsilon(values: readonly number[], cap: number): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const y of values) {
    const distance = Math.min(y / cap, 1 - y / cap);
    if (distance > 0) nearest = Math.min(nearest, distance);
  }
  return Number.isFinite(nearest) ? Math.max(MIN_LOGIT_EPS, nearest / 2) : MIN_LOGIT_EPS;
}

function logitTransform(cap: number, values: readonly number[]): Transform {
  const eps = logitEpsilon(values, cap);
  return {
    kind: 'logit',
    lower: 0,
    upper: cap,
    forward(y) {
      const p = Math.min(1 - eps, Math.max(eps, y / cap));
      return Math.log(p / (1 - p));
    },
    back(z) {
      return cap / (1 + Math.exp(-z));
    },
    slope(y) {
      const p = Math.min(1 - eps, Math.max(eps, y / cap));
      return 1 / (cap * p * (1 - p));
    },
  };
}

/**
 * log(y + offset). The offset is 0 for strictly positive data; with zeros it is half the smallest
 * positive value, which keeps the scale's relative resolution instead of log1p's unit-dependence.
 */
function logTransform(offset: number): Transform {
  return {
    kind: 'log',
    lower: 0,
    upper: Number.POSITIVE_INFINITY,
    forward(y) {
      // Never log(0): a forecast clamped at the bound still has a finite (very low) level.
      return Math.log(Math.max(Math.max(0, y) + offset, Number.MIN_VALUE));
    },
    back(z) {
      // Capped exponent: a far tail quantile maps to a huge but finite value.
      return Math.max(0, Math.exp(Math.min(z, 700)) - offset);
    },
    slope(y) {
      return 1 / Math.max(Math.max(0, y) + offset, Number.MIN_VALUE);
    },
  };
}

/** Values of any sign (a balance, a change): modelled as they are, with no bounds to keep. */
const IDENTITY: Transform = {
  kind: 'identity',
  lower: Number.NEGATIVE_INFINITY,
  upper: Number.POSITIVE_INFINITY,
  forward: (y) => y,
  back: (z) => z,
  slope: () => 1,
};

function logOffset(values: readonly number[]): number {
  let minPositive = Number.POSITIVE_INFINITY;
  let allPositive = true;
  for (const y of values) {
    if (y > 0) minPositive = Math.min(minPositive, y);
    else allPositive = false;
  }
  if (allPositive) return 0;
  // Floored so that halving a subnormal value cannot give a zero offset (log 0).
  return Number.isFinite(minPositive) ? Math.max(minPositive / 2, 1e-300) : 1;
}

/**
 * The fitting scale for a series: logit of y/cap when there is a cap (percent, or a known ceiling),
 * log otherwise. A percent ceiling above 100 is ignored; data beyond a cap are clamped just inside.
 */
export function makeTransform(scale: ValueScale, values: readonly number[], ceiling?: number): Transform {
  const hasCeiling = ceiling !== undefined && Number.isFinite(ceiling) && ceiling > 0;
  if (scale === 'real') return IDENTITY;
  if (scale === 'percent') return logitTransform(hasCeiling ? Math.min(100, ceiling) : 100, values);
  if (hasCeiling) return logitTransform(ceiling, values);
  return logTransform(logOffset(values));
}
