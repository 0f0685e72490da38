import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import type { Observation } from '../../../src/engine/io/observation-schema.ts';
import { checkConsistency } from '../../../src/engine/series/consistency.ts';
import { impliedDenominators } from '../../../src/engine/series/denominators.ts';
import { inferFrequency } from '../../../src/engine/series/frequency.ts';
import { yearOnYear } from '../../../src/engine/series/like-for-like.ts';
import { allSeries, buildSeries, latestPoint } from '../../../src/engine/series/series.ts';
import { estimateProfile, fullYearFromPartial, profileShareAt } from '../../../src/engine/series/ytd-profile.ts';

const series = allSeries(HANOI_DATASET);
const get = (key: string) => {
  const s = series.get(key);
  if (!s) throw new Error(`no series ${key}`);
  return s;
};

function synthetic(metric: string, dates: string[], values: number[], kind: Observation['kind'] = 'stock'): Observation[] {
  return dates.map((asOf, i) => ({
    id: `${metric}.${asOf}`,
    metric,
    region: 'Hanoi',
    asOf,
    value: values[i]!,
    unit: kind === 'share' ? 'percent' : 'VND billion',
    kind,
    qualifier: 'exact',
    source: { document: 'test', quote: 'synthetic', origin: 'user' },
  }));
}

describe('frequency inference', () => {
  it.each([
    [['2020-12-31', '2021-12-31', '2022-12-31'], 'yearly', 1],
    [['2000-01-01', '2005-01-01', '2010-01-01'], '5-yearly', 1],
    [['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'], 'quarterly', 4],
    [['2024-01-31', '2024-02-29', '2024-03-31'], 'monthly', 12],
    [['2024-02-29', '2024-12-31', '2025-06-30', '2025-09-30'], 'irregular', 1],
  ])('%j is %s', (dates, frequency, period) => {
    const info = inferFrequency(dates);
    expect(info.frequency).toBe(frequency);
    expect(info.seasonalPeriod).toBe(period);
  });

  it('reports the median step of an irregular series', () => {
    expect(inferFrequency(['2024-02-29', '2024-12-31', '2025-06-30', '2025-09-30']).stepMonths).toBe(6);
  });
});

describe('series from observations', () => {
  it('groups by metric and region, sorted by date whatever the input order', () => {
    const hi = get('Hanoi:hi.participants');
    expect(hi.points.map((p) => p.date)).toEqual(['2023-12-31', '2024-02-29', '2024-06-30', '2024-12-31', '2025-06-30', '2025-09-30']);
    const reversed = buildSeries(
      [...HANOI_DATASET.observations.filter((o) => o.metric === 'hi.participants' && o.region === 'Hanoi')].reverse(),
    );
    expect(reversed.points).toEqual(hi.points);
    expect(get('Vietnam:ui.participants').points).toHaveLength(1);
  });

  it('keeps provenance on every point', () => {
    const hi = get('Hanoi:hi.participants');
    expect(hi.points[0]).toMatchObject({ derived: true, observationId: 'hi.participants.2023-12-31', value: 7_942_194 });
    expect(latestPoint(hi)).toMatchObject({ date: '2025-09-30', qualifier: 'about', derived: false });
    expect(hi.points.every((p, i) => i === 0 || p.t > hi.points[i - 1]!.t)).toBe(true);
  });

  it('records mixed denominators instead of hiding them', () => {
    expect(get('Hanoi:hi.coverage').denominators).toEqual(['registered-population', 'population']);
  });

  it('refuses two figures for the same day', () => {
    const obs = synthetic('x', ['2024-12-31', '2024-12-31'], [1, 2]);
    expect(() => buildSeries(obs)).toThrow(/two figures for 2024-12-31/);
  });
});

