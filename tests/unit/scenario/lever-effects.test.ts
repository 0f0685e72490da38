// Every lever acts, and only through the quantities its definition says it enters: moving it
// across its range changes the scenario, only in the metrics those quantities reach, and the
// structural model reads it nowhere else.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, HANOI_POLICY, METRICS } from '../../../src/data/index.ts';
import { createLeverSet, type LeverValues } from '../../../src/engine/scenario/levers.ts';
import { ScenarioEngine } from '../../../src/engine/scenario/run.ts';
import { applyLevers, QUANTITY_REACHES, type ScenarioPaths } from '../../../src/engine/scenario/structural.ts';

const FROM = '2025-10-01';
const levers = createLeverSet(HANOI_POLICY);
const engine = new ScenarioEngine({
  dataset: HANOI_DATASET,
  metrics: METRICS,
  leverDefaultsFor: 'Hanoi',
  region: 'Hanoi',
  levers,
  settings: { horizon: '2026-12-31', paths: 200, seed: 11 },
});
// Some levers act only once policy moves (take-up, the status-quo mix), only when support falls
// (how fast members leave) or once the labour force's growth does (the elasticity): every lever
// is moved on top of this, which cuts the voluntary SI top-up and raises HI support.
const PROBE: LeverValues = { cityTopupOther: 0, householdHiSupport: 30, labourForceGrowth: 1.5 };

const structural = (paths: { structural: ScenarioPaths | null }) => {
  if (!paths.structural) throw new Error('the structural model did not run');
  return paths.structural.paths;
};
const run = (values: LeverValues) => structural(engine.paths({ levers: values, distributions: {}, leversFrom: FROM }));

/** Metrics whose paths differ anywhere between two runs (up to `until`, a grid date). */
function changed(a: ScenarioPaths['paths'], b: ScenarioPaths['paths'], until = '9999-12-31'): string[] {
  const dates = engine.baseline.grid.dates;
  return Object.keys(a).filter((metric) => {
    const [x, y] = [a[metric as keyof typeof a], b[metric as keyof typeof b]];
    return x.some((row, i) => dates[i]! <= until && row.some((v, k) => v !== y[i]![k]));
  });
}

describe('every lever', () => {
  it.each(levers.list.map((l) => [l.id]))('%s changes the scenario across its range, only where it reaches', (id) => {
    const def = levers.byId(id)!;
    const moved = changed(run({ ...PROBE, [id]: def.min }), run({ ...PROBE, [id]: def.max }));
    expect(moved.length, `${id} changes nothing between ${def.min} and ${def.max}`).toBeGreaterThan(0);
    const reaches = new Set(def.enters.flatMap((q) => QUANTITY_REACHES[q]));
    expect(moved.filter((m) => !reaches.has(m as never))).toEqual([]);
  });

  it.each(levers.list.map((l) => [l.id]))('%s is read only through the quantities it enters', (id) => {
    // Every path draws the same value v: the quantities it enters see the draw, any other read
    // would see the lever's point value instead, which the two runs set differently.
    const def = levers.byId(id)!;
    const v = def.default === def.max ? def.min : def.max;
    const base = engine.baseline.structural;
    if ('missing' in base || !engine.calibration) throw new Error('the structural model cannot run');
    const sampled = new Map([[id, new Float64Array(200).fill(v)]]);
    const withValue = { ...levers.defaults(), ...PROBE, [id]: v };
    const withDefault = { ...levers.defaults(), ...PROBE, [id]: def.default };
    const a = applyLevers(base, engine.calibration, levers.defaults(), { values: withValue, sampled }, FROM);
    const b = applyLevers(base, engine.calibration, levers.defaults(), { values: withDefault, sampled }, FROM);
    expect(changed(a.paths, b.paths)).toEqual([]);
  });
});

describe('status-quo facts', () => {
  // Until the city's 2026 top-ups (Resolution 19/2025/NQ-HĐND, from 1 January 2026) change support
  // differently by group, the mix of groups matters only where policy moves.
  it('change nothing at default policy before the calendar changes support by group, and something after', () => {
    const facts = levers.list.filter((l) => l.statusQuoFact);
    expect(facts.map((l) => l.id).sort()).toEqual(['voluntaryShareNearPoor', 'voluntarySharePoor']);
    const atDefaults = run({});
    for (const l of facts) expect(changed(run({ [l.id]: l.max }), atDefaults, '2025-12-31'), l.id).toEqual([]);
    expect(changed(run({ voluntaryShareNearPoor: levers.byId('voluntaryShareNearPoor')!.max }), atDefaults)).toContain('si.voluntary.participants');
  });
});
