// The lever registry and a region's lever set: one definition per lever, regional defaults passed
// in, national support rules merged with the region's, and lever draws seeded by lever id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANOI_POLICY } from '../../../src/data/index.ts';
import { createLeverSet, LEVERS, type RegionPolicy } from '../../../src/engine/scenario/levers.ts';
import { drawLevers, leverStreamSeed } from '../../../src/engine/scenario/monte-carlo.ts';
import { HOUSEHOLD_MEAN_SIZE, ladderWeights } from '../../../src/engine/scenario/policy.ts';
import { hanoi as hanoiEngine } from '../../support/hanoi.ts';

const hanoi = createLeverSet(HANOI_POLICY);

describe('the lever registry', () => {
  it('gives every lever bilingual labels, a range, the quantities it enters and how it is sampled', () => {
    for (const l of LEVERS) {
      expect(l.label.vi && l.label.en, l.id).toBeTruthy();
      expect(l.min < l.max && l.step > 0, l.id).toBe(true);
      expect(l.enters.length, l.id).toBeGreaterThan(0);
      expect(['always', 'on-request'], l.id).toContain(l.sampling);
    }
    expect(new Set(LEVERS.map((l) => l.id)).size).toBe(LEVERS.length);
  });

  it('names no region: a default that describes one comes from its policy', () => {
    expect(JSON.stringify(LEVERS)).not.toMatch(/Hanoi|Hà Nội|Ha Noi/i);
    const regional = LEVERS.filter((l) => !l.national).map((l) => l.id);
    expect(regional).toEqual([
      'insuredWageGrowth',
      'labourForceGrowth',
      'labourForceSize',
      'informalWorkforceSize',
      'populationGrowth',
      'latePaymentRate',
    ]);
    for (const id of regional) expect(HANOI_POLICY.levers[id], id).toBeDefined();
  });
});

describe("a region's lever set", () => {
  it('gives every lever a default within its range, a source and a valid distribution', () => {
    expect(hanoi.list.map((l) => l.id)).toEqual(LEVERS.map((l) => l.id));
    for (const l of hanoi.list) {
      expect(l.default, l.id).toBeGreaterThanOrEqual(l.min);
      expect(l.default, l.id).toBeLessThanOrEqual(l.max);
      expect(l.source.note.vi.length, l.id).toBeGreaterThan(10);
      expect(l.source.note.en.length, l.id).toBeGreaterThan(10);
      if (l.distribution) {
        const { low, mid, high } = l.distribution;
        expect(low <= mid && mid <= high && low >= l.min && high <= l.max, l.id).toBe(true);
      }
      if (l.sampling === 'always') expect(l.distribution, l.id).toBeDefined();
    }
  });

  it("takes the region's defaults and sources over the national ones", () => {
    expect(hanoi.byId('cityTopupOther')).toMatchObject({ default: 10, source: { kind: 'law' } });
    expect(hanoi.byId('cityTopupOther')!.source.note.en).toMatch(/^Hanoi top-up/);
    expect(hanoi.byId('labourForceSize')!.default).toBe(4_736_889);
    const { cityTopupOther: _hanoi, ...rest } = HANOI_POLICY.levers;
    const national = createLeverSet({ ...HANOI_POLICY, levers: rest });
    expect(national.byId('cityTopupOther')!.default).toBe(0);
    expect(hanoi.defaults()).toEqual(Object.fromEntries(hanoi.list.map((l) => [l.id, l.default])));
  });

  it('labels the take-up response as an assumption with the Vietnamese evidence behind its range', () => {
    const takeUp = hanoi.byId('takeUpResponse')!;
    expect(takeUp.source.kind).toBe('assumption');
    expect(takeUp.default).toBe(0.3);
    expect(takeUp.distribution).toEqual({ low: 0.1, mid: 0.3, high: 0.6 });
    // The lever cell shows the note: the trial and Hanoi's own July 2025 change, in both languages.
    expect(takeUp.source.note.en).toMatch(/Wagstaff, Nguyen, Dao & Bales, Health Economics 25\(6\), 2016/);
    expect(takeUp.source.note.en).toMatch(/Q3 2025.*Q3 2024/);
    expect(takeUp.source.note.vi).toMatch(/Wagstaff.*quý III\/2025/s);
  });

  it('makes members leave more slowly than newcomers join, an assumption with a range up to symmetric', () => {
    const exit = hanoi.byId('takeUpExitShare')!;
    expect(exit).toMatchObject({ default: 50, distribution: { low: 25, mid: 50, high: 100 }, sampling: 'always' });
    expect(exit.source.kind).toBe('assumption');
  });

  it("gives Hanoi's poor / near-poor mix from its published poverty figures", () => {
    expect(hanoi.byId('voluntarySharePoor')).toMatchObject({ default: 0, distribution: { low: 0, mid: 0, high: 0.5 } });
    expect(hanoi.byId('voluntaryShareNearPoor')).toMatchObject({ default: 1, distribution: { low: 0.5, mid: 1, high: 3 } });
    expect(hanoi.byId('voluntarySharePoor')!.source.note.en).toMatch(/The Hanoi Times/);
    expect(hanoi.byId('voluntaryShareNearPoor')!.source.note.en).toMatch(/0\.77% of rural households.*Kinh tế & Đô thị/);
  });

  it('gives the voluntary SI share its own base, implied by its own figures', () => {
    expect(hanoi.byId('informalWorkforceSize')!.default).toBe(Math.round(112_293 / 0.0351));
    expect(hanoi.byId('informalWorkforceGrowth')!.default).toBe(0);
  });

  it('refuses a policy with an unknown lever, a value out of range, a missing default or a bad rule', () => {
    const setting = HANOI_POLICY.levers['latePaymentRate']!;
    const policy = (change: Partial<RegionPolicy>): RegionPolicy => ({ ...HANOI_POLICY, ...change });
    expect(() => createLeverSet(policy({ levers: { ...HANOI_POLICY.levers, nope: setting } }))).toThrow('unknown lever "nope"');
    expect(() => createLeverSet(policy({ levers: { ...HANOI_POLICY.levers, latePaymentRate: { ...setting, default: 99 } } }))).toThrow(
      'lever latePaymentRate: default 99 is outside 0..30',
    );
    const { labourForceSize: _dropped, ...withoutSize } = HANOI_POLICY.levers;
    expect(() => createLeverSet(policy({ levers: withoutSize }))).toThrow('no default for labourForceSize');
    const entry = { ...HANOI_POLICY.calendar[0]!, id: 'x', from: '2027-01-01', values: { cityTopupOther: 500 } };
    expect(() => createLeverSet(policy({ calendar: [entry] }))).toThrow('policy entry x from 2027-01-01: cityTopupOther = 500 is not a lever value');
  });

  it('knows the national and regional support rules in force by date', () => {
    expect(hanoi.inForce('2024-12-31')).toEqual({
      ruralPovertyLine: 1.5,
      baseSalary: 2.34,
      stateSupportPoor: 30,
      stateSupportNearPoor: 25,
      stateSupportOther: 10,
      cityTopupPoor: 30,
      cityTopupNearPoor: 25,
      cityTopupOther: 10,
    });
    const defaults = hanoi.defaults();
    // The defaults are the rules of the latest data (September 2025).
    for (const [id, value] of Object.entries(hanoi.inForce('2025-09-30'))) expect(defaults[id], id).toBe(value);
  });

  it("checks a file's distribution of a lever it does not set against the region's default", () => {
    const file = (distributions: object) => ({
      format: 'targetcast-scenario',
      version: 1,
      title: 'x',
      leversFrom: '2025-10-01',
      horizon: '2025-12-31',
      monteCarlo: { paths: 100, seed: 1 },
      distributions,
    });
    expect(hanoiEngine.validateScenario(file({ cityTopupOther: { low: 5, mid: 10, high: 20 } })).ok).toBe(true);
    const refused = hanoiEngine.validateScenario(file({ cityTopupOther: { low: 0, mid: 0, high: 20 } }));
    expect(refused.ok ? [] : refused.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      "distributions.cityTopupOther.mid: must equal the lever's value (its default: 10), got 0",
    ]);
  });

  it('ships the 2026 plan scenario with the 2026 rules', () => {
    const file = JSON.parse(readFileSync(new URL('../../../scenarios/hanoi-2026-plan.json', import.meta.url), 'utf8'));
    const defaults = hanoi.defaults();
    for (const [id, value] of Object.entries(hanoi.inForce('2026-01-01'))) expect(file.levers[id] ?? defaults[id], id).toBe(value);
  });
});

