// The policy calendar (dated instruments and what a scenario does with them), who controls each
// lever, and the tornado's order (city first) and legal ranges.
import { beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATASET, HANOI_POLICY, METRICS } from '../../../src/data/index.ts';
import { entryEffect, NATIONAL_CALENDAR } from '../../../src/engine/scenario/calendar.ts';
import { createLeverSet, LEVERS } from '../../../src/engine/scenario/levers.ts';
import { ScenarioEngine } from '../../../src/engine/scenario/run.ts';
import { CONTROLLER_ORDER, sensitivity, sensitivityRange } from '../../../src/engine/scenario/sensitivity.ts';

const hanoi = createLeverSet(HANOI_POLICY);
const span = { dataEnd: '2025-09-30', leversFrom: '2025-10-01', horizon: '2026-12-31' };

describe('the policy calendar', () => {
  it('dates each instrument as its published text does', () => {
    expect(Object.fromEntries(hanoi.calendar.map((e) => [e.id, [e.from, e.instrument.number, e.status]]))).toEqual({
      'state-support-2018': ['2018-01-01', '134/2015/NĐ-CP', 'reported'],
      'poverty-line-2022': ['2022-01-01', '07/2021/NĐ-CP', 'verified'],
      'hanoi-topup-2022': ['2022-08-01', '03/2022/NQ-HĐND', 'reported'],
      'base-salary-2024': ['2024-07-01', '73/2024/NĐ-CP', 'verified'],
      'si-law-2024': ['2025-07-01', '41/2024/QH15', 'verified'],
      'decree-159-2025': ['2025-07-01', '159/2025/NĐ-CP', 'verified'],
      'minimum-wage-2026': ['2026-01-01', '293/2025/NĐ-CP', 'verified'],
      'hanoi-topup-2026': ['2026-01-01', '19/2025/NQ-HĐND', 'verified'],
      'hanoi-free-hi-2026': ['2026-01-01', '19/2025/NQ-HĐND', 'verified'],
      'poverty-line-2027': ['2027-01-01', '351/2025/NĐ-CP', 'verified'],
    });
    expect(hanoi.calendar.filter((e) => e.issuer === 'state')).toEqual(NATIONAL_CALENDAR);
  });

  it('gives every entry its instrument, what it changes in both languages and a published source; unverified ones say what is not', () => {
    for (const e of hanoi.calendar) {
      expect(e.instrument.name.vi && e.instrument.name.en && e.changes.vi && e.changes.en, e.id).toBeTruthy();
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https?:\/\//);
      if (e.status === 'reported') expect(e.caveat, e.id).toBeDefined();
    }
  });

  it('knows the rules in force by date: the 2026 resolution, and the rural poverty line until 2027', () => {
    expect(hanoi.inForce('2026-01-01')).toMatchObject({ cityTopupPoor: 50, cityTopupNearPoor: 60, cityTopupOther: 10, ruralPovertyLine: 1.5 });
    expect(hanoi.inForce('2025-12-31')).toMatchObject({ cityTopupPoor: 30, cityTopupNearPoor: 25, stateSupportOther: 20 });
    expect(hanoi.inForce('2027-01-01').ruralPovertyLine).toBe(2.2);
  });

  it('tells how a scenario treats each entry', () => {
    const effect = (id: string, s = span) => entryEffect(hanoi.calendar.find((e) => e.id === id)!, s);
    expect(effect('decree-159-2025')).toBe('in-data');
    expect(effect('hanoi-topup-2026')).toBe('applied');
    expect(effect('minimum-wage-2026')).toBe('not-modelled');
    expect(effect('poverty-line-2027')).toBe('beyond-horizon');
    expect(effect('hanoi-topup-2026', { ...span, leversFrom: '2026-01-01' })).toBe('at-start');
  });

  it("applies an entry's change from its date on top of the planner's settings, clamped to the lever's range", () => {
    const defaults = hanoi.defaults();
    const steps = hanoi.steps(defaults, span);
    expect(steps.map((s) => s.from)).toEqual(['2025-10-01', '2026-01-01']);
    expect(steps[1]!.values).toMatchObject({ cityTopupPoor: 50, cityTopupNearPoor: 60, cityTopupOther: 10, hiCardsGranted: 10_000 });
    // The doubled top-up stays doubled: +20 poor, +35 near-poor, nothing for others.
    const doubled = { ...defaults, cityTopupPoor: 60, cityTopupNearPoor: 50, cityTopupOther: 20 };
    expect(hanoi.steps(doubled, span)[1]!.values).toMatchObject({ cityTopupPoor: 80, cityTopupNearPoor: 85, cityTopupOther: 20 });
    expect(hanoi.steps({ ...defaults, cityTopupNearPoor: 90 }, span)[1]!.values['cityTopupNearPoor']).toBe(100);
    const to2027 = hanoi.steps(defaults, { ...span, horizon: '2027-12-31' });
    expect(to2027.map((s) => [s.from, s.values['ruralPovertyLine']])).toEqual([
      ['2025-10-01', 1.5],
      ['2026-01-01', 1.5],
      ['2027-01-01', 2.2],
    ]);
    expect(hanoi.steps(defaults, { ...span, horizon: '2025-12-31' })).toHaveLength(1);
  });
});

