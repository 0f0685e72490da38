// Maximum-likelihood fits of the ETS members: the smoothing parameters on ets()'s 'lik'
// criterion inside ets()'s "usual" bounds (alpha in [1e-4, 0.9999], beta in [1e-4, alpha], phi in
// [0.8, 0.98]; for these models they lie inside the admissible region too), the initial states
// concentrated out (filter.ts). The likelihood surface has several local minima (alpha near 1
// against a slow trend, say), so a single simplex from ets()'s fixed start often stops in the
// wrong one: a coarse grid picks each member's start and Nelder-Mead polishes it. Members of one
// trend type share the grid's recursions, which are the same for both error types.

import { nelderMead, squash } from '../optimize.ts';
import { likelihood, propagate, workspace, type EtsParams, type Workspace } from './filter.ts';
import { estimatedCount, type EtsSpec, type TrendType } from './spec.ts';

const ALPHA_MIN = 1e-4;
const ALPHA_MAX = 0.9999;
const PHI_MIN = 0.8;
const PHI_MAX = 0.98;

export interface EtsFit extends EtsParams {
  spec: EtsSpec;
  /** States after the last observation. */
  level: number;
  trend: number;
  /** Variance of the one-step errors (relative errors for multiplicative error), as ets()'s sigma2. */
  sigma2: number;
  lik: number;
  aicc: number;
  /** Seasonal members only (seasonal.ts): gamma, and the seasonal states of the next `period` steps. */
  season?: { period: number; gamma: number; ahead: Float64Array };
}

/** The optimiser's coordinates: logits of alpha, of beta's share of alpha, and of phi's place in its range. */
function decode(trend: TrendType, x: ArrayLike<number>): EtsParams {
  const alpha = squash(x[0]!, ALPHA_MIN, ALPHA_MAX);
  if (trend === 'N') return { alpha, beta: 0, phi: 1 };
  return { alpha, beta: squash(x[1]!, ALPHA_MIN, alpha), phi: trend === 'Ad' ? squash(x[2]!, PHI_MIN, PHI_MAX) : 1 };
}

const logit = (p: number) => Math.log(p / (1 - p));
const ALPHA_GRID = [0.1, 0.4, 0.75, 0.98].map(logit);
const BETA_GRID = [0.05, 0.3, 0.8].map(logit);
/** Damped members start the polish at phi = 0.962 (the likelihood is flattest in phi). */
const PHI_START = logit(0.9);

function grid(trend: TrendType): number[][] {
  const points: number[][] = [];
  for (const a of ALPHA_GRID) {
    if (trend === 'N') points.push([a]);
    else for (const b of BETA_GRID) points.push(trend === 'Ad' ? [a, b, PHI_START] : [a, b]);
  }
  return points;
}

/** Polishing budget and tolerance (in lik units, i.e. AICc points). */
const POLISH_EVALUATIONS = 40;
const POLISH_STEP = 0.4;
const TOLERANCE = 1e-2;
/** Reweighting passes for multiplicative error (filter.ts): none on the grid, one polishing, two at the end. */
const REWEIGHT = { grid: 0, polish: 1, final: 2 } as const;

function finish(y: readonly number[], spec: EtsSpec, params: EtsParams, run: ReturnType<typeof propagate>, ws: Workspace): EtsFit | null {
  const result = likelihood(y, spec.error, run, ws, REWEIGHT.final);
  if (!Number.isFinite(result.lik)) return null;
  const n = y.length;
  const estimated = estimatedCount(spec);
  const k = estimated + 1; // and sigma
  return {
    spec,
    ...params,
    level: result.level,
    trend: result.trend,
    sigma2: result.sse / (n - estimated),
    lik: result.lik,
    aicc: result.lik + 2 * k + (2 * k * (k + 1)) / (n - k - 1),
  };
}

/**
 * Fits each member in `specs` to y (gaps in steps, see filter.ts); a member without a finite
 * likelihood anywhere on the grid is left out.
 */
export function fitMembers(y: readonly number[], gaps: Float64Array, specs: readonly EtsSpec[]): EtsFit[] {
  const ws = workspace(y);
  const fits: EtsFit[] = [];
  for (const trend of ['N', 'A', 'Ad'] as const) {
    const members = specs.filter((s) => s.trend === trend);
    if (members.length === 0) continue;
    const starts = members.map(() => ({ x: [] as number[], lik: Number.POSITIVE_INFINITY }));
    for (const x of grid(trend)) {
      const run = propagate(y, gaps, trend, decode(trend, x), ws);
      members.forEach((spec, i) => {
        const lik = likelihood(y, spec.error, run, ws, REWEIGHT.grid).lik;
        if (lik < starts[i]!.lik) starts[i] = { x, lik };
      });
    }
    members.forEach((spec, i) => {
      if (!Number.isFinite(starts[i]!.lik)) return;
      const objective = (x: Float64Array) =>
        likelihood(y, spec.error, propagate(y, gaps, trend, decode(trend, x), ws), ws, REWEIGHT.polish).lik;
      const params = decode(trend, nelderMead(objective, starts[i]!.x, POLISH_EVALUATIONS, POLISH_STEP, TOLERANCE));
      const fit = finish(y, spec, params, propagate(y, gaps, trend, params, ws), ws);
      if (fit) fits.push(fit);
    });
  }
  return fits;
}
