// The structural model's relations (structural.ts has them in words), month by month and path by
// path, each block a function of plain arrays. They are top-level functions, not closures inside
// applyLevers, so that V8 compiles each small loop on its own: the one large function they formed
// took 50-250 ms per optimising compile and was recompiled after each of its deoptimisations,
// on one of the two cores a lever move needs.
import type { StructuralBaseline } from './baseline.ts';
import { REVENUE } from './baseline.ts';
import type { RevenueCalibration } from './calibration.ts';
import { scratchRow } from './scratch-rows.ts';
import { yearOf, type IsoDate } from '../time.ts';

/** Years for a behavioural response (take-up) to build up fully after a change. */
export const RAMP_YEARS = 1;

export type Rows = Float64Array[];
type BaselinePaths = StructuralBaseline['paths'];

export const alloc = (n: number, m: number): Rows => Array.from({ length: n }, () => new Float64Array(m));

/** Where each grid month stands against the levers' start and the dated policy steps. */
export interface Timeline {
  /** Years since the levers' start (0 up to it). */
  tau: Float64Array;
  /** After the levers' start. */
  active: boolean[];
  /** The policy step in force (the first from the levers' start). */
  step: Int32Array;
  /** Each step's own take-up ramp (0 to 1), for the steps in force: ramps[i][s], s <= step[i]. */
  ramps: Float64Array[];
}

/** The timeline of grid times `ts` for policy steps starting at `stepTimes` (the first the levers' start). */
export function timeline(ts: readonly number[], stepTimes: readonly number[]): Timeline {
  const tFrom = stepTimes[0]!;
  const n = ts.length;
  const out: Timeline = { tau: new Float64Array(n), active: [], step: new Int32Array(n), ramps: [] };
  for (let i = 0; i < n; i++) {
    const t = ts[i]!;
    let j = 0;
    while (j + 1 < stepTimes.length && t > stepTimes[j + 1]!) j++;
    out.tau[i] = Math.max(0, t - tFrom);
    out.active.push(t > tFrom);
    out.step[i] = j;
    out.ramps.push(Float64Array.from(stepTimes.slice(0, j + 1), (ts0) => Math.min(1, Math.max(0, t - ts0) / RAMP_YEARS)));
  }
  return out;
}

/**
 * People who move for `gain` points of subsidy out of `base` people, at `beta` per point: a gain
 * brings newcomers at the full rate, a loss moves people out at `exit` times it.
 */
export function takeUpMoves(beta: number, gain: number, base: number, exit: number): number {
  return beta * gain * base * (gain < 0 ? exit : 1);
}

/** Take-up moves into (or out of) `base` people at path k from every step in force, each on its own ramp. */
function joined(gains: readonly Float64Array[], ramps: Float64Array, k: number, base: number, beta: Float64Array, exit: Float64Array): number {
  let sum = 0;
  for (let s = 0; s < ramps.length; s++) sum += takeUpMoves(beta[k]!, gains[s]![k]! - (s > 0 ? gains[s - 1]![k]! : 0), base, exit[k]!) * ramps[s]!;
  return sum;
}

/** a / b, or `otherwise` when b is zero or not finite (data a user edited to zero). */
export const ratio = (a: number, b: number, otherwise: number) => (b !== 0 && Number.isFinite(b) ? a / b : otherwise);

/** The denominator that `count` people at `share` % imply, times `scale`; Infinity (unknown) when none is implied. */
function implied(count: number, share: number, scale: number): number {
  const d = (100 * count) / share;
  return d > 0 && Number.isFinite(d) ? d * scale : Number.POSITIVE_INFINITY;
}

/** 100 x participants / denominator; the baseline share where the denominator is unknown. */
const share = (count: number, denominator: number, baseline: number) => (Number.isFinite(denominator) ? (100 * count) / denominator : baseline);

export interface LabourInputs {
  labourSize: Float64Array;
  dgLabour: Float64Array;
  elasticity: Float64Array;
  formalisation: Float64Array;
}

export interface LabourRows {
  C: Rows;
  U: Rows;
  sC: Rows;
  sU: Rows;
  lab: Rows;
  uiLab: Rows;
}

