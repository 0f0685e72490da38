// The ETS recursions for one member and one set of smoothing parameters, with the initial states
// concentrated out. For these models the one-step forecasts are affine in the initial level and
// trend (multiplicative error changes the likelihood, not the point recursions: l_t = mu_t +
// alpha (y_t - mu_t) either way), so one pass computes the errors from a zero start together with
// their sensitivities to the start, and least squares then gives the initial states: exactly the
// ones ets()'s optimiser searches for with additive error, and by reweighting with 1 / mu^2 for
// multiplicative error, whose likelihood is a relative-error one (1 / y^2 stands in for 1 / mu^2
// at first). The optimiser thus searches only alpha, beta and phi.
//
// Irregular spacing, as in models/smoothing.ts: a gap of d steps (steps.ts' stepGaps) advances the
// level by the damped sum of d trend steps and decays the trend by phi^d. The start is one step
// before the first point.

import { dampedSum } from '../smoothing.ts';
import type { EtsSpec, TrendType } from './spec.ts';

export interface EtsParams {
  alpha: number;
  /** 0 without a trend. */
  beta: number;
  /** 1 without damping (and without a trend). */
  phi: number;
}

export interface EtsEvaluation {
  /** ets()'s 'lik': n log(SSE) (+ 2 sum log mu for multiplicative error), -2 log-likelihood up to a constant. */
  lik: number;
  /** Sum of squared errors on the error's own scale (relative errors for multiplicative error). */
  sse: number;
  /** States after the last observation. */
  level: number;
  trend: number;
}

/** One pass's results: per observation the zero-start error and its sensitivities to (l0, b0). */
export interface Workspace {
  readonly base: Float64Array;
  readonly dLevel: Float64Array;
  readonly dTrend: Float64Array;
  readonly weight: Float64Array;
  /** 1 / y^2: the first weights of multiplicative-error models, mu being unknown yet. */
  readonly relative: Float64Array;
  /** Unweighted normal equations of the pass: sum dl^2, dl db, db^2, dl base, db base, base^2. */
  readonly sums: Float64Array;
}

export function workspace(y: readonly number[]): Workspace {
  const n = y.length;
  return {
    base: new Float64Array(n),
    dLevel: new Float64Array(n),
    dTrend: new Float64Array(n),
    weight: new Float64Array(n),
    relative: Float64Array.from(y, (v) => 1 / (v * v)),
    sums: new Float64Array(6),
  };
}

/** The zero-start final states and their sensitivities to the start. */
export interface Propagation {
  readonly withTrend: boolean;
  readonly level: number;
  readonly trend: number;
  readonly levelByL: number;
  readonly levelByB: number;
  readonly trendByL: number;
  readonly trendByB: number;
}

/** Keeps a perfect fit's log(0) finite, as ets() does. */
const MIN_LIK = -1e10;

/**
 * The recursions from a zero start for one trend type and one set of parameters, filling the
 * workspace. The same pass serves both error types.
 */
export function propagate(y: readonly number[], gaps: Float64Array, trendType: TrendType, p: EtsParams, ws: Workspace): Propagation {
  const n = y.length;
  const withTrend = trendType !== 'N';
  const { alpha, beta, phi } = p;
  let level = 0;
  let trend = 0;
  let levelByL = 1;
  let levelByB = 0;
  let trendByL = 0;
  let trendByB = 1;
  let sll = 0;
  let slb = 0;
  let sbb = 0;
  let sly = 0;
  let sby = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const d = gaps[i]!;
    const advance = withTrend ? (d === 1 ? phi : dampedSum(phi, d)) : 0;
    const decay = withTrend ? (d === 1 ? phi : phi ** d) : 1;
    const mu = level + advance * trend;
    const dl = levelByL + advance * trendByL;
    const db = levelByB + advance * trendByB;
    const error = y[i]! - mu;
    ws.base[i] = error;
    ws.dLevel[i] = dl;
    ws.dTrend[i] = db;
    sll += dl * dl;
    slb += dl * db;
    sbb += db * db;
    sly += dl * error;
    sby += db * error;
    syy += error * error;
    level = mu + alpha * error;
    trend = decay * trend + beta * error;
    levelByL = (1 - alpha) * dl;
    levelByB = (1 - alpha) * db;
    trendByL = decay * trendByL - beta * dl;
    trendByB = decay * trendByB - beta * db;
  }
  ws.sums[0] = sll;
  ws.sums[1] = slb;
  ws.sums[2] = sbb;
  ws.sums[3] = sly;
  ws.sums[4] = sby;
  ws.sums[5] = syy;
  return { withTrend, level, trend, levelByL, levelByB, trendByL, trendByB };
}

