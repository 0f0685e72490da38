// The engine's warm-up moves (EngineService.warmUp) speed up the first real moves and change no answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newHanoiService } from '../../support/hanoi.ts';

const text = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 1500');

function opened() {
  const service = newHanoiService();
  const parsed = service.parse(text, 'baseline.json');
  if (!parsed.ok) throw new Error('refused');
  const s = parsed.value;
  if (!service.open(s).ok) throw new Error('refused');
  return { service, settings: { levers: s.levers, distributions: s.distributions, leversFrom: s.leversFrom } };
}

describe('warming the engine up', () => {
  it('moves one lever per quantity on the preview’s paths and then on all, then the notebook’s own levers, and ends', () => {
    const { service, settings } = opened();
    let calls = 0;
    while (service.warmUp(settings, 500, calls)) calls++;
    // Two calls a lever (voluntary and HI subsidies, take-up, labour, revenue at least) and two for the notebook's own levers; the last returns false.
    expect(calls % 2).toBe(1);
    expect(calls).toBeGreaterThanOrEqual(2 * 5 + 1);
    expect(calls).toBeLessThan(50);
  });

  it('leaves every answer as a fresh engine gives it', () => {
    const warm = opened();
    for (let i = 0; warm.service.warmUp(warm.settings, 500, i); i++);
    const moved = { ...warm.settings, levers: { ...warm.settings.levers, cityTopupOther: 45 } };
    expect(warm.service.run(moved)).toEqual(opened().service.run(moved));
    expect(warm.service.run(warm.settings)).toEqual(opened().service.run(warm.settings));
  });
});
