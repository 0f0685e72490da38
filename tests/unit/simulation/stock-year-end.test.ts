// The year end of a head count: last year's change to 31 December, scaled by the growth since,
// re-centres the forecaster's paths where the figures allow it (stock-year-end.ts).
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS, metricById } from '../../../src/data/index.ts';
import { english, type Dataset, type MetricDef } from '../../../src/engine/index.ts';
import type { Observation, Qualifier } from '../../../src/engine/io/observation-schema.ts';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import { quantiles } from '../../../src/engine/forecast/percentiles.ts';
import { buildSeries } from '../../../src/engine/series/series.ts';
import { makeContext, simulate } from '../../../src/engine/simulation/metric-paths.ts';
import { belowLatestReason, recentredPaths, stockYearEndPattern } from '../../../src/engine/simulation/stock-year-end.ts';
import { MIN_GROWTH_SD } from '../../../src/engine/simulation/flow-year-end.ts';
import { toDecimalYear } from '../../../src/engine/time.ts';

const user = { document: 'test', quote: 'synthetic', origin: 'user' as const };
function obs(metric: string, asOf: string, value: number, qualifier: Qualifier = 'exact', region = 'Hanoi'): Observation {
  const def = metricById(metric) ?? { unit: 'people' as const, kind: 'stock' as const };
  return { id: `${metric}.${asOf}`, metric, region, asOf, value, unit: def.unit, kind: def.kind, qualifier, source: user };
}
const pointsOf = (data: Observation[]) => buildSeries(data).points;
const SETTINGS = { until: '2026-06-30', nPaths: 4000, seed: 3 };
const median = (values: Float64Array) => quantiles(values, [0.5], new Float64Array(values.length))[0]!;
const spread = (values: Float64Array) => {
  const [p10, p90] = quantiles(values, [0.1, 0.9], new Float64Array(values.length));
  return Math.log(p90! / p10!);
};

// Hanoi's UI participants (src/data/observations.ts).
const ui = [
  obs('ui.participants', '2023-12-31', 1_990_227),
  obs('ui.participants', '2024-06-30', 2_008_161),
  obs('ui.participants', '2024-09-30', 2_045_000, 'under'), // 2.23 million minus "more than 185 thousand"
  obs('ui.participants', '2024-12-31', 2_100_671),
  obs('ui.participants', '2025-06-30', 2_133_021),
  obs('ui.participants', '2025-09-30', 2_230_000, 'about'),
];

