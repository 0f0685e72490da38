// A lever move reuses what it cannot change (bands of unchanged months, the cost's baseline side).
// Reuse must never change an answer: a run after other moves equals the same run on a fresh engine.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { range } from '../../../src/engine/scenario/cost-periods.ts';
import { ScenarioEngine } from '../../../src/engine/scenario/run.ts';
import { hanoi } from '../../support/hanoi.ts';

const SETTINGS = { horizon: '2026-12-31', paths: 800, seed: 3 };
const FROM = '2025-10-01';
const fresh = () =>
  new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: SETTINGS });
const settings = (levers: Record<string, number>, distributions = {}) => ({ levers, distributions, leversFrom: FROM });

/** The sorting definition the selection replaces: linear interpolation at q(n-1). */
function sortedRange(values: Float64Array) {
  const s = Float64Array.from(values).sort();
  const at = (q: number) => {
    const x = q * (s.length - 1);
    const lo = Math.floor(x);
    const hi = Math.min(s.length - 1, lo + 1);
    return s[lo]! + (s[hi]! - s[lo]!) * (x - lo);
  };
  return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

describe('cost ranges by selection', () => {
  it('equal the sorted definition, for varied and for constant values, and leave the input as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.boolean(), (xs, constant) => {
        const values = Float64Array.from(constant ? xs.map(() => xs[0]!) : xs);
        const copy = Float64Array.from(values);
        expect(range(values)).toEqual(sortedRange(values));
        expect(values).toEqual(copy);
      }),
    );
  });
});

describe('a run after other lever moves', () => {
  it('equals the same run on a fresh engine (bands, targets and cost), full and preview', () => {
    const moved = fresh();
    for (const v of [40, 0, 75]) moved.run(settings({ cityTopupOther: v }));
    moved.run(settings({ householdHiSupport: 30 }), 200);
    moved.run(settings({ labourForceGrowth: 1.5 }, { takeUpResponse: { low: 0.1, mid: 0.3, high: 0.6 } }));
    for (const [s, limit] of [
      [settings({ cityTopupOther: 25 }), undefined],
      [settings({ cityTopupOther: 25 }), 200],
      [settings({ hiCardsGranted: 25_000 }, { takeUpResponse: { low: 0.1, mid: 0.3, high: 0.6 } }), undefined],
    ] as const) {
      expect(JSON.stringify(moved.run(s, limit))).toBe(JSON.stringify(fresh().run(s, limit)));
    }
  });
});
