import { describe, expect, it } from 'vitest';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import type { CandidateScore } from '../../../src/engine/forecast/backtest.ts';
import { chooseMembers } from '../../../src/engine/forecast/combine.ts';
import { INFORMATION_CRITERION_CHOICE } from '../../../src/engine/models/registry.ts';
import type { ModelDefinition } from '../../../src/engine/models/types.ts';

const model = (name: string): ModelDefinition => ({
  name,
  minPoints: 2,
  fit: () => ({ point: () => 0, sd: () => 0, params: {} }),
});
const score = (name: string, perOrigin: number[]): CandidateScore => ({
  model: model(name),
  perOrigin: Float64Array.from(perOrigin),
  forecasts: new Float64Array(0),
});

describe('how the information criterion and the backtest share the choice', () => {
  const scores = [score('a', [1, 1]), score('b', [1.1, 1.1]), score('c', [1.2, 1.2]), score(INFORMATION_CRITERION_CHOICE, [1.6, 1.6])];

  it('the backtest alone keeps the best three within 1.5x of the best', () => {
    expect(chooseMembers(scores, false).map((m) => m.model.name)).toEqual(['a', 'b', 'c']);
  });

  it('an anchor joins the members, weighted by its backtest error like the others', () => {
    const members = chooseMembers(scores, false, -1, INFORMATION_CRITERION_CHOICE);
    expect(members.map((m) => m.model.name)).toEqual(['a', 'b', 'c', INFORMATION_CRITERION_CHOICE]);
    expect(members[3]!.weight / members[0]!.weight).toBeCloseTo(1 / 1.6, 10);
    expect(members.reduce((a, m) => a + m.weight, 0)).toBeCloseTo(1, 12);
  });

  it('no anchor among the robust equal-weight baselines of the shortest series, nor one that failed', () => {
    expect(chooseMembers(scores, true, -1, INFORMATION_CRITERION_CHOICE).every((m) => m.weight === 0.25)).toBe(true);
    const failed = [...scores.slice(0, 3), score(INFORMATION_CRITERION_CHOICE, [Number.POSITIVE_INFINITY, 1])];
    expect(chooseMembers(failed, false, -1, INFORMATION_CRITERION_CHOICE).map((m) => m.model.name)).toEqual(['a', 'b', 'c']);
  });

  it('a yearly series under 40 points always has the AICc choice among its members', () => {
    const values = Array.from({ length: 20 }, (_, i) => 50 + 2 * i + 3 * Math.sin(1.7 * i));
    const result = autoForecast(
      values.map((y, i) => ({ t: 2000 + i, y })),
      { scale: 'count' },
    );
    expect(result.members.map((m) => m.name)).toContain(INFORMATION_CRITERION_CHOICE);
  });
});