describe('lever draws', () => {
  const overrides = { baseSalary: { low: 2, mid: 2.34, high: 3 }, formalisation: { low: 0, mid: 1, high: 3 } };
  const draw = (list = hanoi.list, seed = 7) => drawLevers(list, hanoi.defaults(), overrides, 50, seed);

  it('draws the always-sampled levers and those the scenario gives a distribution, nothing else', () => {
    const always = hanoi.list.filter((l) => l.sampling === 'always').map((l) => l.id);
    expect([...draw().keys()].sort()).toEqual([...always, 'baseSalary', 'formalisation'].sort());
  });

  it("seeds each lever's stream by the scenario seed and the lever id, not its place in the list", () => {
    const all = draw();
    const reversed = draw([...hanoi.list].reverse());
    const fewer = draw(hanoi.list.filter((l) => l.id !== 'takeUpResponse' && l.id !== 'baseSalary'));
    for (const [id, values] of fewer) {
      expect(Array.from(values), id).toEqual(Array.from(all.get(id)!));
      expect(Array.from(reversed.get(id)!), id).toEqual(Array.from(all.get(id)!));
    }
    expect(Array.from(draw(hanoi.list, 8).get('baseSalary')!)).not.toEqual(Array.from(all.get('baseSalary')!));
    expect(leverStreamSeed(7, 'baseSalary')).not.toBe(leverStreamSeed(7, 'formalisation'));
    expect(leverStreamSeed(7, 'baseSalary')).toBe(leverStreamSeed(7, 'baseSalary'));
  });
});

describe('the household HI ladder', () => {
  it('weights its five rungs by the people holding them, for household sizes 1 + Poisson(mean - 1)', () => {
    const w = ladderWeights(HOUSEHOLD_MEAN_SIZE);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w[0]).toBeCloseTo(1 / 3.5, 12); // every household has a first member
    w.slice(1).forEach((x, k) => expect(x).toBeLessThan(w[k]!));
    const legal = [100, 70, 60, 50, 40].reduce((a, rung, k) => a + w[k]! * rung, 0);
    expect(legal).toBeCloseTo(70.39, 2);
    // Single-person households (mean size 1) pay the first member's premium only.
    expect(ladderWeights(1)).toEqual([1, 0, 0, 0, 0]);
  });
});
