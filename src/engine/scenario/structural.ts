// The structural model: levers act on the baseline paths through documented relations
// (docs/structural-model.md). Path by path and month by month:
//   labour force   LF = LF0 x (size ratio) x exp(dg x tau), one series for the compulsory SI and
//                  UI shares; the voluntary SI share has its own base (farmers and informal-sector
//                  workers) with its own size and growth levers; compulsory SI and UI scale with
//                  exp(elasticity x dg x tau); shares are participants / denominator.
//   formalisation  f% of informal workers (LF - compulsory) move into compulsory SI each year;
//                  UI follows at its ratio to compulsory SI; voluntary SI loses f% a year.
//   take-up        voluntary SI gains beta/10 points of its non-participating pool per point of
//                  subsidy gained, HI beta/10 points of the uninsured per point of household
//                  subsidy; a subsidy lost moves people out at `exit` times that rate (members
//                  leave more slowly than newcomers join); behaviour phases in over RAMP_YEARS,
//                  prices act at once. Dated policy changes after the start (the policy
//                  calendar) set the policy quantities from their dates; take-up to each change
//                  ramps in from its own date; free HI cards add their count from theirs.
//   revenue        each month's baseline increment is scaled by the revenue-weighted change of
//                  its components (compulsory wage bill x rates x cap; voluntary premiums; HI
//                  premiums outside compulsory SI), times the change in collection.
// With every lever at its default, every relation is the identity and the baseline is returned.
// Which levers a quantity reads comes from the levers' own definitions (`enters` in levers.ts).
import { toDecimalYear, type IsoDate } from '../time.ts';
import type { ModelledMetric, StructuralBaseline } from './baseline.ts';
import { REVENUE } from './baseline.ts';
import type { RevenueCalibration } from './calibration.ts';
import { LEVERS, type LeverDef, type LeverValues, type ModelQuantity } from './levers.ts';
import { reuse, type ReuseMemo } from './reuse.ts';
import { hiRows, labourRows, revenueRows, timeline, voluntaryPoolRows, voluntaryRows } from './structural-rows.ts';
import {
  cappedWageShare,
  collectionFactor,
  compulsoryRate,
  hiFullPremium,
  householdHiOutOfPocket,
  subsidyPointsGained,
  voluntaryFullPremium,
  voluntaryOutOfPocket,
  wageCap,
} from './policy.ts';

export type Denominator = 'population' | 'labourForce' | 'uiLabourForce' | 'voluntaryPool';

export interface ScenarioPaths {
  paths: Record<ModelledMetric | typeof REVENUE, Float64Array[]>;
  /** Denominators of the shares, per path: share = 100 x participants / denominator. */
  denominators: Record<Denominator, Float64Array[]>;
}

type ScenarioMetricId = ModelledMetric | typeof REVENUE;
const VOLUNTARY: readonly ScenarioMetricId[] = ['si.voluntary.participants', 'si.voluntary.share'];
const HI: readonly ScenarioMetricId[] = ['hi.participants', 'hi.coverage'];
const LABOUR: readonly ScenarioMetricId[] = ['si.compulsory.participants', 'si.compulsory.share', 'ui.participants', 'ui.share'];

/**
 * The metrics each quantity can reach, through the relations, the bounds and revenue (a lever
 * reaches those of the quantities it enters; a test checks it moves nothing else).
 */
export const QUANTITY_REACHES: Record<ModelQuantity, readonly ScenarioMetricId[]> = {
  voluntarySubsidy: [...VOLUNTARY, REVENUE],
  hiSubsidy: [...HI, REVENUE],
  takeUp: [...VOLUNTARY, ...HI, REVENUE],
  employment: [...LABOUR, REVENUE],
  labourGrowth: [...LABOUR, REVENUE],
  labourSize: [...LABOUR, REVENUE],
  informalGrowth: [...VOLUNTARY, REVENUE],
  informalSize: [...VOLUNTARY, REVENUE],
  populationGrowth: [...HI, REVENUE],
  formalisation: [...LABOUR, ...VOLUNTARY, REVENUE],
  hiCeiling: [...HI, REVENUE],
  contributionRates: [REVENUE],
  wageCap: [REVENUE],
  wageGrowth: [REVENUE],
  voluntaryPremium: [REVENUE],
  hiPremium: [REVENUE],
  collection: [REVENUE],
  hiCards: [...HI, REVENUE],
};