describe('a head count’s year end from last year’s change over the same months', () => {
  it('grows UI participants by Sep->Dec 2024’s +55,671 times (1 + 9.0%): 2,290,707 on 31 December 2025', () => {
    const pattern = stockYearEndPattern(pointsOf(ui))!;
    expect(pattern.yearEnd).toBe('2025-12-31');
    expect([pattern.sameBefore.date, pattern.endBefore.date]).toEqual(['2024-09-30', '2024-12-31']);
    // By hand: g = 2,230,000 / 2,045,000 - 1 = 9.0465%; 2,230,000 + 55,671 x 1.090465 = 2,290,707.
    expect(pattern.growth).toBeCloseTo(185_000 / 2_045_000, 10);
    expect(pattern.centre).toBeCloseTo(2_230_000 + 55_671 * (1 + 185_000 / 2_045_000), 4);
    expect(Math.round(pattern.centre)).toBe(2_290_707);
    // One year's pattern: the growth over a year before moved 5.40% (Dec 2024) -> 6.03% (Jun 2025)
    // -> 8.66% (Sep 2025), in logs; as a random walk, sqrt(sum of squared steps / 0.748 years),
    // over the quarter left: 1.56% of the year end.
    const yoy = [Math.log(2_100_671 / 1_990_227), Math.log(2_133_021 / 2_008_161), Math.log(2_230_000 / 2_045_000)];
    const span = toDecimalYear('2025-09-30') - toDecimalYear('2024-12-31');
    const volatility = Math.sqrt(((yoy[1]! - yoy[0]!) ** 2 + (yoy[2]! - yoy[1]!) ** 2) / span);
    expect(pattern.sd).toBeCloseTo(volatility * Math.sqrt(3 / 12), 10);
    expect(pattern.sd).toBeCloseTo(0.0156, 4);
  });

  it('says a bound’s direction: September 2024 “under” 2,045,000 makes last year’s change at least +55,671', () => {
    expect(stockYearEndPattern(pointsOf(ui))!.direction).toBe(1);
    const endUnder = ui.map((o) =>
      o.asOf === '2024-12-31' ? { ...o, qualifier: 'under' as const } : { ...o, qualifier: 'exact' as const },
    );
    expect(stockYearEndPattern(pointsOf(endUnder))!.direction).toBe(-1);
    // Bounds pulling both ways say nothing.
    const mixed = ui.map((o) => (o.asOf === '2024-12-31' ? { ...o, qualifier: 'under' as const } : o));
    expect(stockYearEndPattern(pointsOf(mixed))!.direction).toBe(0);
    const exact = ui.map((o) => ({ ...o, qualifier: 'exact' as const }));
    expect(stockYearEndPattern(pointsOf(exact))!.direction).toBe(0);
    const reason = belowLatestReason(stockYearEndPattern(pointsOf(ui))!, '2025-12-31');
    expect(reason.key).toBe('belowLatestPush');
    expect(english(reason)).toContain(
      'a change of 60,707 people by the year end (a figure it rests on is a bound, so the push is if anything larger)',
    );
  });

  it('keeps the direct forecast without last year’s December, or when the newest figure is a December one', () => {
    const noDecember = ui.filter((o) => o.asOf !== '2024-12-31');
    expect(stockYearEndPattern(pointsOf(noDecember))).toBeNull();
    const noSameMonth = ui.filter((o) => o.asOf !== '2024-09-30');
    expect(stockYearEndPattern(pointsOf(noSameMonth))).toBeNull();
    expect(stockYearEndPattern(pointsOf(ui.filter((o) => o.asOf <= '2024-12-31')))).toBeNull();
    expect(english(belowLatestReason(undefined, '2025-12-31'))).toBe(
      'the model has no year-end push for 2025: it learns one only from figures for the same month and for 31 December of the year before',
    );
  });

  it('floors the pattern’s spread at the flow rule’s 5% of the change when one growth over a year before is all there is', () => {
    const data = [
      obs('ui.participants', '2024-09-30', 1_000),
      obs('ui.participants', '2024-12-31', 1_100),
      obs('ui.participants', '2025-09-30', 1_200),
    ];
    const pattern = stockYearEndPattern(pointsOf(data))!;
    expect(pattern.centre).toBeCloseTo(1_320, 8);
    expect(pattern.sd).toBeCloseTo(MIN_GROWTH_SD * Math.log(1.1), 12);
  });

  it('re-centres paths: the month ends between move by a third, two thirds, then all of the way, and stay there', () => {
    const pattern = { ...stockYearEndPattern(pointsOf(ui))!, sd: 0 };
    const dates = ['2025-10-31', '2025-11-30', '2025-12-31', '2026-01-31'];
    const flat = dates.map(() => new Float64Array([2_240_000, 2_250_000]));
    const out = recentredPaths(flat, dates, pattern, 2_250_000, 1);
    const ratio = pattern.centre / 2_250_000;
    out.forEach((row, i) => {
      const w = Math.min(1, (i + 1) / 3);
      expect(row[0]).toBeCloseTo(2_240_000 * ratio ** w, 6);
      expect(row[1]).toBeCloseTo(2_250_000 * ratio ** w, 6);
    });
  });
});

