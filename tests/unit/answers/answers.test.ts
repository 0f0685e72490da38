import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS, metricById } from '../../../src/data/index.ts';
import { flowYearEndModel, MIN_GROWTH_SD } from '../../../src/engine/answers/flow-year-end.ts';
import { modelInputs } from '../../../src/engine/answers/inputs.ts';
import { targetDate } from '../../../src/engine/answers/target-date.ts';
import { yearEndPreview } from '../../../src/engine/answers/year-end.ts';
import type { Dataset } from '../../../src/engine/io/dataset.ts';
import type { Observation } from '../../../src/engine/io/observation-schema.ts';
import { allSeries, buildSeries } from '../../../src/engine/series/series.ts';
import { estimateProfile } from '../../../src/engine/series/ytd-profile.ts';
import { toDecimalYear } from '../../../src/engine/time.ts';

const user = { document: 'test', quote: 'synthetic', origin: 'user' as const };
function obs(metric: string, asOf: string, value: number): Observation {
  const def = metricById(metric)!;
  return {
    id: `${metric}.${asOf}`,
    metric,
    region: 'Hanoi',
    asOf,
    value,
    unit: def.unit,
    kind: def.kind,
    ...(def.denominator ? { denominator: def.denominator } : {}),
    qualifier: 'exact',
    source: user,
  };
}

describe('which history a model sees', () => {
  const series = allSeries(HANOI_DATASET);

  it('leaves out a different denominator and early-year lows, saying why', () => {
    const coverage = modelInputs(series.get('Hanoi:hi.coverage')!, metricById('hi.coverage')!);
    expect(coverage.excluded).toEqual([
      expect.objectContaining({ reason: 'different-denominator', point: expect.objectContaining({ date: '2024-02-29' }) }),
    ]);
    const participants = modelInputs(series.get('Hanoi:hi.participants')!, metricById('hi.participants')!);
    expect(participants.excluded.map((e) => [e.point.date, e.reason])).toEqual([['2024-02-29', 'early-year-low']]);
    expect(participants.used).toHaveLength(5);
  });
});

describe('year-end of a year-to-date flow', () => {
  it('grows last year’s rest of year at this year’s same-period growth, with a floor on its spread', () => {
    const data = [obs('revenue.total', '2024-06-30', 40), obs('revenue.total', '2024-12-31', 100), obs('revenue.total', '2025-06-30', 44)];
    const series = buildSeries(data);
    const model = flowYearEndModel(series, estimateProfile(series), series.points.at(-1)!);
    expect(model.method).toBe('same-period-growth');
    const draws = Array.from(model.draw(20_000, 5)).sort((a, b) => a - b);
    const median = draws[10_000]!;
    expect(median).toBeCloseTo(44 + 60 * 1.1, 0); // +10% same-period growth on the rest of the year
    const p90 = draws[18_000]!;
    expect(p90 - median).toBeCloseTo(1.2816 * MIN_GROWTH_SD * 60, 0);
    expect(draws[0]!).toBeGreaterThanOrEqual(44); // never below what is already collected
  });

  it('falls back to the within-year profile without last year’s same period', () => {
    const data = [obs('revenue.total', '2023-09-30', 70), obs('revenue.total', '2023-12-31', 100), obs('revenue.total', '2025-09-30', 77)];
    const series = buildSeries(data);
    const model = flowYearEndModel(series, estimateProfile(series), series.points.at(-1)!);
    expect(model.method).toBe('within-year-profile');
    const draws = Array.from(model.draw(20_001, 5)).sort((a, b) => a - b);
    expect(draws[10_000]! / 110).toBeGreaterThan(0.99);
    expect(draws[10_000]! / 110).toBeLessThan(1.01);
  });
});

describe('target dates', () => {
  // Participants rising exactly 100,000 a year from 1,000,000.
  const linear: Dataset = {
    observations: [2019, 2020, 2021, 2022, 2023, 2024].map((y, i) =>
      obs('si.compulsory.participants', `${y}-12-31`, 1_000_000 + 100_000 * i),
    ),
    targets: [],
  };

  it('puts the median crossing of a linear series where the line crosses', () => {
    const answer = targetDate(linear, METRICS, {
      metric: 'si.compulsory.participants',
      value: 1_650_000,
      by: '2027-06-30',
      nPaths: 4000,
      seed: 2,
    });
    expect(answer.status).toBe('forecast');
    if (answer.status !== 'forecast') return;
    const expected = toDecimalYear('2026-06-30'); // 1.5 years after the last figure (1,500,000 at the end of 2024)
    expect(Math.abs(toDecimalYear(answer.medianDate!) - expected)).toBeLessThan(0.2);
    expect(answer.p10Date! <= answer.medianDate! && answer.medianDate! <= answer.p90Date!).toBe(true);
    expect(answer.probByDeadline).toBeGreaterThan(0.8);
  });

  it('says already reached, with the date, when the history shows it', () => {
    const answer = targetDate(linear, METRICS, { metric: 'si.compulsory.participants', value: 1_250_000, by: '2026-12-31' });
    expect(answer).toMatchObject({ status: 'already-reached', reachedOn: '2022-12-31' });
  });

  it('says not reached within the horizon when it is not', () => {
    const answer = targetDate(linear, METRICS, {
      metric: 'si.compulsory.participants',
      value: 5_000_000,
      by: '2025-12-31',
      horizon: '2026-12-31',
      nPaths: 2000,
    });
    expect(answer.status).toBe('not-reached-within-horizon');
  });
});

describe('year-end preview on the Hanoi data', () => {
  const answers = yearEndPreview(HANOI_DATASET, METRICS, 2025, { nPaths: 3000, seed: 4 });

  it('answers every 2025 target with its model, inputs and range', () => {
    expect(answers.map((a) => a.metric).sort()).toEqual(
      [
        'hi.coverage',
        'revenue.total',
        'si.compulsory.participants',
        'si.compulsory.share',
        'si.voluntary.share',
        'ui.participants',
        'ui.share',
      ].sort(),
    );
    for (const a of answers) {
      expect(a.status).toBe('forecast');
      expect(a.model).toBeTruthy();
      expect(a.basisIds.length).toBeGreaterThan(0);
      expect(a.value!.p10).toBeLessThanOrEqual(a.value!.median);
      expect(a.value!.median).toBeLessThanOrEqual(a.value!.p90);
      if (a.unit === 'percent') expect(a.value!.p97_5).toBeLessThanOrEqual(100);
    }
  });

  it('projects revenue from "VND 56,738 billion by September = 74.28% of plan" above the plan', () => {
    const revenue = answers.find((a) => a.metric === 'revenue.total')!;
    expect(revenue.method).toBe('flow');
    expect(revenue.value!.p2_5).toBeGreaterThan(56_738);
    expect(revenue.pctOfTarget!.median).toBeGreaterThan(100);
    expect(revenue.pctOfTarget!.median).toBeLessThan(112);
  });
});
