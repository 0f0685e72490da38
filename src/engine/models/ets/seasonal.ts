// The additive-seasonal ETS members, ETS(A|M, N|A|Ad, A) of Hyndman et al. (2008), fitted as
// R's forecast::ets() fits them, on regularly spaced data of period m. The point recursions are
// those of ets()'s etscalc.c for both error types (q = l + phi b; l' = q + alpha e; b' = phi b +
// beta e; s' = s + gamma e, with e = y - q - s the one-step error on the data's scale), and the
// one-step forecasts are affine in the initial states (l0, b0 and the m seasonal states, summing
// to zero as in ets()), so, as in filter.ts, one pass from a zero start computes the errors with
// their sensitivities to the start and least squares gives the start: exactly the optimum ets()'s
// optimiser searches for with additive error, and by reweighting with 1 / mu^2 for multiplicative
// error. The optimiser searches only alpha, gamma, beta and phi, inside ets()'s "usual" bounds
// (alpha in [1e-4, 0.9999], beta in [1e-4, alpha], gamma in [1e-4, 1 - alpha], phi in [0.8, 0.98]).
// Multiplicative seasons are left out: their forecasts are not affine in the start, and counts
// are fitted on a log scale, where an additive season is a multiplicative one.

import { nelderMead, squash } from '../optimize.ts';
import type { EtsFit } from './fit.ts';
import type { ErrorType, EtsSpec, TrendType } from './spec.ts';

export interface SeasonalParams {
  alpha: number;
  /** 0 without a trend. */
  beta: number;
  gamma: number;
  /** 1 without damping (and without a trend). */
  phi: number;
}

const ALPHA_MIN = 1e-4;
const ALPHA_MAX = 0.9999;
const BETA_MIN = 1e-4;
const GAMMA_MIN = 1e-4;
const PHI_MIN = 0.8;
const PHI_MAX = 0.98;

/**
 * Estimated quantities without sigma, as ets() counts them: alpha and the initial level, beta and
 * the initial trend with a trend, phi when damped, and gamma with the m - 1 free seasonal states.
 */
export function seasonalCount(trend: TrendType, period: number): number {
  return 2 + (trend === 'N' ? 0 : 2) + (trend === 'Ad' ? 1 : 0) + period;
}

/**
 * The seasonal members ets() tries for data of this period: multiplicative error only for
 * strictly positive data on their own scale, and only members with more than four observations
 * beyond their estimated quantities (ets() does not optimise smaller fits).
 */
export function seasonalFamily(y: readonly number[], period: number, additiveOnly: boolean): EtsSpec[] {
  const multiplicative = !additiveOnly && y.every((v) => v > 0);
  const specs: EtsSpec[] = [];
  for (const error of ['A', 'M'] as const) {
    if (error === 'M' && !multiplicative) continue;
    for (const trend of ['N', 'A', 'Ad'] as const) {
      if (y.length > seasonalCount(trend, period) + 4) specs.push({ error, trend });
    }
  }
  return specs;
}

/** Scratch arrays of one series and period. k initial states: level, trend (if any), m - 1 seasons. */
interface Workspace {
  readonly n: number;
  readonly m: number;
  readonly k: number;
  readonly withTrend: boolean;
  /** Zero-start one-step errors. */
  readonly base: Float64Array;
  /** Per observation, the one-step forecast's sensitivity to the k initial states (n x k). */
  readonly rows: Float64Array;
  readonly weight: Float64Array;
  readonly relative: Float64Array;
  /** Normal equations (k x k, k) and their solution. */
  readonly a: Float64Array;
  readonly u: Float64Array;
  readonly x: Float64Array;
  /** States and their sensitivities: level, trend, m seasons (ring by phase). */
  readonly dLevel: Float64Array;
  readonly dTrend: Float64Array;
  readonly dSeason: Float64Array;
  readonly season: Float64Array;
  /** Zero-start final states. */
  level: number;
  trend: number;
  syy: number;
}