/** The metrics each lever can reach: those of the quantities it enters. */
export function leverReach(levers: readonly Pick<LeverDef, 'id' | 'enters'>[]): Record<string, ScenarioMetricId[]> {
  return Object.fromEntries(levers.map((l) => [l.id, [...new Set(l.enters.flatMap((q) => QUANTITY_REACHES[q]))]]));
}

/** The levers each quantity reads, from the levers' definitions. */
const READS = new Map<ModelQuantity, string[]>();
for (const lever of LEVERS) for (const q of lever.enters) READS.set(q, [...(READS.get(q) ?? []), lever.id]);
const STATUS_QUO_FACTS = new Set(LEVERS.filter((l) => l.statusQuoFact).map((l) => l.id));

/** Per-path lever values: sampled levers vary by path, the rest are the scenario's values. */
export interface LeverPaths {
  values: LeverValues;
  sampled: ReadonlyMap<string, Float64Array>;
}

/**
 * Evaluates quantity q = f(scenario levers, default levers) for every path. Unless a lever that
 * enters q is sampled, the value is the same on every path and computed once. Status-quo facts
 * are drawn into both sides.
 */
function perPath(
  levers: LeverPaths,
  defaults: LeverValues,
  m: number,
  quantity: ModelQuantity,
  f: (l: LeverValues, d: LeverValues) => number,
): Float64Array {
  const sampled = (READS.get(quantity) ?? []).filter((id) => levers.sampled.has(id));
  if (sampled.length === 0) return new Float64Array(m).fill(f(levers.values, defaults));
  const l = { ...levers.values };
  const d = { ...defaults };
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    for (const id of sampled) {
      const draw = levers.sampled.get(id)![k]!;
      l[id] = draw;
      if (STATUS_QUO_FACTS.has(id)) d[id] = draw;
    }
    out[k] = f(l, d);
  }
  return out;
}

/** A relation's rule: a quantity from the scenario's lever values and the defaults. */
type Rule = (l: LeverValues, d: LeverValues) => number;

/** The lever ids a rule reads (of either side), found by evaluating it once on watched values. */
function readsOf(rule: Rule, l: LeverValues, d: LeverValues): string[] {
  const read = new Set<string>();
  const watch = (values: LeverValues) =>
    new Proxy(values, {
      get: (target, id) => {
        if (typeof id === 'string') read.add(id);
        return target[id as string];
      },
    });
  rule(watch(l), watch(d));
  return [...read].sort();
}

/**
 * A per-path quantity kept while what it is computed from holds: the values of the levers its rule
 * reads (found by watching it, so no list can drift from the rule; a branch that would read another
 * lever can only be taken when a value read changes) and the draws of the levers entering it. A
 * slider move recomputes the quantities that read its lever; the others keep their rows, the very
 * same arrays, which the blocks reading them recognise in one step (reuse.ts).
 */
function keptPerPath(
  memo: ReuseMemo,
  name: string,
  levers: LeverPaths,
  defaults: LeverValues,
  m: number,
  quantity: ModelQuantity,
  rule: Rule,
  compute: () => Float64Array = () => perPath(levers, defaults, m, quantity, rule),
): Float64Array {
  const reads = readsOf(rule, levers.values, defaults);
  const draws = (READS.get(quantity) ?? []).flatMap((id) => levers.sampled.get(id) ?? []);
  const values = Float64Array.from(reads, (id) => levers.values[id] ?? Number.NaN);
  return reuse(memo, `${name}|${m}|${reads.join(',')}`, [m, values, ...draws], compute);
}

const MIX = ['voluntarySharePoor', 'voluntaryShareNearPoor'] as const;

/**
 * Points of subsidy gained by the voluntary pool, per path. The gain is linear in the poor /
 * near-poor / other mix (sampled on every path), so while nothing else entering it is sampled it
 * is three group gains mixed per path, not 10,000 evaluations of the premium rules.
 */
