// The engine's warm-up moves (EngineService.warmUp) speed up the first real moves and change no answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COST_INPUTS } from '../../../src/engine/scenario/cost.ts';
import { HI_COST_INPUTS } from '../../../src/engine/scenario/hi-cost.ts';
import { leversToWarm } from '../../../src/engine/scenario/warm-up-levers.ts';
import { newHanoiService } from '../../support/hanoi.ts';

const text = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 1500');

function opened() {
  const service = newHanoiService();
  const parsed = service.parse(text, 'baseline.json');
  if (!parsed.ok) throw new Error('refused');
  const s = parsed.value;
  const open = service.open(s);
  if (!open.ok) throw new Error('refused');
  return { service, levers: open.value.levers, settings: { levers: s.levers, distributions: s.distributions, leversFrom: s.leversFrom } };
}

describe('warming the engine up', () => {
  it('moves each lever to warm on the preview’s paths and then on all, then the notebook’s own levers, and ends', () => {
    const { service, settings, levers } = opened();
    const shown = ['cityTopupOther', 'takeUpResponse'];
    let calls = 0;
    while (service.warmUp(settings, 500, calls, shown)) calls++;
    // Two calls a lever and two for the notebook's own levers; the last returns false.
    expect(calls + 1).toBe(2 * leversToWarm(levers, shown).length + 2);
  });

  it('warms the levers shown, last, and one lever of each other kind of work', () => {
    const { levers } = opened();
    const warmed = leversToWarm(levers, ['cityTopupOther', 'takeUpResponse']);
    const ids = warmed.map((l) => l.id);
    expect(ids.slice(-2)).toEqual(['cityTopupOther', 'takeUpResponse']);
    // Every quantity a movable lever enters is entered by a lever warmed, and so is each support's cost.
    const entered = (ls: typeof levers) => new Set(ls.filter((l) => l.max > l.min).flatMap((l) => l.enters));
    expect(entered(warmed)).toEqual(entered(levers));
    expect(ids.some((id) => COST_INPUTS.includes(id))).toBe(true);
    expect(ids.some((id) => HI_COST_INPUTS.includes(id))).toBe(true);
    // Fewer than all: cityTopupOther's kind (the voluntary SI subsidy, a cost input) has no other lever warmed.
    expect(warmed.length).toBeLessThan(levers.length);
    expect(ids.filter((id) => ['stateSupportPoor', 'cityTopupPoor', 'stateSupportOther'].includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leaves every answer as a fresh engine gives it', () => {
    const warm = opened();
    for (let i = 0; warm.service.warmUp(warm.settings, 500, i, ['cityTopupOther']); i++);
    const moved = { ...warm.settings, levers: { ...warm.settings.levers, cityTopupOther: 45 } };
    expect(warm.service.run(moved)).toEqual(opened().service.run(moved));
    expect(warm.service.run(warm.settings)).toEqual(opened().service.run(warm.settings));
  });
});