function workspace(y: readonly number[], m: number, withTrend: boolean): Workspace {
  const n = y.length;
  const k = (withTrend ? 2 : 1) + m - 1;
  return {
    n,
    m,
    k,
    withTrend,
    base: new Float64Array(n),
    rows: new Float64Array(n * k),
    weight: new Float64Array(n),
    relative: Float64Array.from(y, (v) => 1 / (v * v)),
    a: new Float64Array(k * k),
    u: new Float64Array(k),
    x: new Float64Array(k),
    dLevel: new Float64Array(k),
    dTrend: new Float64Array(k),
    dSeason: new Float64Array(m * k),
    season: new Float64Array(m),
    level: 0,
    trend: 0,
    syy: 0,
  };
}

/** The recursions from a zero start for one set of parameters, filling the workspace (with the unweighted normal equations). */
function propagate(y: readonly number[], p: SeasonalParams, ws: Workspace): void {
  const { n, m, k, withTrend, base, rows, dLevel, dTrend, dSeason, season, a, u } = ws;
  const { alpha, beta, gamma } = p;
  a.fill(0);
  u.fill(0);
  const phi = withTrend ? p.phi : 0;
  const first = withTrend ? 2 : 1;
  dLevel.fill(0);
  dTrend.fill(0);
  dSeason.fill(0);
  season.fill(0);
  dLevel[0] = 1;
  if (withTrend) dTrend[1] = 1;
  // Seasons 0..m-2 are free; season m-1 is minus their sum.
  for (let j = 0; j < m - 1; j++) {
    dSeason[j * k + first + j] = 1;
    dSeason[(m - 1) * k + first + j] = -1;
  }
  let level = 0;
  let trend = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const j = i % m;
    const sOff = j * k;
    const rOff = i * k;
    const mu = level + phi * trend + season[j]!;
    const e = y[i]! - mu;
    base[i] = e;
    syy += e * e;
    for (let c = 0; c < k; c++) {
      const carried = dLevel[c]! + phi * dTrend[c]!;
      const r = carried + dSeason[sOff + c]!;
      rows[rOff + c] = r;
      dLevel[c] = carried - alpha * r;
      dTrend[c] = phi * dTrend[c]! - beta * r;
      dSeason[sOff + c] = dSeason[sOff + c]! - gamma * r;
      u[c] = u[c]! + r * e;
    }
    // The unweighted normal equations (additive error), lower triangle.
    for (let c = 0, aOff = 0; c < k; c++, aOff += k) {
      const r = rows[rOff + c]!;
      for (let q = 0; q <= c; q++) a[aOff + q] = a[aOff + q]! + r * rows[rOff + q]!;
    }
    level = level + phi * trend + alpha * e;
    trend = phi * trend + beta * e;
    season[j] = season[j]! + gamma * e;
  }
  ws.level = level;
  ws.trend = trend;
  ws.syy = syy;
}

/** Solves ws.a x = ws.u (symmetric, positive semi-definite) by Cholesky with a whisker of ridge, into ws.x. */
function solve(ws: Workspace): boolean {
  const { k, a, u, x } = ws;
  let trace = 0;
  for (let i = 0; i < k; i++) trace += a[i * k + i]!;
  const ridge = 1e-12 * (trace / k) + 1e-300;
  // In-place Cholesky: lower triangle of a becomes L.
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j]! + (i === j ? ridge : 0);
      for (let p = 0; p < j; p++) s -= a[i * k + p]! * a[j * k + p]!;
      if (i === j) {
        if (!(s > 0)) return false;
        a[i * k + i] = Math.sqrt(s);
      } else {
        a[i * k + j] = s / a[j * k + j]!;
      }
    }
  }
  for (let i = 0; i < k; i++) {
    let s = u[i]!;
    for (let p = 0; p < i; p++) s -= a[i * k + p]! * x[p]!;
    x[i] = s / a[i * k + i]!;
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let p = i + 1; p < k; p++) s -= a[p * k + i]! * x[p]!;
    x[i] = s / a[i * k + i]!;
  }
  return true;
}