/** Compulsory SI and UI participants and shares, and their labour forces. */
export function labourRows(b: BaselinePaths, time: Timeline, m: number, p: LabourInputs): LabourRows {
  const n = time.tau.length;
  const rows = { C: alloc(n, m), U: alloc(n, m), sC: alloc(n, m), sU: alloc(n, m), lab: alloc(n, m), uiLab: alloc(n, m) };
  const [Cb, Ub, sCb, sUb] = [b['si.compulsory.participants'], b['ui.participants'], b['si.compulsory.share'], b['ui.share']];
  const { labourSize, dgLabour, elasticity, formalisation } = p;
  for (let i = 0; i < n; i++) {
    const tau = time.tau[i]!;
    const [C, U, sC, sU, lab, uiLab] = [rows.C[i]!, rows.U[i]!, rows.sC[i]!, rows.sU[i]!, rows.lab[i]!, rows.uiLab[i]!];
    const [C0s, U0s, sC0s, sU0s] = [Cb[i]!, Ub[i]!, sCb[i]!, sUb[i]!];
    for (let k = 0; k < m; k++) {
      const C0 = C0s[k]!;
      const U0 = U0s[k]!;
      // Denominators implied per path by participants and shares. Data with a zero count or share (a
      // user's edit) imply none: participants are then uncapped and the share keeps its baseline path.
      const labourRatio = labourSize[k]! * Math.exp(dgLabour[k]! * tau);
      const labour = implied(C0, sC0s[k]!, labourRatio);
      const uiLabour = implied(U0, sU0s[k]!, labourRatio);
      const employment = Math.exp(elasticity[k]! * dgLabour[k]! * tau);
      const informal = Number.isFinite(labour) ? Math.max(0, labour - C0 * employment) : 0;
      const moved = formalisation[k]! * informal * tau;
      // Participants never outnumber their denominator, so every share stays within 100%.
      const c = Math.min(labour, C0 * employment + moved);
      const u = Math.min(uiLabour, U0 * employment + ratio(moved * U0, C0, 0));
      C[k] = c;
      U[k] = u;
      lab[k] = labour;
      uiLab[k] = uiLabour;
      sC[k] = share(c, labour, sC0s[k]!);
      sU[k] = share(u, uiLabour, sU0s[k]!);
    }
  }
  return rows;
}

/** The voluntary SI pool (its own informal-workforce base), which no subsidy moves. */
export function voluntaryPoolRows(b: BaselinePaths, time: Timeline, m: number, informalSize: Float64Array, dgInformal: Float64Array): Rows {
  const n = time.tau.length;
  const [Vb, sVb] = [b['si.voluntary.participants'], b['si.voluntary.share']];
  const pool = alloc(n, m);
  for (let i = 0; i < n; i++) {
    const tau = time.tau[i]!;
    const [row, V0s, sV0s] = [pool[i]!, Vb[i]!, sVb[i]!];
    for (let k = 0; k < m; k++) row[k] = implied(V0s[k]!, sV0s[k]!, informalSize[k]! * Math.exp(dgInformal[k]! * tau));
  }
  return pool;
}

/** Take-up's response: the share of a pool per point of subsidy, and how much slower people leave. */
export interface TakeUp {
  beta: Float64Array;
  exit: Float64Array;
}

/** Voluntary SI participants and share: take-up from the pool's non-participants, less formalisation. */
export function voluntaryRows(b: BaselinePaths, time: Timeline, m: number, pool: Rows, takeUp: TakeUp, formalisation: Float64Array, gains: readonly Float64Array[]) {
  const n = time.tau.length;
  const [Vb, sVb] = [b['si.voluntary.participants'], b['si.voluntary.share']];
  const rows = { V: alloc(n, m), sV: alloc(n, m), pool };
  for (let i = 0; i < n; i++) {
    const tau = time.tau[i]!;
    const ramps = time.ramps[i]!;
    const [V, sV, V0s, sV0s, pools] = [rows.V[i]!, rows.sV[i]!, Vb[i]!, sVb[i]!, pool[i]!];
    for (let k = 0; k < m; k++) {
      const V0 = V0s[k]!;
      const p = pools[k]!;
      // Newcomers come from the pool's non-participants (the evidence is stated for them).
      const notJoined = Number.isFinite(p) ? Math.max(0, p - V0) : 0;
      const v = Math.min(p, Math.max(0, V0 * Math.max(0, 1 - formalisation[k]! * tau) + joined(gains, ramps, k, notJoined, takeUp.beta, takeUp.exit)));
      V[k] = v;
      sV[k] = share(v, p, sV0s[k]!);
    }
  }
  return rows;
}

export interface HiInputs extends TakeUp {
  /** Points of household subsidy gained, and free cards granted, per policy step. */
  gains: readonly Float64Array[];
  cards: readonly Float64Array[];
  dgPopulation: Float64Array;
  ceiling: Float64Array;
}

