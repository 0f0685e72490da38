import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoForecast } from '../../../src/engine/forecast/auto.ts';
import type { Point, ValueScale } from '../../../src/engine/models/types.ts';

/** 3 to 30 points at distinct times (irregular gaps), values within the scale's range. */
const series = (scale: ValueScale) =>
  fc
    .array(
      fc.record({
        gap: fc.double({ min: 0.05, max: 3, noNaN: true }),
        y: scale === 'percent' ? fc.double({ min: 0, max: 100, noNaN: true }) : fc.double({ min: 0, max: 1e9, noNaN: true }),
      }),
      { minLength: 3, maxLength: 30 },
    )
    .map((rows) => {
      let t = 2000;
      return rows.map(({ gap, y }) => ({ t: (t += gap), y }));
    });

const scales = fc.constantFrom<ValueScale>('percent', 'count', 'currency');
const horizons = (points: Point[]) => {
  const last = Math.max(...points.map((p) => p.t));
  return [last + 0.25, last + 1, last + 3, last + 10];
};

describe('forecast properties', () => {
  it('bands are ordered around the mean, finite, and inside the bounds', () => {
    fc.assert(
      fc.property(
        scales.chain((scale) => series(scale).map((points) => ({ scale, points }))),
        ({ scale, points }) => {
          for (const f of autoForecast(points, { scale }).predict(horizons(points))) {
            expect(Number.isFinite(f.mean)).toBe(true);
            let previous = { lower: f.mean, upper: f.mean };
            for (const band of f.bands) {
              expect(Number.isNaN(band.lower) || Number.isNaN(band.upper)).toBe(false);
              expect(band.lower).toBeLessThanOrEqual(previous.lower);
              expect(band.upper).toBeGreaterThanOrEqual(previous.upper);
              expect(band.lower).toBeGreaterThanOrEqual(0);
              if (scale === 'percent') expect(band.upper).toBeLessThanOrEqual(100);
              previous = band;
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('regular monthly series (the seasonal path) give finite, bounded, ordered bands', () => {
    const monthly = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 25, maxLength: 60 });
    fc.assert(
      fc.property(monthly, fc.boolean(), (values, seasonal) => {
        const points = values.map((v, i) => ({
          t: 2015 + (i + 1) / 12,
          y: seasonal ? Math.min(100, 40 + 0.4 * v + 20 * Math.sin((2 * Math.PI * i) / 12)) : v,
        }));
        for (const f of autoForecast(points, { scale: 'percent' }).predict(horizons(points))) {
          const [b80, b95] = f.bands;
          expect(b95!.lower).toBeGreaterThanOrEqual(0);
          expect(b95!.lower).toBeLessThanOrEqual(b80!.lower);
          expect(b80!.lower).toBeLessThanOrEqual(f.mean);
          expect(f.mean).toBeLessThanOrEqual(b80!.upper);
          expect(b80!.upper).toBeLessThanOrEqual(b95!.upper);
          expect(b95!.upper).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('forecasts do not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(
        series('count').chain((points) =>
          fc.shuffledSubarray(points, { minLength: points.length }).map((shuffled) => ({ points, shuffled })),
        ),
        ({ points, shuffled }) => {
          const ts = horizons(points);
          const a = autoForecast(points, { scale: 'count' });
          const b = autoForecast(shuffled, { scale: 'count' });
          expect(b.predict(ts)).toEqual(a.predict(ts));
          expect(b.samplePaths(ts, 20, 7)).toEqual(a.samplePaths(ts, 20, 7));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('paths are reproducible by seed, finite and inside the bounds', () => {
    fc.assert(
      fc.property(series('percent'), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (points, seed) => {
        const result = autoForecast(points, { scale: 'percent' });
        const ts = horizons(points);
        const paths = result.samplePaths(ts, 50, seed);
        expect(result.samplePaths(ts, 50, seed)).toEqual(paths);
        expect(paths).toHaveLength(ts.length);
        for (const at of paths) {
          expect(at).toHaveLength(50);
          for (const v of at) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