/** Solves [a b; b c] x = [u v] for (l0, b0), or l0 alone without a trend. */
function solve2(a: number, b: number, c: number, u: number, v: number, withTrend: boolean): [number, number] {
  if (!withTrend) return [a > 0 ? u / a : 0, 0];
  // A whisker of ridge keeps alpha near 1 (when the start barely matters) from a singular system.
  const ridge = 1e-12 * (a + c);
  const det = (a + ridge) * (c + ridge) - b * b;
  if (!(det > 0)) return [a > 0 ? u / a : 0, 0];
  return [((c + ridge) * u - b * v) / det, ((a + ridge) * v - b * u) / det];
}

/** Weighted least squares for (l0, b0) with the workspace's weights. */
function weightedStart(ws: Workspace, n: number, withTrend: boolean): [number, number] {
  let a = 0;
  let b = 0;
  let c = 0;
  let u = 0;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const w = ws.weight[i]!;
    const rl = ws.dLevel[i]!;
    const rb = ws.dTrend[i]!;
    a += w * rl * rl;
    b += w * rl * rb;
    c += w * rb * rb;
    u += w * rl * ws.base[i]!;
    v += w * rb * ws.base[i]!;
  }
  return solve2(a, b, c, u, v, withTrend);
}

function evaluation(lik: number, sse: number, run: Propagation, l0: number, b0: number): EtsEvaluation {
  return {
    lik: Number.isNaN(lik) ? Number.POSITIVE_INFINITY : Math.max(MIN_LIK, lik),
    sse,
    level: run.level + run.levelByL * l0 + run.levelByB * b0,
    trend: run.trend + run.trendByL * l0 + run.trendByB * b0,
  };
}

/** Additive error: least squares from the pass's sums, SSE = sum base^2 - x'u at the optimum. */
function additiveLikelihood(n: number, run: Propagation, ws: Workspace): EtsEvaluation {
  const [sll, slb, sbb, sly, sby, syy] = ws.sums as unknown as number[];
  const [l0, b0] = solve2(sll!, slb!, sbb!, sly!, sby!, run.withTrend);
  let sse = syy! - l0 * sly! - b0 * sby!;
  // Near a perfect fit the shortcut cancels to noise: sum the errors instead.
  if (!(sse > 1e-8 * syy!)) {
    sse = 0;
    for (let i = 0; i < n; i++) sse += (ws.base[i]! - ws.dLevel[i]! * l0 - ws.dTrend[i]! * b0) ** 2;
  }
  return evaluation(n * Math.log(sse), sse, run, l0, b0);
}

/** Multiplicative error: reweighted least squares, then the relative-error likelihood. */
function multiplicativeLikelihood(y: readonly number[], run: Propagation, ws: Workspace, reweightings: number): EtsEvaluation {
  const n = y.length;
  ws.weight.set(ws.relative);
  let [l0, b0] = weightedStart(ws, n, run.withTrend);
  for (let pass = 0; pass < reweightings; pass++) {
    for (let i = 0; i < n; i++) {
      const mu = y[i]! - (ws.base[i]! - ws.dLevel[i]! * l0 - ws.dTrend[i]! * b0);
      ws.weight[i] = mu > 0 ? 1 / (mu * mu) : 0;
    }
    [l0, b0] = weightedStart(ws, n, run.withTrend);
  }
  let sse = 0;
  let logMu = 0;
  for (let i = 0; i < n; i++) {
    const e = ws.base[i]! - ws.dLevel[i]! * l0 - ws.dTrend[i]! * b0;
    const mu = y[i]! - e;
    if (!(mu > 0)) return evaluation(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, run, l0, b0);
    sse += (e / mu) ** 2;
    logMu += Math.log(mu);
  }
  return evaluation(n * Math.log(sse) + 2 * logMu, sse, run, l0, b0);
}

/**
 * The likelihood of one error type after `propagate`, with the initial states solved for;
 * `reweightings` passes of reweighted least squares for multiplicative error (a coarse search
 * needs none, the final fit two).
 */
export function likelihood(
  y: readonly number[],
  error: EtsSpec['error'],
  run: Propagation,
  ws: Workspace,
  reweightings: number,
): EtsEvaluation {
  return error === 'A' ? additiveLikelihood(y.length, run, ws) : multiplicativeLikelihood(y, run, ws, reweightings);
}