/** HI participants, coverage and population: take-up from the uninsured, free cards, under the ceiling. */
export function hiRows(b: BaselinePaths, time: Timeline, m: number, p: HiInputs) {
  const n = time.tau.length;
  const rows = { H: alloc(n, m), cov: alloc(n, m), pop: alloc(n, m) };
  const [Hb, covb] = [b['hi.participants'], b['hi.coverage']];
  const { dgPopulation, ceiling } = p;
  for (let i = 0; i < n; i++) {
    const tau = time.tau[i]!;
    const ramps = time.ramps[i]!;
    const cardsNow = time.active[i] ? p.cards[time.step[i]!]! : null;
    const [H, cov, pops, H0s, cov0s] = [rows.H[i]!, rows.cov[i]!, rows.pop[i]!, Hb[i]!, covb[i]!];
    for (let k = 0; k < m; k++) {
      const H0 = H0s[k]!;
      const population0 = implied(H0, cov0s[k]!, 1);
      const uncovered = Number.isFinite(population0) ? Math.max(0, population0 - H0) : 0;
      const pop = population0 * Math.exp(dgPopulation[k]! * tau);
      // Free cards are a count, in force from their date (not a response that builds up).
      const cards = cardsNow ? cardsNow[k]! : 0;
      const h = Math.max(0, Math.min((pop * ceiling[k]!) / 100, H0 + joined(p.gains, ramps, k, uncovered, p.beta, p.exit) + cards));
      H[k] = h;
      pops[k] = pop;
      cov[k] = share(h, pop, cov0s[k]!);
    }
  }
  return rows;
}

/** The price and collection quantities of one policy step, per path (capRatio per grid month too). */
export interface RevenuePolicy {
  ratePrice: Float64Array;
  voluntaryPrice: Float64Array;
  hiPrice: Float64Array;
  collection: Float64Array;
  capRatio: Float64Array[];
}

/** The participants the scenario ends with, which revenue reads. */
export interface Participants {
  C: Rows;
  V: Rows;
  H: Rows;
}

/**
 * Revenue: each month's baseline increment scaled by the revenue-weighted change of its components
 * (compulsory SI, voluntary SI, HI outside compulsory SI), each year's sum restarting in January.
 */
export function revenueRows(
  baseline: StructuralBaseline,
  calibration: RevenueCalibration,
  time: Timeline,
  m: number,
  policies: readonly RevenuePolicy[],
  dgWage: Float64Array,
  now: Participants,
): Rows {
  const b = baseline.paths;
  const dates: readonly IsoDate[] = baseline.grid.dates;
  const n = time.tau.length;
  const out = alloc(n, m);
  const { compulsory: shareC, voluntary: shareV, hiOther: shareH } = calibration.shares;
  const previousRevenue = scratchRow('revenue|previous', m).fill(baseline.revenueLatest.value);
  const previousBase = scratchRow('revenue|previousBase', m).fill(baseline.revenueLatest.value);
  let previousYear = yearOf(baseline.revenueLatest.date);
  for (let i = 0; i < n; i++) {
    const tau = time.tau[i]!;
    const active = time.active[i]!;
    const { ratePrice, voluntaryPrice, hiPrice, collection, capRatio } = policies[time.step[i]!]!;
    const cap = capRatio[i]!;
    const year = yearOf(dates[i]!);
    if (year !== previousYear) {
      previousRevenue.fill(0);
      previousBase.fill(0);
      previousYear = year;
    }
    const [C0s, V0s, H0s, Rb] = [b['si.compulsory.participants'][i]!, b['si.voluntary.participants'][i]!, b['hi.participants'][i]!, b[REVENUE][i]!];
    const [cs, vs, hs] = [now.C[i]!, now.V[i]!, now.H[i]!];
    const R = out[i]!;
    for (let k = 0; k < m; k++) {
      const C0 = C0s[k]!;
      const V0 = V0s[k]!;
      const H0 = H0s[k]!;
      const c = cs[k]!;
      const v = vs[k]!;
      const h = hs[k]!;
      const step = Rb[k]! - previousBase[k]!;
      const col = active ? collection[k]! : 1;
      const rC = active ? ratio(c, C0, 1) * ratePrice[k]! * cap[k]! * Math.exp(dgWage[k]! * tau) * col : 1;
      const rV = active ? (V0 > 0 ? v / V0 : 1) * voluntaryPrice[k]! * col : 1;
      const rH = active ? ratio(h - c, H0 - C0, 1) * hiPrice[k]! * col : 1;
      // The step's revenue, component by component (compulsory SI, voluntary SI, HI outside compulsory SI).
      previousRevenue[k] = previousRevenue[k]! + step * shareC * rC + step * shareV * rV + step * shareH * rH;
      previousBase[k] = Rb[k]!;
      R[k] = previousRevenue[k]!;
    }
  }
  return out;
}