/** Weighted normal equations from the workspace's rows. */
function normalEquations(ws: Workspace, weights: Float64Array): void {
  const { n, k, rows, base, a, u } = ws;
  a.fill(0);
  u.fill(0);
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w === 0) continue;
    const off = i * k;
    const e = base[i]!;
    for (let r = 0; r < k; r++) {
      const wr = w * rows[off + r]!;
      u[r] = u[r]! + wr * e;
      for (let c = 0; c <= r; c++) a[r * k + c] = a[r * k + c]! + wr * rows[off + c]!;
    }
  }
}

/** One-step error of observation i at the start in ws.x. */
function errorAt(ws: Workspace, i: number): number {
  const { k, rows, x } = ws;
  let dot = 0;
  const off = i * k;
  for (let c = 0; c < k; c++) dot += rows[off + c]! * x[c]!;
  return ws.base[i]! - dot;
}

const MIN_LIK = -1e10;

/** ets()'s 'lik' with the start solved for (in ws.x), and the SSE on the error's own scale. */
function likelihood(y: readonly number[], error: ErrorType, ws: Workspace, reweightings: number): { lik: number; sse: number } {
  const { n } = ws;
  if (error === 'A') {
    if (!solve(ws)) return { lik: Number.POSITIVE_INFINITY, sse: Number.POSITIVE_INFINITY };
    let sse = 0;
    for (let i = 0; i < n; i++) sse += errorAt(ws, i) ** 2;
    return { lik: Math.max(MIN_LIK, n * Math.log(sse)), sse };
  }
  normalEquations(ws, ws.relative);
  if (!solve(ws)) return { lik: Number.POSITIVE_INFINITY, sse: Number.POSITIVE_INFINITY };
  for (let pass = 0; pass < reweightings; pass++) {
    for (let i = 0; i < n; i++) {
      const mu = y[i]! - errorAt(ws, i);
      ws.weight[i] = mu > 0 ? 1 / (mu * mu) : 0;
    }
    normalEquations(ws, ws.weight);
    if (!solve(ws)) return { lik: Number.POSITIVE_INFINITY, sse: Number.POSITIVE_INFINITY };
  }
  let sse = 0;
  let logMu = 0;
  for (let i = 0; i < n; i++) {
    const e = errorAt(ws, i);
    const mu = y[i]! - e;
    if (!(mu > 0)) return { lik: Number.POSITIVE_INFINITY, sse: Number.POSITIVE_INFINITY };
    sse += (e / mu) ** 2;
    logMu += Math.log(mu);
  }
  const lik = n * Math.log(sse) + 2 * logMu;
  return { lik: Number.isNaN(lik) ? Number.POSITIVE_INFINITY : Math.max(MIN_LIK, lik), sse };
}

/** Final states at the start in ws.x: level, trend and the seasons of the next m steps. */
function finalStates(ws: Workspace): { level: number; trend: number; ahead: Float64Array } {
  const { n, m, k, x, dLevel, dTrend, dSeason, season } = ws;
  const dot = (v: Float64Array, off: number) => {
    let s = 0;
    for (let c = 0; c < k; c++) s += v[off + c]! * x[c]!;
    return s;
  };
  const ahead = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const phase = (n + j) % m;
    ahead[j] = season[phase]! + dot(dSeason, phase * k);
  }
  return { level: ws.level + dot(dLevel, 0), trend: ws.withTrend ? ws.trend + dot(dTrend, 0) : 0, ahead };
}

/** The optimiser's coordinates: logits of alpha, of gamma's share of 1 - alpha, of beta's of alpha, of phi's place in its range. */
function decode(trend: TrendType, x: ArrayLike<number>): SeasonalParams {
  const alpha = squash(x[0]!, ALPHA_MIN, ALPHA_MAX);
  const gamma = squash(x[1]!, GAMMA_MIN, Math.max(GAMMA_MIN, 1 - alpha));
  if (trend === 'N') return { alpha, beta: 0, gamma, phi: 1 };
  return { alpha, beta: squash(x[2]!, BETA_MIN, alpha), gamma, phi: trend === 'Ad' ? squash(x[3]!, PHI_MIN, PHI_MAX) : 1 };
}