describe('within-year profiles of year-to-date flows', () => {
  it('estimates the share of 2024 revenue collected by June and by September', () => {
    const profile = estimateProfile(get('Hanoi:revenue.total'));
    expect(profile.points.map((p) => [p.year, +p.share.toFixed(4)])).toEqual([
      [2024, +(31_513 / 70_577.2).toFixed(4)],
      [2024, +(49_483.7 / 70_577.2).toFixed(4)],
    ]);
  });

  it('interpolates through (0,0) and (1,1)', () => {
    const profile = { metric: 'm', points: [{ year: 2024, fraction: 0.5, share: 0.4, partialId: 'a', totalId: 'b' }] };
    expect(profileShareAt(profile, 0)).toBe(0);
    expect(profileShareAt(profile, 0.25)).toBeCloseTo(0.2, 10);
    expect(profileShareAt(profile, 0.5)).toBeCloseTo(0.4, 10);
    expect(profileShareAt(profile, 0.75)).toBeCloseTo(0.7, 10);
    expect(profileShareAt(profile, 1)).toBe(1);
    expect(profileShareAt({ metric: 'm', points: [] }, 0.3)).toBeCloseTo(0.3, 10);
  });

  it('averages years that share a point in the year', () => {
    const obs = synthetic('flow', ['2022-06-30', '2022-12-31', '2023-06-30', '2023-12-31'], [40, 100, 60, 100], 'ytd-flow');
    const profile = estimateProfile(buildSeries(obs));
    expect(profile.points).toHaveLength(2);
    expect(profileShareAt(profile, profile.points[0]!.fraction)).toBeCloseTo(0.5, 2);
  });

  it('projects the 2025 full year from January-September like the same period in 2024', () => {
    const revenue = get('Hanoi:revenue.total');
    const profile = estimateProfile(revenue);
    const sep2025 = revenue.points.find((p) => p.date === '2025-09-30')!;
    const full = fullYearFromPartial(profile, sep2025);
    // Same-period growth applied to the 2024 total gives the same answer within the leap-day shift.
    expect(full / (70_577.2 * 1.1466)).toBeGreaterThan(0.995);
    expect(full / (70_577.2 * 1.1466)).toBeLessThan(1.005);
  });

  it('refuses stocks', () => {
    expect(() => estimateProfile(get('Hanoi:hi.participants'))).toThrow(/not a year-to-date flow/);
  });
});

describe('shares and their denominators', () => {
  const implied = impliedDenominators(HANOI_DATASET, METRICS);
  const find = (metric: string, date: string) => implied.find((d) => d.shareMetric === metric && d.date === date)!;

  it('implies the population from participants and coverage', () => {
    expect(find('hi.coverage', '2024-12-31').value).toBeCloseTo(8_169_748 / 0.9525, 0);
    expect(find('hi.coverage', '2024-02-29').denominator).toBe('registered-population');
  });

  it('implies plans from % of plan', () => {
    expect(find('revenue.pct-plan', '2025-09-30').value).toBeCloseTo(56_738 / 0.7428, 0);
  });
});

describe('consistency report', () => {
  const findings = checkConsistency(HANOI_DATASET, METRICS);

  it('shows the February 2024 coverage as a different denominator', () => {
    const mixed = findings.filter((f) => f.kind === 'mixed-denominator');
    expect(mixed.map((f) => f.ids)).toContainEqual(expect.arrayContaining(['hi.coverage.2024-02-29', 'hi.coverage.2024-12-31']));
  });

  it('keeps the voluntary SI share on its own base, apart from the working-age labour force', () => {
    const spread = findings.filter((f) => f.kind === 'denominator-spread');
    expect(spread.some((f) => f.ids.includes('si.voluntary.share.2025-06-30'))).toBe(false);
  });

  it('flags share targets that disagree with head-count targets', () => {
    const mismatch = findings.filter((f) => f.kind === 'target-mismatch').map((f) => f.ids[0]);
    expect(mismatch).toContain('target.ui.share.2025-12-31');
  });

  it('finds nothing on a consistent dataset', () => {
    const obs = [
      ...synthetic('hi.participants', ['2024-12-31'], [900]),
      ...synthetic('hi.coverage', ['2024-12-31'], [90], 'share').map((o) => ({ ...o, denominator: 'population' as const })),
    ];
    expect(checkConsistency({ observations: obs, targets: [] }, METRICS)).toEqual([]);
  });
});

describe('like-for-like comparisons', () => {
  it('pairs each figure with the same month a year before', () => {
    const yoy = yearOnYear(get('Hanoi:hi.participants'));
    const june = yoy.find((y) => y.current.date === '2025-06-30')!;
    expect(june.previous.date).toBe('2024-06-30');
    expect(june.change).toBe(197_951);
    expect(june.changePct).toBeCloseTo(2.48, 2);
  });
});
