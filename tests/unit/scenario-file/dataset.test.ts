import { describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import type { Observation, Target } from '../../../src/engine/io/observation-schema.ts';
import { ScenarioDataError, resolveDataset, validateScenarioData } from '../../../src/engine/io/scenario-file.ts';
import type { ScenarioData } from '../../../src/engine/io/scenario-schema.ts';
import { scenario, userQ1Observation } from './helpers.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

const embedded = (id: string): Observation => HANOI_DATASET.observations.find((o) => o.id === id)!;
const user = { document: 'Bản tin nội bộ / internal bulletin', quote: 'Số liệu nhập tay.', origin: 'user' as const };

const withData = (data: Partial<ScenarioData>) =>
  scenario({ data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [], ...data } });

const issuesOf = (data: Partial<ScenarioData>): string[] => {
  const result = validateScenarioData(withData(data), HANOI_CONTEXT);
  return result.ok ? [] : result.issues.map(formatIssue);
};

const q1_2026: Observation = { ...userQ1Observation, source: user };

describe('resolving a scenario dataset', () => {
  it('is the embedded dataset when nothing is edited, and empty with base "none"', () => {
    expect(resolveDataset(scenario(), HANOI_CONTEXT)).toEqual(HANOI_DATASET);
    expect(resolveDataset(withData({ base: 'none' }), HANOI_CONTEXT)).toEqual({ observations: [], targets: [] });
  });

  it('applies removals, replacements in place and additions', () => {
    const edited = { ...embedded('hi.coverage.2024-12-31'), value: 95.3, source: user };
    const added: Target = {
      id: 'target.hi.coverage.2026-12-31',
      metric: 'hi.coverage',
      region: 'Hanoi',
      deadline: '2026-12-31',
      value: 96,
      unit: 'percent',
      qualifier: 'exact',
      source: user,
    };
    const d = resolveDataset(
      withData({
        observations: [q1_2026, edited],
        targets: [added],
        removed: ['target.revenue.total.2024-12-31', 'pension.bank-share.2024-12-31'],
      }),
      HANOI_CONTEXT,
    );
    const ids = d.observations.map((o) => o.id);
    expect(d.observations).toHaveLength(HANOI_DATASET.observations.length);
    expect(ids.indexOf('hi.coverage.2024-12-31')).toBe(HANOI_DATASET.observations.findIndex((o) => o.id === 'hi.coverage.2024-12-31'));
    expect(d.observations.find((o) => o.id === 'hi.coverage.2024-12-31')!.value).toBe(95.3);
    expect(ids.at(-1)).toBe(q1_2026.id);
    expect(ids).not.toContain('pension.bank-share.2024-12-31');
    expect(d.targets.map((t) => t.id)).not.toContain('target.revenue.total.2024-12-31');
    expect(d.targets.at(-1)).toEqual(added);
    expect(d.targets).toHaveLength(HANOI_DATASET.targets.length);
    // The embedded dataset itself is untouched.
    expect(embedded('hi.coverage.2024-12-31').value).toBe(95.25);
  });

  it('recomputes an embedded derived figure when its stated base is edited', () => {
    const june = { ...embedded('hi.coverage.2025-06-30'), value: 95.81, source: user };
    const d = resolveDataset(withData({ observations: [june] }), HANOI_CONTEXT);
    expect(d.targets.find((t) => t.id === 'target.hi.coverage.2025-12-31')!.value).toBe(95.8);
    const revenue = { ...embedded('revenue.total.2024-12-31'), value: 71_000, source: user };
    const derived = resolveDataset(withData({ observations: [revenue] }), HANOI_CONTEXT).observations.find((o) => o.id === 'revenue.total.2023-12-31')!;
    expect(derived.value).not.toBe(embedded('revenue.total.2023-12-31').value);
  });

  it.each([
    [{ removed: ['no.such.record'] }, 'data.removed[0]: no embedded record with id "no.such.record"'],
    [
      { removed: ['hi.coverage.2025-06-30'] },
      'data.removed[0]: "hi.coverage.2025-06-30" is the base of "target.hi.coverage.2025-12-31", derived from it: remove "target.hi.coverage.2025-12-31" too',
    ],
    [{ base: 'none' as const, removed: ['hi.coverage.2025-06-30'] }, 'data.removed: must be empty when base is "none"'],
    [
      { observations: [{ ...q1_2026, unit: 'people' as const, kind: 'stock' as const, denominator: undefined }] },
      [
        'data.observations[0].unit: hi.coverage is measured in percent, got people',
        'data.observations[0].kind: hi.coverage is a share, got stock',
      ],
    ],
    [
      { observations: [{ ...q1_2026, id: 'another', asOf: '2025-06-30' }] },
      'data.observations[0]: a second figure for hi.coverage (Hanoi) on 2025-06-30',
    ],
    [
      { observations: [q1_2026, { ...q1_2026, value: 94 }] },
      [
        'data.observations[1].id: duplicate id "user.hi.coverage.2026-03-31"',
        'data.observations[1]: a second figure for hi.coverage (Hanoi) on 2026-03-31',
      ],
    ],
    [
      {
        observations: [
          {
            ...q1_2026,
            derived: { method: 'subtract' as const, base: 'hi.coverage.2025-06-30', by: 1, decimals: 2, rule: 'one point less' },
          },
        ],
      },
      'data.observations[0].value: derived value 93.1 does not follow its rule (subtract 1 from hi.coverage.2025-06-30 = 95.51 gives 94.51)',
    ],
  ])('reports problems with the edits at data. paths: %#', (data, message) => {
    expect(issuesOf(data)).toEqual(typeof message === 'string' ? [message] : message);
  });

  it('throws a ScenarioDataError listing the problems', () => {
    const bad = withData({ removed: ['nope'] });
    expect(() => resolveDataset(bad, HANOI_CONTEXT)).toThrow(ScenarioDataError);
    expect(() => resolveDataset(bad, HANOI_CONTEXT)).toThrow('data.removed[0]: no embedded record with id "nope"');
  });
});