const logit = (p: number) => Math.log(p / (1 - p));
/**
 * The start grid (gamma and beta as shares of their upper bounds): coarser than the non-seasonal
 * one (fit.ts), since every evaluation here solves for m + 1 or m + 2 initial states; a finer grid
 * (4 x 2 x 3) and a polish of 60 evaluations gave the same panel MASE to within 0.1%.
 */
const ALPHA_GRID = [0.15, 0.5, 0.9].map(logit);
const GAMMA_GRID = [0.05, 0.4].map(logit);
const BETA_GRID = [0.05, 0.4].map(logit);
const PHI_START = logit(0.9);

function grid(trend: TrendType): number[][] {
  const points: number[][] = [];
  for (const a of ALPHA_GRID) {
    for (const g of GAMMA_GRID) {
      if (trend === 'N') points.push([a, g]);
      else for (const b of BETA_GRID) points.push(trend === 'Ad' ? [a, g, b, PHI_START] : [a, g, b]);
    }
  }
  return points;
}

const POLISH_EVALUATIONS = 40;
const POLISH_STEP = 0.4;
const TOLERANCE = 1e-2;
const REWEIGHT = { grid: 0, polish: 1, final: 2 } as const;

/** A member with fixed parameters, its start solved for (null when its likelihood is not finite). */
export function seasonalMember(y: readonly number[], period: number, spec: EtsSpec, params: SeasonalParams): EtsFit | null {
  const ws = workspace(y, period, spec.trend !== 'N');
  propagate(y, params, ws);
  return finish(y, period, spec, params, ws);
}

function finish(y: readonly number[], period: number, spec: EtsSpec, params: SeasonalParams, ws: Workspace): EtsFit | null {
  const result = likelihood(y, spec.error, ws, REWEIGHT.final);
  if (!Number.isFinite(result.lik)) return null;
  const n = y.length;
  const estimated = seasonalCount(spec.trend, period);
  const k = estimated + 1; // and sigma
  const { level, trend, ahead } = finalStates(ws);
  return {
    spec,
    alpha: params.alpha,
    beta: params.beta,
    phi: params.phi,
    level,
    trend,
    season: { period, gamma: params.gamma, ahead },
    sigma2: result.sse / (n - estimated),
    lik: result.lik,
    aicc: result.lik + 2 * k + (2 * k * (k + 1)) / (n - k - 1),
  };
}

/** Fits each seasonal member in `specs` to y (regularly spaced, period m); a member without a finite likelihood is left out. */
export function fitSeasonalMembers(y: readonly number[], period: number, specs: readonly EtsSpec[]): EtsFit[] {
  const fits: EtsFit[] = [];
  for (const trend of ['N', 'A', 'Ad'] as const) {
    const members = specs.filter((s) => s.trend === trend);
    if (members.length === 0) continue;
    const ws = workspace(y, period, trend !== 'N');
    const starts = members.map(() => ({ x: [] as number[], lik: Number.POSITIVE_INFINITY }));
    for (const x of grid(trend)) {
      propagate(y, decode(trend, x), ws);
      members.forEach((spec, i) => {
        const lik = likelihood(y, spec.error, ws, REWEIGHT.grid).lik;
        if (lik < starts[i]!.lik) starts[i] = { x, lik };
      });
    }
    members.forEach((spec, i) => {
      if (!Number.isFinite(starts[i]!.lik)) return;
      const objective = (x: Float64Array) => {
        propagate(y, decode(trend, x), ws);
        return likelihood(y, spec.error, ws, REWEIGHT.polish).lik;
      };
      const params = decode(trend, nelderMead(objective, starts[i]!.x, POLISH_EVALUATIONS, POLISH_STEP, TOLERANCE));
      propagate(y, params, ws);
      const fit = finish(y, period, spec, params, ws);
      if (fit) fits.push(fit);
    });
  }
  return fits;
}
