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
  const open = service.open(s);
  if (!open.ok) throw new Error('refused');
  const movable = open.value.levers.filter((l) => l.max > l.min).length;
  return { service, movable, settings: { levers: s.levers, distributions: s.distributions, leversFrom: s.leversFrom } };
}

describe('warming the engine up', () => {
  it('moves every lever on the preview’s paths and then on all, then the notebook’s own levers, and ends', () => {
    const { service, settings, movable } = opened();
    let calls = 0;
    while (service.warmUp(settings, 500, calls)) calls++;
    // Two calls a lever and two for the notebook's own levers; the last returns false.
    expect(movable).toBeGreaterThan(20);
    expect(calls + 1).toBe(2 * movable + 2);
  });

  it('leaves every answer as a fresh engine gives it', () => {
    const warm = opened();
    for (let i = 0; warm.service.warmUp(warm.settings, 500, i); i++);
    const moved = { ...warm.settings, levers: { ...warm.settings.levers, cityTopupOther: 45 } };
    expect(warm.service.run(moved)).toEqual(opened().service.run(moved));
    expect(warm.service.run(warm.settings)).toEqual(opened().service.run(warm.settings));
  });
});