const voluntaryGain: Rule = (l, d) => subsidyPointsGained(voluntaryOutOfPocket(d), voluntaryOutOfPocket(l), voluntaryFullPremium(d));

function voluntaryGainPerPath(levers: LeverPaths, defaults: LeverValues, m: number): Float64Array {
  const gain = voluntaryGain;
  const others = (READS.get('voluntarySubsidy') ?? []).filter((id) => levers.sampled.has(id) && !(MIX as readonly string[]).includes(id));
  if (others.length > 0) return perPath(levers, defaults, m, 'voluntarySubsidy', gain);
  const group = (poor: number, nearPoor: number) => {
    const mix = { voluntarySharePoor: poor, voluntaryShareNearPoor: nearPoor };
    return gain({ ...levers.values, ...mix }, { ...defaults, ...mix });
  };
  const [gPoor, gNear, gOther] = [group(100, 0), group(0, 100), group(0, 0)];
  const share = (id: (typeof MIX)[number]) => levers.sampled.get(id) ?? new Float64Array(m).fill(levers.values[id]!);
  const [poor, near] = [share('voluntarySharePoor'), share('voluntaryShareNearPoor')];
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const wp = poor[k]! / 100;
    const wn = near[k]! / 100;
    out[k] = wp * gPoor + wn * gNear + Math.max(0, 1 - wp - wn) * gOther;
  }
  return out;
}

