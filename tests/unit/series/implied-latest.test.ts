// A share's newer figure implied by its count: shown beside the report, never for a bound, a plan,
// or a share reported as recently as its count.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { impliedLatestShare } from '../../../src/engine/series/implied-latest.ts';

const hanoi = (metric: string, dataset = HANOI_DATASET) => impliedLatestShare(dataset, METRICS, metric, 'Hanoi');

describe('implied latest share', () => {
  it("gives September's voluntary SI share from September's count over June's implied base", () => {
    const r = hanoi('si.voluntary.share')!;
    // June: 112,293 people at 3.51% imply 3,199,231; one implying pair, so no growth.
    expect(r.asOf).toBe('2025-09-30');
    expect(r.count.value).toBe(128_567);
    expect(r.base.date).toBe('2025-06-30');
    expect(r.baseOnDate).toBeCloseTo(112_293 / 0.0351, 3);
    expect(r.value).toBeCloseTo((100 * 128_567 * 0.0351) / 112_293, 9); // 4.02%
    // As stated: to the thousand, and no growth (0, never -0).
    expect(r.baseStated).toBe(3_199_000);
    expect(Object.is(r.growthStated, 0)).toBe(true);
  });

  it("grows the UI share's base at the rate its reports imply to the count's date", () => {
    const r = hanoi('ui.share')!;
    expect(r.asOf).toBe('2025-09-30');
    expect(r.base.growth).toBeCloseTo(Math.log(4_736_889 / 4_678_555) / 0.4959, 2); // about 2.5% a year
    expect(r.baseOnDate).toBeGreaterThan(r.base.value);
    expect(r.value).toBeGreaterThan(46.5);
    expect(r.value).toBeLessThan(47);
    expect(r.baseStated % 1000).toBe(0);
    expect(Math.abs(r.baseStated - r.baseOnDate)).toBeLessThanOrEqual(500);
    expect(r.growthStated).toBe(Math.round(1000 * r.base.growth) / 10);
    expect(r.growthStated).toBeGreaterThan(2);
  });

  it('gives nothing where the share is as recent as its count, for a plan, or from bounds', () => {
    expect(hanoi('hi.coverage')).toBeNull(); // both reported for September
    expect(hanoi('si.compulsory.share')).toBeNull(); // "nearly 48%" in September, with its count
    expect(hanoi('si.voluntary.pct-plan')).toBeNull(); // a plan is not a base
    expect(hanoi('si.voluntary.participants')).toBeNull(); // not a share
    // September's voluntary SI count as a bound ("over 128,567"): the newest value is June's, no newer.
    const overSeptember = {
      ...HANOI_DATASET,
      observations: HANOI_DATASET.observations.map((o) =>
        o.metric === 'si.voluntary.participants' && o.asOf === '2025-09-30' ? { ...o, qualifier: 'over' as const } : o,
      ),
    };
    expect(hanoi('si.voluntary.share', overSeptember)).toBeNull();
    // The only voluntary SI share figure a bound: its base is a limit, not a value.
    const boundShare = {
      ...HANOI_DATASET,
      observations: HANOI_DATASET.observations.map((o) => (o.metric === 'si.voluntary.share' ? { ...o, qualifier: 'under' as const } : o)),
    };
    expect(hanoi('si.voluntary.share', boundShare)).toBeNull();
  });

  it('gives nothing from a newest count of 0, a share on another base, or a sum past 100%', () => {
    const edit = (f: (o: (typeof HANOI_DATASET.observations)[number]) => (typeof HANOI_DATASET.observations)[number]) => ({
      ...HANOI_DATASET,
      observations: HANOI_DATASET.observations.map(f),
    });
    const september = (metric: string) => (o: (typeof HANOI_DATASET.observations)[number]) =>
      o.metric === metric && o.asOf === '2025-09-30';
    // No participants in September: not an older count's share instead.
    expect(
      hanoi(
        'si.voluntary.share',
        edit((o) => (september('si.voluntary.participants')(o) ? { ...o, value: 0 } : o)),
      ),
    ).toBeNull();
    // June's voluntary SI share stated of the labour force: another base than the metric's.
    const otherBase = edit((o) =>
      o.metric === 'si.voluntary.share' && o.asOf === '2025-06-30' ? { ...o, denominator: 'labour-force' as const } : o,
    );
    expect(hanoi('si.voluntary.share', otherBase)).toBeNull();
    // 4 million participants over 3.2 million informal workers: the figures disagree, nothing is shown.
    expect(
      hanoi(
        'si.voluntary.share',
        edit((o) => (september('si.voluntary.participants')(o) ? { ...o, value: 4_000_000 } : o)),
      ),
    ).toBeNull();
  });

  it("takes the base from the share's own reports, not another share of the same base", () => {
    // An exact compulsory SI share for September (instead of "nearly 48%") implies the working-age
    // labour force too, but the UI share's base stays its own (December 2024 and June 2025).
    const exact = {
      ...HANOI_DATASET,
      observations: HANOI_DATASET.observations.map((o) =>
        o.metric === 'si.compulsory.share' && o.asOf === '2025-09-30' ? { ...o, value: 46, qualifier: 'exact' as const } : o,
      ),
    };
    expect(hanoi('ui.share', exact)!.base).toEqual(hanoi('ui.share')!.base);
    expect(hanoi('ui.share')!.base.basisIds.every((id) => !id.startsWith('si.compulsory'))).toBe(true);
  });
});
