// cast run / compare print the budget cost of the support, and cast seek --cheapest the least-cost way.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/cast.ts';

const scenario = (name: string) => new URL(`../../../scenarios/${name}`, import.meta.url).pathname;
const BASE = scenario('hanoi-2025-baseline.json');
const TOPUP = scenario('hanoi-2025-city-topup-doubled.json');
const FAST = ['--paths', '600'];

describe('budget cost in the CLI', () => {
  it('compare --json: each run’s cost by payer for the part-year from the levers’ start, and the cost per added member', async () => {
    const { code, stdout } = await runCli(['compare', BASE, TOPUP, ...FAST, '--json']);
    expect(code).toBe(0);
    const { cost } = JSON.parse(stdout);
    expect(cost.a.unit).toBe('VND billion');
    const [a] = cost.a.periods;
    const [b] = cost.b.periods;
    expect([b.year, b.from, b.to, b.months]).toEqual([2025, '2025-10-01', '2025-12-31', 3]);
    // The baseline file changes nothing: no extra cost, no added member, no ratio.
    expect(a.extra.total.p50).toBe(0);
    expect(a.perAddedMember).toBeNull();
    // Doubling the top-up: the city pays more per member and for more members; the state pays for the added ones.
    expect(b.scenario.city.p50).toBeGreaterThan(1.9 * b.baseline.city.p50);
    expect(b.extra.state.p50).toBeGreaterThan(0);
    expect(b.addedMembers.p50).toBeGreaterThan(0);
    expect(b.perAddedMember.p10).toBeLessThanOrEqual(b.perAddedMember.p50);
    const [d] = cost.bMinusA.years;
    expect(d.year).toBe(2025);
    expect(d.perAddedMember).toBeCloseTo((1000 * d.extra.total) / d.addedMembers, 6);
    expect(cost.bMinusA.perAddedMemberUnit).toBe('VND million per added member');
  });

  it('run prints the cost with its unit and period', async () => {
    const { stdout } = await runCli(['run', TOPUP, ...FAST]);
    expect(stdout).toMatch(/Budget cost of voluntary SI support, VND billion per period/);
    expect(stdout).toMatch(/2025, 2025-10-01 to 2025-12-31 \(3 months\)/);
    expect(stdout).toMatch(/VND million per added member/);
    const base = await runCli(['run', BASE, ...FAST]);
    expect(base.stdout).toMatch(/not defined \(no added members\)/);
  });

  it('seek --cheapest: the least-cost city lever that meets the target, with its cost; --levers outside the costed ones refused', async () => {
    // 97%, within the top-up's reach (about 98% at its maximum since issue 15's calibration).
    const { code, stdout } = await runCli(['seek', BASE, '--target', 'si.voluntary.share', '--cheapest', '--prob', '0.97', ...FAST, '--json']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.status).toBe('found');
    expect(answer.unit).toBe('VND billion');
    const costs = answer.options.map((o: { cost: { total: number } | null }) => o.cost?.total ?? Infinity);
    expect(costs).toEqual([...costs].sort((x, y) => x - y));
    expect(answer.best.cost.total).toBe(costs[0]);
    expect(answer.best.cost.total).toBeGreaterThan(answer.current.total);
    const refused = await runCli(['seek', BASE, '--target', 'si.voluntary.share', '--cheapest', '--levers', 'collectionRate', ...FAST]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/budget cost is counted/);
    const both = await runCli(['seek', BASE, '--target', 'si.voluntary.share', '--cheapest', '--lever', 'cityTopupOther']);
    expect(both.code).toBe(2);
  });
});
