import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLeverValues, LEVERS, supportInForce } from '../../../src/engine/scenario/levers.ts';

describe('the lever catalogue', () => {
  it('gives every lever bilingual labels, a default within its range and a source', () => {
    for (const l of LEVERS) {
      expect(l.label.vi && l.label.en, l.id).toBeTruthy();
      expect(l.default, l.id).toBeGreaterThanOrEqual(l.min);
      expect(l.default, l.id).toBeLessThanOrEqual(l.max);
      expect(l.source.note.vi.length, l.id).toBeGreaterThan(10);
      expect(l.source.note.en.length, l.id).toBeGreaterThan(10);
      if (l.distribution) {
        const { low, mid, high } = l.distribution;
        expect(low <= mid && mid <= high && low >= l.min && high <= l.max, l.id).toBe(true);
      }
    }
    expect(new Set(LEVERS.map((l) => l.id)).size).toBe(LEVERS.length);
  });

  it('labels the take-up response as an assumption with a low/mid/high range', () => {
    const takeUp = LEVERS.find((l) => l.id === 'takeUpResponse')!;
    expect(takeUp.source.kind).toBe('assumption');
    expect(takeUp.distribution).toEqual({ low: 0.4, mid: 1.15, high: 1.9 });
  });

  it('knows the support rules in force by date', () => {
    expect(supportInForce('2024-12-31')).toEqual({
      stateSupportPoor: 30,
      stateSupportNearPoor: 25,
      stateSupportOther: 10,
      cityTopupPoor: 30,
      cityTopupNearPoor: 25,
      cityTopupOther: 10,
    });
    const now = supportInForce('2025-09-30');
    const defaults = defaultLeverValues();
    for (const [id, value] of Object.entries(now)) expect(defaults[id], id).toBe(value); // defaults = the rules of the latest data
  });

  it('ships the 2026 plan scenario with the 2026 rules', () => {
    const file = JSON.parse(readFileSync(new URL('../../../scenarios/hanoi-2026-plan.json', import.meta.url), 'utf8'));
    const rules = supportInForce('2026-01-01');
    const defaults = defaultLeverValues();
    for (const [id, value] of Object.entries(rules)) expect(file.levers[id] ?? defaults[id], id).toBe(value);
  });
});