describe('a scenario with the calendar', () => {
  let engine: ScenarioEngine;
  beforeAll(() => {
    const settings = { horizon: '2026-12-31', paths: 300, seed: 5 };
    engine = new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi, leverDefaultsFor: 'Hanoi', settings });
  });

  it('adds the free HI cards from 1 January 2026 as a count, and the 2026 top-up raises voluntary SI only from then', () => {
    const run = engine.paths({ levers: {}, distributions: {}, leversFrom: '2025-10-01' });
    const { dates } = engine.baseline.grid;
    const at = (date: string) => dates.indexOf(date);
    const diff = (metric: string, date: string) =>
      Array.from(run.paths[metric]![at(date)]!, (v, k) => v - engine.baseline.paths[metric]![at(date)]![k]!);
    for (const d of diff('hi.participants', '2025-12-31')) expect(d).toBe(0);
    for (const d of diff('si.voluntary.participants', '2025-12-31')) expect(d).toBe(0);
    for (const d of diff('hi.participants', '2026-01-31')) expect(d).toBeCloseTo(10_000, 6);
    const voluntary = diff('si.voluntary.participants', '2026-06-30');
    expect(Math.min(...voluntary)).toBeGreaterThan(0);
  });

  it('puts the levers the city controls first in the tornado, and sweeps no lever outside its legal range', () => {
    const settings = { levers: { cityTopupNearPoor: 55 }, distributions: {}, leversFrom: '2025-10-01' };
    const tornados = sensitivity(engine, settings);
    expect(tornados.length).toBeGreaterThan(0);
    for (const t of tornados) {
      const order = t.bars.map((b) => CONTROLLER_ORDER.indexOf(b.controller));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (let i = 1; i < t.bars.length; i++)
        if (t.bars[i]!.controller === t.bars[i - 1]!.controller) expect(t.bars[i]!.swing).toBeLessThanOrEqual(t.bars[i - 1]!.swing);
      for (const b of t.bars) {
        const def = hanoi.byId(b.lever)!;
        expect(b.low, b.lever).toBeGreaterThanOrEqual(def.min);
        expect(b.high, b.lever).toBeLessThanOrEqual(def.max);
        expect(b.controller).toBe(def.controller);
      }
    }
    const hi = tornados.find((t) => t.target.metric === 'si.voluntary.share')!;
    expect(hi.bars[0]!.controller).toBe('city');
  });

  it('clips a sweep to the legal range: a top-up cannot take support past the premium, the premium floor not below the poverty line', () => {
    const values = { ...hanoi.defaults(), cityTopupNearPoor: 55 };
    expect(hanoi.legalRange('cityTopupNearPoor', values)).toEqual([0, 60]);
    expect(sensitivityRange(hanoi.byId('cityTopupNearPoor')!, 55, hanoi.legalRange('cityTopupNearPoor', values))).toEqual([45, 60]);
    expect(sensitivityRange(hanoi.byId('ruralPovertyLine')!, 1.5, hanoi.legalRange('ruralPovertyLine', values))).toEqual([1.5, 1.85]);
    expect(hanoi.byId('nearPoorHiSupport')!.min).toBe(70);
  });
});

describe('who controls each lever', () => {
  it('is the city for its top-ups, HI support and collection effort, the state for law and decree, else an assumption', () => {
    const by = (c: string) => LEVERS.filter((l) => l.controller === c).map((l) => l.id);
    expect(by('city')).toEqual([
      'cityTopupPoor',
      'cityTopupNearPoor',
      'cityTopupOther',
      'householdHiSupport',
      'nearPoorHiSupport',
      'hiCardsGranted',
      'formalisation',
      'latePaymentRate',
      'collectionRate',
    ]);
    expect(by('state')).toEqual([
      'stateSupportPoor',
      'stateSupportNearPoor',
      'stateSupportOther',
      'ruralPovertyLine',
      'hiPremiumRate',
      'householdMember2',
      'householdMember3',
      'householdMember4',
      'householdMember5',
      'baseSalary',
      'employerSiRate',
      'employeeSiRate',
      'employerHiRate',
      'employeeHiRate',
      'employerUiRate',
      'employeeUiRate',
      'wageCapMultiple',
    ]);
    for (const l of LEVERS) expect(CONTROLLER_ORDER, l.id).toContain(l.controller);
  });
});