describe('the simulated paths of Hanoi’s head counts', () => {
  const ctx = () => makeContext(HANOI_DATASET, METRICS);

  it('end UI participants near 2,290,707 with at least the forecaster’s spread, reproducibly, and the UI share inherits them', () => {
    const sim = simulate(ctx(), 'ui.participants', 'Hanoi', SETTINGS);
    const december = sim.grid.dates.indexOf('2025-12-31');
    expect(sim.yearEnd?.centre).toBeCloseTo(2_290_707, 0);
    expect(median(sim.paths[december]!) / 2_290_707).toBeCloseTo(1, 2);
    expect(sim.model).toContain('× (1 + 9.0%), the growth since 2024-09-30: 2,230,000 +60,707 = 2,290,707');
    expect(sim.basisIds).toEqual(expect.arrayContaining(['ui.participants.2024-09-30', 'ui.participants.2024-12-31']));
    // The forecaster alone on the same figures (its 80% band at the year end): the pattern keeps
    // its spread and adds its own, and lifts its centre (the trend has no fourth-quarter push).
    const alone = autoForecast(
      sim.inputs.used.map((p) => ({ t: p.t, y: p.value })),
      { scale: 'count' },
    ).predict([toDecimalYear('2025-12-31')])[0]!;
    const band = alone.bands.find((b) => b.level === 80)!;
    expect(spread(sim.paths[december]!)).toBeGreaterThan(Math.log(band.upper / band.lower));
    expect(alone.mean).toBeLessThan(2_250_000);
    // Same seed, same paths.
    expect(simulate(ctx(), 'ui.participants', 'Hanoi', SETTINGS).paths[december]).toEqual(sim.paths[december]);
    const share = simulate(ctx(), 'ui.share', 'Hanoi', SETTINGS);
    expect(share.model).toContain('re-centred');
  });

  it('borrow UI’s change for compulsory SI (no December 2024 figure), labelled an assumption with the borrowing’s spread', () => {
    const sim = simulate(ctx(), 'si.compulsory.participants', 'Hanoi', SETTINGS);
    const pattern = sim.yearEnd!;
    expect(pattern.lender).toMatchObject({ metric: 'ui.participants', commonDates: 4 });
    // 2,299,000 x 2,100,671 / 2,045,000.
    expect(pattern.centre).toBeCloseTo((2_299_000 * 2_100_671) / 2_045_000, 4);
    expect(pattern.lender!.ratioSd).toBeGreaterThan(0);
    expect(pattern.sd).toBeGreaterThan(pattern.lender!.ratioSd);
    expect(sim.model).toContain('an assumption (the same employers pay both');
    expect(belowLatestReason(pattern, '2025-12-31').key).toBe('belowLatestPushBorrowed');
    // A later deadline's push is not modelled.
    expect(belowLatestReason(pattern, '2026-12-31').key).toBe('belowLatestNoPush');
  });

  it('keep the direct forecast for a count without last year’s figures and nothing to borrow (voluntary SI, HI)', () => {
    for (const metric of ['si.voluntary.participants', 'hi.participants']) {
      const sim = simulate(ctx(), metric, 'Hanoi', SETTINGS);
      expect(sim.yearEnd, metric).toBeUndefined();
      expect(sim.model, metric).not.toContain('re-centred');
    }
  });

  it('borrow only where the two counts share at least two dates to show they move together', () => {
    const compulsory = HANOI_DATASET.observations.filter((o) => o.metric === 'si.compulsory.participants' && o.region === 'Hanoi');
    const lone: Dataset = {
      observations: [
        ...HANOI_DATASET.observations.filter((o) => o.metric !== 'si.compulsory.participants'),
        ...compulsory.map((o) => ({ ...o, asOf: o.asOf.replace('-30', '-29') })),
      ],
      targets: [],
    };
    const sim = simulate(makeContext(lone, METRICS), 'si.compulsory.participants', 'Hanoi', SETTINGS);
    expect(sim.yearEnd).toBeUndefined();
  });

  it('treat an own metric (a province’s import) by the same rule when its figures allow it', () => {
    const own: MetricDef = {
      id: 'own.members',
      label: { vi: 'Thành viên', en: 'Members' },
      unit: 'people',
      kind: 'stock',
      scheme: 'other',
      headline: true,
    };
    const figures = ui.map((o) => ({ ...o, id: o.id.replace('ui.participants', 'own.members'), metric: 'own.members', region: 'Đà Nẵng' }));
    const sim = simulate(makeContext({ observations: figures, targets: [] }, [...METRICS, own]), 'own.members', 'Đà Nẵng', SETTINGS);
    expect(Math.round(sim.yearEnd!.centre)).toBe(2_290_707);
  });
});
