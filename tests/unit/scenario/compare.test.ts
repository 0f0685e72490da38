// Scenario comparison: lever variants on the open engine, whole other scenario files on their
// own engine, and the differences to the first variant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/io/scenario-schema.ts';
import { compareResults } from '../../../src/engine/scenario/compare.ts';
import { EngineService, type LeverSettings } from '../../../src/engine/service.ts';
import { newHanoiService } from '../../support/hanoi.ts';

const PATHS = 600;
const file = (name: string) => {
  const s = JSON.parse(readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8')) as Scenario;
  return { ...s, monteCarlo: { paths: PATHS, seed: 1 } };
};
const VOLUNTARY = 'si.voluntary.share';

function opened(name: string): { service: EngineService; settings: LeverSettings; scenario: Scenario } {
  const service = newHanoiService();
  const outcome = service.open(file(name));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const { levers, distributions, leversFrom } = outcome.value.scenario;
  return { service, settings: { levers, distributions, leversFrom }, scenario: outcome.value.scenario };
}

describe('comparing scenarios', () => {
  it('the doubled city top-up raises the voluntary SI median and P(meet) over the current top-up', () => {
    const { service, settings, scenario } = opened('hanoi-2025-city-topup-doubled.json');
    const current = scenario.variants.find((v) => v.id === 'v1')!;
    expect(current.levers).toEqual({ cityTopupPoor: 30, cityTopupNearPoor: 25, cityTopupOther: 10 });
    const outcome = service.compare(settings, [{ name: current.name!, variant: current }, { name: 'doubled' }]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const row = outcome.value.differences.find((d) => d.target.metric === VOLUNTARY)!;
    expect(row.figures[1]!.median).toBeGreaterThan(row.figures[0]!.median);
    expect(row.differences[1]!.median).toBeGreaterThan(0);
    expect(row.differences[1]!.probMeet).toBeGreaterThanOrEqual(0);
    expect(row.figures[1]!.probMeet).toBeGreaterThan(row.figures[0]!.probMeet);
    expect(row.differences[0]).toEqual({ median: 0, probMeet: 0, targetDays: row.figures[0]!.targetDate ? 0 : null });
    expect(structuredClone(outcome.value)).toEqual(outcome.value);
  });

  it('identical variants differ by nothing', () => {
    const { service, settings } = opened('hanoi-2025-baseline.json');
    const outcome = service.compare(settings, [{ name: 'a' }, { name: 'b', variant: { levers: {}, distributions: {} } }]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.value.differences.length).toBeGreaterThan(0);
    for (const d of outcome.value.differences) expect(d.differences[1]!.median).toBe(0);
    for (const d of outcome.value.differences) expect(d.differences[1]!.probMeet).toBe(0);
  });

  it("runs a variant's own levers and distributions in place of the open ones, on the same paths", () => {
    const { service, settings, scenario } = opened('hanoi-labour-slowdown.json');
    const [base, growth] = scenario.variants;
    const outcome = service.compare(settings, [{ name: 'open' }, { name: 'base', variant: base! }, { name: 'growth', variant: growth! }]);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const ui = outcome.value.differences.find((d) => d.target.metric === 'ui.share')!;
    expect(ui.differences[1]).toEqual({ median: 0, probMeet: 0, targetDays: ui.figures[0]!.targetDate ? 0 : null });
    // 2.5% growth of the labour force lowers the UI share, a share of it.
    expect(ui.differences[2]!.median).toBeLessThan(0);
    expect(outcome.value.variants[2]!.result).toEqual(service.run({ ...settings, levers: growth!.levers, distributions: growth!.distributions }));
  });

  it('compares a whole other scenario file, and reports a bad one without running', () => {
    const { service, settings } = opened('hanoi-2025-baseline.json');
    const other = file('hanoi-2025-city-topup-doubled.json');
    const first = service.compare(settings, [{ name: 'baseline' }, { name: 'doubled', scenario: other }]);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    const row = first.value.differences.find((d) => d.target.metric === VOLUNTARY)!;
    expect(row.differences[1]!.median).toBeGreaterThan(0);
    // Cached: the second compare reuses the other scenario's engine and gives the same answer.
    const again = service.compare(settings, [{ name: 'baseline' }, { name: 'doubled', scenario: other }]);
    expect(again).toEqual(first);

    const bad = service.compare(settings, [{ name: 'baseline' }, { name: 'bad', scenario: { ...other, levers: { cityTopupOther: 250 } } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]!.where).toMatch(/^bad: levers/);
  });

  it('leaves a target out of a variant that does not answer it', () => {
    const { service, settings } = opened('hanoi-2025-baseline.json');
    const result = service.run(settings);
    const fewer = { ...result, targets: result.targets.slice(1) };
    const compared = compareResults([
      { name: 'all', result },
      { name: 'fewer', result: fewer },
    ]);
    expect(compared.differences).toHaveLength(result.targets.length);
    expect(compared.differences[0]!.figures[1]).toBeNull();
    expect(compared.differences[0]!.differences[1]).toBeNull();
    expect(compareResults([]).differences).toEqual([]);
  });
});