export function applyLevers(
  baseline: StructuralBaseline,
  calibration: RevenueCalibration,
  defaults: LeverValues,
  levers: LeverPaths,
  leversFrom: IsoDate,
  /** Use only the first `pathLimit` paths (sensitivity sweeps need medians, not tails). */
  pathLimit = Number.POSITIVE_INFINITY,
  /**
   * Policy changes after `leversFrom` (the policy calendar, LeverSet.steps): from each date its
   * values set the policy quantities; take-up to each change ramps in from its own date.
   */
  later: readonly { from: IsoDate; levers: LeverPaths }[] = [],
  /** The blocks of the last call on the same baseline (a lever move reuses the ones it cannot reach). */
  memo: ReuseMemo = new Map(),
): ScenarioPaths {
  const { grid } = baseline;
  const m = Math.min(baseline.settings.nPaths, pathLimit);
  const b = baseline.paths;
  const tFrom = toDecimalYear(leversFrom);

  // Per-path parameters of the relations, each kept while the levers it reads hold.
  const perStep = (l: LeverPaths, step: string) => (name: string, q: ModelQuantity, rule: Rule) =>
    keptPerPath(memo, `${step}|${name}`, l, defaults, m, q, rule);
  const per = perStep(levers, 'levers');
  const gap = (q: ModelQuantity, id: string) => per(id, q, (l, d) => (l[id]! - d[id]!) / 100);
  const beta = per('beta', 'takeUp', (l) => l['takeUpResponse']! / 10 / 100); // share of the pool per point of subsidy
  const exit = per('exit', 'takeUp', (l) => l['takeUpExitShare']! / 100);
  const elasticity = per('elasticity', 'employment', (l) => l['employmentElasticity']! / 100);
  const dgLabour = gap('labourGrowth', 'labourForceGrowth');
  const dgPopulation = gap('populationGrowth', 'populationGrowth');
  const dgWage = gap('wageGrowth', 'insuredWageGrowth');
  const labourSize = per('labourSize', 'labourSize', (l, d) => l['labourForceSize']! / d['labourForceSize']!);
  const dgInformal = gap('informalGrowth', 'informalWorkforceGrowth');
  const informalSize = per('informalSize', 'informalSize', (l, d) => l['informalWorkforceSize']! / d['informalWorkforceSize']!);
  const formalisation = per('formalisation', 'formalisation', (l) => l['formalisation']! / 100);
  const ceiling = per('ceiling', 'hiCeiling', (l) => l['hiCoverageCeiling']!);
  // The policy quantities, once per policy step (the scenario's levers, then each dated change).
  const growth = 1 + (defaults['insuredWageGrowth'] ?? 0) / 100;
  const policy = (l: LeverPaths, s: number) => {
    const at = perStep(l, `step${s}`);
    return {
      voluntaryGain: keptPerPath(memo, `step${s}|voluntaryGain`, l, defaults, m, 'voluntarySubsidy', voluntaryGain, () =>
        voluntaryGainPerPath(l, defaults, m),
      ),
      hiGain: at('hiGain', 'hiSubsidy', (v, d) => subsidyPointsGained(householdHiOutOfPocket(d), householdHiOutOfPocket(v), hiFullPremium(d))),
      hiCards: at('hiCards', 'hiCards', (v, d) => v['hiCardsGranted']! - d['hiCardsGranted']!),
      ratePrice: at('ratePrice', 'contributionRates', (v, d) => compulsoryRate(v) / compulsoryRate(d)),
      voluntaryPrice: at('voluntaryPrice', 'voluntaryPremium', (v, d) => voluntaryFullPremium(v) / voluntaryFullPremium(d)),
      hiPrice: at('hiPrice', 'hiPremium', (v, d) => hiFullPremium(v) / hiFullPremium(d)),
      collection: at('collection', 'collection', (v, d) => collectionFactor(v) / collectionFactor(d)),
      // The share of the wage bill under the cap moves with the average wage over time.
      capRatio: grid.ts.map((t, i) => {
        const wage = calibration.insuredWage * growth ** (t - (calibration.year + 0.5));
        return at(`capRatio${i}`, 'wageCap', (v, d) => cappedWageShare(wage, wageCap(v)) / cappedWageShare(wage, wageCap(d)));
      }),
    };
  };
  const steps = [{ t: tFrom, ...policy(levers, 0) }, ...later.map((step, s) => ({ t: toDecimalYear(step.from), ...policy(step.levers, s + 1) }))];
  const ts = steps.map((step) => step.t);
  const time = timeline(grid.ts, ts);

  // The relations fall into blocks with their own inputs (structural-rows.ts): a block whose inputs
  // are the ones of the last run (a slider moves one lever) keeps its output rows, and the rows it
  // keeps need no new bands (run.ts). Revenue reads every block, so it always runs.
  const labour = reuse(memo, `labour|${m}`, [m, tFrom, labourSize, dgLabour, elasticity, formalisation], () =>
    labourRows(b, time, m, { labourSize, dgLabour, elasticity, formalisation }),
  );
  const voluntaryGains = steps.map((step) => step.voluntaryGain);
  // The pool does not depend on the subsidies: a subsidy move keeps it.
  const pool = reuse(memo, `voluntaryPool|${m}`, [m, tFrom, informalSize, dgInformal], () => voluntaryPoolRows(b, time, m, informalSize, dgInformal));
  const voluntary = reuse(memo, `voluntary|${m}`, [m, tFrom, ts, pool, beta, exit, formalisation, voluntaryGains], () =>
    voluntaryRows(b, time, m, pool, { beta, exit }, formalisation, voluntaryGains),
  );
  const [hiGains, hiCards] = [steps.map((step) => step.hiGain), steps.map((step) => step.hiCards)];
  const hi = reuse(memo, `hi|${m}`, [m, tFrom, ts, beta, exit, hiGains, hiCards, dgPopulation, ceiling], () =>
    hiRows(b, time, m, { beta, exit, gains: hiGains, cards: hiCards, dgPopulation, ceiling }),
  );
  const revenue = revenueRows(baseline, calibration, time, m, steps, dgWage, { C: labour.C, V: voluntary.V, H: hi.H });
  return {
    paths: {
      [REVENUE]: revenue,
      'si.compulsory.participants': labour.C,
      'si.compulsory.share': labour.sC,
      'ui.participants': labour.U,
      'ui.share': labour.sU,
      'si.voluntary.participants': voluntary.V,
      'si.voluntary.share': voluntary.sV,
      'hi.participants': hi.H,
      'hi.coverage': hi.cov,
    },
    denominators: { population: hi.pop, labourForce: labour.lab, uiLabourForce: labour.uiLab, voluntaryPool: voluntary.pool },
  };
}
