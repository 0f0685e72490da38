import { beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { makeContext, simulate } from '../../../src/engine/simulation/metric-paths.ts';
import type { Dataset } from '../../../src/engine/io/dataset.ts';
import { MODELLED, REVENUE } from '../../../src/engine/scenario/baseline.ts';

const SCENARIO_METRICS = [...MODELLED, REVENUE] as const;
import { goalSeek } from '../../../src/engine/scenario/goal-seek.ts';
import { resolveLevers, ScenarioEngine } from '../../../src/engine/scenario/run.ts';
import { sensitivity } from '../../../src/engine/scenario/sensitivity.ts';
import { hanoi } from '../../support/hanoi.ts';

const PATHS = 1500;
const SETTINGS = { horizon: '2026-12-31', paths: PATHS, seed: 7 };
const FROM = '2025-10-01';
const none = { levers: {}, distributions: {}, leversFrom: FROM };

let engine: ScenarioEngine;
beforeAll(() => {
  engine = new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: SETTINGS });
});

describe('the baseline', () => {
  it('is the forecasting engine’s own paths', () => {
    const ctx = makeContext(HANOI_DATASET, METRICS);
    const direct = simulate(ctx, 'hi.coverage', 'Hanoi', { until: SETTINGS.horizon, nPaths: PATHS, seed: SETTINGS.seed });
    const i = direct.grid.dates.indexOf('2025-12-31');
    const j = engine.baseline.grid.dates.indexOf('2025-12-31');
    expect(Array.from(engine.baseline.paths['hi.coverage']![j]!)).toEqual(Array.from(direct.paths[i]!));
  });

  it('is reproduced when every lever is at its default, until the first dated policy change (1 January 2026)', () => {
    const scenario = engine.paths(none).structural!;
    const firstChange = '2026-01-01';
    for (const metric of SCENARIO_METRICS) {
      scenario.paths[metric].forEach((row, i) => {
        if (engine.baseline.grid.dates[i]! >= firstChange) return;
        const base = engine.baseline.paths[metric]![i]!;
        for (let k = 0; k < PATHS; k++) expect(Math.abs(row[k]! - base[k]!)).toBeLessThanOrEqual(1e-9 * Math.abs(base[k]!));
      });
    }
    const result = engine.run(none);
    for (const t of result.targets.filter((t) => t.target.deadline < firstChange)) expect(t.probMeet).toBe(t.baselineProbMeet);
  });

  it('calibrates an average insured wage from 2024 revenue and participants', () => {
    const c = engine.calibration!;
    expect(c.year).toBe(2024);
    expect(c.components.compulsory + c.components.voluntary + c.components.hiOther).toBeCloseTo(70_577.2, 6);
    expect(c.insuredWage).toBeGreaterThan(6); // VND million a month
    expect(c.insuredWage).toBeLessThan(12);
  });
});

describe('the structural model', () => {
  const moved = {
    levers: {
      cityTopupOther: 30,
      formalisation: 2,
      labourForceGrowth: 1.5,
      householdHiSupport: 30,
      latePaymentRate: 1,
      employerSiRate: 18.5,
    },
    distributions: {},
    leversFrom: FROM,
  };

  it('keeps the accounting identities on every path', () => {
    const s = engine.paths(moved).structural!;
    const pairs = [
      ['si.compulsory.share', 'si.compulsory.participants', 'labourForce'],
      ['ui.share', 'ui.participants', 'uiLabourForce'],
      ['si.voluntary.share', 'si.voluntary.participants', 'voluntaryPool'],
      ['hi.coverage', 'hi.participants', 'population'],
    ] as const;
    for (let i = 0; i < engine.baseline.grid.dates.length; i++) {
      for (let k = 0; k < PATHS; k++) {
        for (const [share, count, denominator] of pairs) {
          const expected = (100 * s.paths[count][i]![k]!) / s.denominators[denominator][i]![k]!;
          expect(s.paths[share][i]![k]).toBeCloseTo(expected, 9);
        }
      }
    }
  });

  it('never lowers voluntary SI participation when subsidies rise (path by path)', () => {
    let previous = engine.paths(none).structural!.paths['si.voluntary.participants'];
    for (const topup of [15, 30, 60, 90]) {
      const current = engine.paths({ ...none, levers: { cityTopupOther: topup } }).structural!.paths['si.voluntary.participants'];
      current.forEach((row, i) => row.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(previous[i]![k]!)));
      previous = current;
    }
  });

  it('never lowers revenue when collection improves (path by path)', () => {
    const low = engine.paths({ ...none, levers: { collectionRate: 95 } }).structural!.paths[REVENUE];
    const high = engine.paths({ ...none, levers: { collectionRate: 105 } }).structural!.paths[REVENUE];
    low.forEach((row, i) => row.forEach((v, k) => expect(high[i]![k]!).toBeGreaterThanOrEqual(v)));
    expect(high.at(-1)![0]!).toBeGreaterThan(low.at(-1)![0]!);
  });

  it('gives the same voluntary SI whether the subsidy gain is mixed by group or evaluated path by path', () => {
    // A fixed distribution on a support lever makes the model evaluate the gain on every path.
    const fast = engine.paths(moved).structural!;
    const slow = engine.paths({ ...moved, distributions: { stateSupportOther: { low: 20, mid: 20, high: 20 } } }).structural!;
    fast.paths['si.voluntary.participants'].forEach((row, i) => {
      const other = slow.paths['si.voluntary.participants'][i]!;
      for (let k = 0; k < PATHS; k++) expect(Math.abs(row[k]! - other[k]!)).toBeLessThanOrEqual(1e-9 * row[k]!);
    });
  });

  it('keeps coverage under its ceiling', () => {
    const s = engine.paths({ ...none, levers: { householdHiSupport: 100, hiCoverageCeiling: 96 } }).structural!;
    for (const row of s.paths['hi.coverage']) for (const v of row) expect(v).toBeLessThanOrEqual(96 + 1e-9);
  });

  it('gives the same result for the same seed, and another for another seed', () => {
    const a = engine.run(moved);
    const b = engine.run(moved);
    expect(b).toEqual(a);
    const other = new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: { ...SETTINGS, seed: 8 } }).run(moved);
    expect(other.targets[0]!.yearEnd.p50).not.toBe(a.targets[0]!.yearEnd.p50);
  });

  it('refuses unknown levers and values out of range', () => {
    expect(() => resolveLevers(hanoi.levers, { nope: 1 })).toThrow('unknown lever "nope"');
    expect(() => resolveLevers(hanoi.levers, { cityTopupOther: 250 })).toThrow('lever cityTopupOther must be between 0 and 100, got 250');
  });
});

