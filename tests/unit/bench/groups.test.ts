import { describe, expect, it } from 'vitest';
import { groupsOf, isLongSmoothYearly, lengthGroup, roughness } from '../../../bench/groups.ts';
import type { TaskResult } from '../../../bench/harness.ts';
import { loadPanel } from '../../../bench/panel.ts';
import { coverageRange, pooledCoverage, summariseGroups } from '../../../bench/summary.ts';

const years = (n: number, from = 1960, every = 1) => Array.from({ length: n }, (_, i) => String(from + every * i));

describe('benchmark groups', () => {
  it('splits by length: short under 15 points, long over 40, medium between', () => {
    expect([14, 15, 40, 41].map(lengthGroup)).toEqual(['short', 'medium', 'medium', 'long']);
  });

  it('measures roughness as the spread of the steps against the spread of the level', () => {
    expect(roughness([1, 2, 3, 4, 5])).toBe(0); // constant steps
    expect(roughness([5, 5, 5])).toBe(0);
    expect(roughness([0, 1, 0, 1, 0, 1])).toBeGreaterThan(1.5); // every step as large as the range
  });

  it('calls a long yearly series with a steady bending trend smooth, and a cycle, a short or a 5-yearly one not', () => {
    const bending = (n: number) => Array.from({ length: n }, (_, i) => 50 + 0.6 * i - 0.004 * i * i + 0.05 * Math.sin(i));
    const cycle = Array.from({ length: 50 }, (_, i) => 50 + 10 * Math.sin(i / 2));
    expect(isLongSmoothYearly({ frequency: 'yearly', dates: years(50), y: bending(50) })).toBe(true);
    expect(isLongSmoothYearly({ frequency: 'yearly', dates: years(50), y: cycle })).toBe(false);
    expect(isLongSmoothYearly({ frequency: 'yearly', dates: years(30), y: bending(30) })).toBe(false);
    expect(isLongSmoothYearly({ frequency: 'yearly', dates: years(50, 1800, 5), y: bending(50) })).toBe(false);
    expect(groupsOf({ frequency: 'yearly', dates: years(50), y: bending(50) })).toEqual(['yearly', 'long', 'long smooth yearly']);
    expect(groupsOf({ frequency: 'irregular', dates: years(4), y: [1, 2, 3, 4] })).toEqual(['short']);
  });

  it('puts the panel’s demographic rates in the long smooth yearly group, and volatile series out of it', () => {
    const { panel } = loadPanel();
    const smooth = new Set(panel.filter(isLongSmoothYearly).map((s) => s.id));
    expect(smooth.has('india-life-expectancy-yearly')).toBe(true);
    expect(smooth.has('netherlands-urban-population-share')).toBe(true);
    expect(smooth.has('us-unemployment-rate-yearly')).toBe(false);
    expect(smooth.has('lynx-trappings')).toBe(false);
    expect(smooth.size).toBeGreaterThanOrEqual(40);
  });
});

describe('coverage by group', () => {
  const task = (series: string, groups: TaskResult['groups'], inside: number[], points: number, mase: number): TaskResult => ({
    series,
    frequency: 'yearly',
    groups,
    origin: 10,
    horizon: points,
    mase,
    inside,
    points,
    ms: 0,
    outOfBounds: false,
  });
  const results = [
    task('a', ['yearly', 'long'], [5, 6], 6, 1),
    task('a', ['yearly', 'long'], [3, 5], 6, 3),
    task('b', ['yearly', 'short'], [1, 2], 4, 2),
    task('c', ['quarterly', 'long'], [8, 8], 8, 0.5),
  ];

  it('pools coverage over test points, per level', () => {
    expect(pooledCoverage(results)).toEqual({ '80': 17 / 24, '95': 21 / 24 });
  });

  it('summarises each group that has tasks: series, tasks, mean MASE and pooled coverage', () => {
    const groups = summariseGroups(results);
    expect(Object.keys(groups)).toEqual(['yearly', 'quarterly', 'short', 'long']);
    expect(groups.yearly).toMatchObject({ series: 2, tasks: 3, mase: 2, coverage: { '80': 9 / 16, '95': 13 / 16 } });
    expect(groups.long).toMatchObject({ series: 2, tasks: 3, mase: 1.5, coverage: { '80': 16 / 20, '95': 19 / 20 } });
    expect(groups.short!.coverage).toEqual({ '80': 0.25, '95': 0.5 });
  });

  it('gives the range coverage spans when the series are resampled, seeded', () => {
    // Every series covers 3 of 4 points: any resample does too.
    const same = ['a', 'b', 'c'].map((id) => task(id, ['yearly'], [3, 4], 4, 1));
    expect(coverageRange(same)).toEqual({ '80': [0.75, 0.75], '95': [1, 1] });
    // Half the series cover everything, half nothing: resamples spread around one half.
    const split = Array.from({ length: 20 }, (_, i) => task(`s${i}`, ['yearly'], i % 2 ? [4, 4] : [0, 0], 4, 1));
    const range = coverageRange(split);
    expect(range['80']![0]).toBeLessThan(0.4);
    expect(range['80']![1]).toBeGreaterThan(0.6);
    expect(range['80']![1]).toBeLessThan(0.9);
    expect(coverageRange(split)).toEqual(range);
  });
});