describe('goal seek', () => {
  it('finds the known subsidy on a case with a fixed take-up response', () => {
    // With take-up fixed at 1 point of the non-participating pool per 10 points of subsidy,
    // everyone in the "other" group and the response fully phased in, +1 point of the voluntary
    // share (a share of the whole pool) needs 10 / (1 - share) points of city top-up: the pool's
    // members cannot join again.
    const fixed = {
      takeUpResponse: { low: 1, mid: 1, high: 1 },
      voluntarySharePoor: { low: 0, mid: 0, high: 0 },
      voluntaryShareNearPoor: { low: 0, mid: 0, high: 0 },
    };
    const settings = { levers: {}, distributions: fixed, leversFrom: '2024-12-31' };
    const probe = new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: { horizon: '2025-12-31', paths: PATHS, seed: 3 } });
    const target = probe.targetList.find((t) => t.id === 'target.si.voluntary.share.2025-12-31')!;
    const baseMedian = probe.median(probe.deadlineValues(probe.paths(settings), target));
    const dataset: Dataset = {
      observations: HANOI_DATASET.observations,
      targets: HANOI_DATASET.targets.map((t) => (t.id === target.id ? { ...t, value: baseMedian + 1 } : t)),
    };
    const synthetic = new ScenarioEngine({ dataset, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: { horizon: '2025-12-31', paths: PATHS, seed: 3 } });
    const answer = goalSeek(synthetic, settings, { targetId: target.id, lever: 'cityTopupOther', probability: 'median' });
    expect(answer.status).toBe('found');
    if (answer.status === 'found') expect(answer.value).toBeCloseTo(10 + 10 / (1 - baseMedian / 100), 1);
  });

  it('says "not reachable within the range" instead of failing', () => {
    const answer = goalSeek(engine, none, {
      targetId: 'target.si.compulsory.participants.2025-12-31',
      lever: 'cityTopupOther',
      probability: 0.8,
    });
    expect(answer.status).toBe('not-reachable');
  });

  it('says when the target is already met', () => {
    const answer = goalSeek(engine, none, { targetId: 'target.revenue.total.2025-12-31', lever: 'collectionRate', probability: 0.5 });
    expect(answer.status).toBe('already-met');
  });
});

describe('sensitivity', () => {
  it('ranks levers by who controls them (city, state, assumption), then by their swing, for every target', () => {
    const tornado = sensitivity(engine, none);
    expect(tornado.map((t) => t.target.id)).toEqual(engine.targetList.map((t) => t.id));
    const rank = { city: 0, state: 1, assumption: 2 } as const;
    for (const t of tornado) {
      expect(t.bars.length).toBeGreaterThan(0);
      t.bars.forEach((b, i) => {
        if (i === 0) return;
        const before = t.bars[i - 1]!;
        expect(rank[b.controller]).toBeGreaterThanOrEqual(rank[before.controller]);
        if (b.controller === before.controller) expect(b.swing).toBeLessThanOrEqual(before.swing);
      });
    }
    const revenue = tornado.find((t) => t.target.metric === 'revenue.total')!;
    expect(revenue.bars.map((b) => b.lever)).toContain('collectionRate');
    const voluntary = tornado.find((t) => t.target.metric === 'si.voluntary.share')!;
    const topup = voluntary.bars.find((b) => b.lever === 'cityTopupOther')!;
    expect(topup.atHigh).toBeGreaterThan(topup.atLow);
  });
});
