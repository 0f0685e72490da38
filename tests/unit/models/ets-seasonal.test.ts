import { describe, expect, it } from 'vitest';
import { etsMean, etsVariances } from '../../../src/engine/models/ets/forecast.ts';
import { etsAicc, seasonalEtsAicc } from '../../../src/engine/models/ets/models.ts';
import { fitSeasonalMembers, seasonalCount, seasonalFamily, seasonalMember } from '../../../src/engine/models/ets/seasonal.ts';
import { candidateModels } from '../../../src/engine/models/registry.ts';
import { makeTransform } from '../../../src/engine/models/transform.ts';

// R's USAccDeaths (monthly US accidental deaths, 1973-1978), an example series of R's datasets package.
const DEATHS = [
  9007, 8106, 8928, 9137, 10017, 10826, 11317, 10744, 9713, 9938, 9161, 8927, 7750, 6981, 8038, 8422, 8714, 9512, 10120, 9823, 8743, 9129,
  8710, 8680, 8162, 7306, 8124, 7870, 9387, 9556, 10093, 9620, 8285, 8466, 8160, 8034, 7717, 7461, 7767, 7925, 8623, 8945, 10078, 9179,
  8037, 8488, 7874, 8647, 7792, 6957, 7726, 8106, 8890, 9299, 10625, 9302, 8314, 8850, 8265, 8796, 7836, 6892, 7791, 8192, 9115, 9434,
  10484, 9827, 9110, 9070, 8633, 9240,
];
const Z975 = 1.959964;
const HORIZONS = [1, 2, 12, 13, 14];

describe('seasonal ETS known answers (R forecast 8.20: ets(USAccDeaths, alpha = 0.5, gamma = 0.1, ...), initial states estimated)', () => {
  // [model, beta, phi, R's -2 loglik, R's means at HORIZONS, R's upper 95% at h = 1, 2, 13, 14]
  const cases = [
    [
      'A',
      'N',
      0,
      1,
      1110.139901,
      [8279.866718, 7516.573119, 9100.800491, 8279.866718, 7516.573119],
      [8853.510984, 8157.926907, 9442.82348, 8714.377513],
    ],
    [
      'A',
      'A',
      0.1,
      1,
      1116.728921,
      [8360.083873, 7666.68784, 9783.061598, 9014.137135, 8320.741101],
      [8971.215402, 8379.383549, 11653.348107, 11180.026923],
    ],
    [
      'A',
      'Ad',
      0.1,
      0.9,
      1113.265579,
      [8309.3356, 7604.509706, 9399.668696, 8563.198679, 7832.986477],
      [8911.343442, 8303.487217, 10619.068801, 10006.406622],
    ],
    [
      'M',
      'N',
      0,
      1,
      1113.376807,
      [8308.472329, 7544.958243, 9107.710072, 8308.472329, 7544.958243],
      [8865.165675, 8122.13551, 9517.509709, 8766.204606],
    ],
    [
      'M',
      'Ad',
      0.1,
      0.9,
      1117.60494,
      [8351.520794, 7636.959392, 9415.563765, 8615.248502, 7874.31433],
      [8944.337332, 8282.219413, 10833.04697, 10206.13023],
    ],
  ] as const;

  for (const [error, trend, beta, phi, lik, means, uppers] of cases) {
    it(`ETS(${error},${trend},A): initial states at least as likely as ets() finds, the same forecasts and intervals`, () => {
      const fit = seasonalMember(DEATHS, 12, { error, trend }, { alpha: 0.5, beta, gamma: 0.1, phi })!;
      // Least squares gives the exact best start (additive error); ets() searches it with Nelder-Mead.
      expect(fit.lik).toBeLessThan(lik + 1e-6);
      expect(fit.lik).toBeGreaterThan(lik - 1);
      HORIZONS.forEach((h, i) => expect(etsMean(fit, h) / means[i]!).toBeCloseTo(1, 2));
      const v = etsVariances(fit, 14);
      [1, 2, 13, 14].forEach((h, i) => {
        const upper = etsMean(fit, h) + Z975 * Math.sqrt(v[h - 1]!);
        expect(upper / uppers[i]!, `h = ${h}`).toBeCloseTo(1, 2);
      });
    });
  }

  it('forecast variance of ETS(A,N,A) follows the closed form sigma2 [1 + alpha^2 (h - 1) + gamma (2 alpha + gamma) floor((h - 1) / m)]', () => {
    // Hyndman & Athanasopoulos, Forecasting: Principles and Practice (3rd ed.), table 8.8. R 8.20's
    // class1() puts gamma into c_(m-1) instead of c_m, so at h = m exactly its interval is wider.
    const fit = seasonalMember(DEATHS, 12, { error: 'A', trend: 'N' }, { alpha: 0.5, beta: 0, gamma: 0.1, phi: 1 })!;
    const v = etsVariances(fit, 26);
    for (const h of [1, 5, 12, 13, 24, 25, 26]) {
      const closed = fit.sigma2 * (1 + 0.25 * (h - 1) + 0.1 * 1.1 * Math.floor((h - 1) / 12));
      expect(v[h - 1]! / closed, `h = ${h}`).toBeCloseTo(1, 10);
    }
  });

  it('selection by AICc does at least as well as ets(USAccDeaths) (R: ETS(A,N,A), AICc 1148.716)', () => {
    const fits = fitSeasonalMembers(DEATHS, 12, seasonalFamily(DEATHS, 12, false));
    const best = fits.reduce((a, b) => (b.aicc < a.aicc ? b : a));
    expect(best.aicc).toBeLessThan(1148.716 + 1e-3);
    for (const f of fits) {
      expect(f.beta).toBeLessThanOrEqual(f.alpha);
      expect(f.season!.gamma).toBeLessThanOrEqual(1 - f.alpha + 1e-12);
      expect(f.phi).toBeLessThanOrEqual(f.spec.trend === 'Ad' ? 0.98 : 1);
    }
  });
});

/** Quarterly times from 2000. */
const quarters = (n: number) => Array.from({ length: n }, (_, i) => 2000 + (i + 1) / 4);
const PATTERN = [6, -2, -7, 3];

describe('seasonal ETS properties', () => {
  it('recovers a noiseless ETS(A,A,A) path: its season, slope and forecasts', () => {
    const y = quarters(40).map((_, i) => 50 + 0.8 * i + PATTERN[i % 4]!);
    const fit = seasonalMember(y, 4, { error: 'A', trend: 'A' }, { alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 1 })!;
    expect(fit.sigma2).toBeLessThan(1e-12);
    expect(fit.trend).toBeCloseTo(0.8, 8);
    for (let h = 1; h <= 12; h++) expect(etsMean(fit, h)).toBeCloseTo(50 + 0.8 * (39 + h) + PATTERN[(39 + h) % 4]!, 6);
  });

  it('forecasts repeat the season: without a trend, whole seasons apart they are equal', () => {
    const y = quarters(32).map((_, i) => 20 + PATTERN[i % 4]! + Math.sin(i * 1.7));
    const model = seasonalEtsAicc(4);
    const fit = model.fit({ t: quarters(32), y }, { step: 0.25, transform: makeTransform('real', y) });
    const last = 2000 + 32 / 4;
    const ahead = (h: number) => fit.point(last + h / 4);
    const swing = Math.max(...[1, 2, 3, 4].map(ahead)) - Math.min(...[1, 2, 3, 4].map(ahead));
    expect(swing).toBeGreaterThan(10); // the pattern's range is 13
    if (fit.params.trend === 0) for (let h = 1; h <= 4; h++) expect(ahead(h + 4)).toBeCloseTo(ahead(h), 8);
    else for (let h = 1; h <= 4; h++) expect(ahead(h + 8) - ahead(h + 4)).toBeCloseTo(ahead(h + 4) - ahead(h), 6);
  });

  it('AICc prefers the seasonal model on a seasonal series and the non-seasonal one on white noise', () => {
    // A deterministic pseudo-random sequence (a linear congruential generator), so the test is fixed.
    let state = 12345;
    const noise = () => {
      state = (1103515245 * state + 12345) % 2 ** 31;
      return state / 2 ** 31 - 0.5;
    };
    const t = quarters(48);
    const seasonal = t.map((_, i) => 100 + PATTERN[i % 4]! + 2 * noise());
    const white = t.map(() => 100 + 4 * noise());
    const context = (y: number[]) => ({ step: 0.25, transform: makeTransform('real', y) });
    const aicc = (model: typeof etsAicc, y: number[]) => model.fit({ t, y }, context(y)).params.aicc!;
    expect(aicc(seasonalEtsAicc(4), seasonal)).toBeLessThan(aicc(etsAicc, seasonal) - 10);
    expect(aicc(seasonalEtsAicc(4), white)).toBeGreaterThan(aicc(etsAicc, white));
  });

  it('members need more than four observations beyond their estimated quantities, as in ets()', () => {
    expect(seasonalCount('Ad', 4)).toBe(9);
    const y = Array.from({ length: 14 }, (_, i) => 10 + i);
    const names = (n: number) => seasonalFamily(y.slice(0, n), 4, true).map((s) => s.trend);
    expect(names(10)).toEqual([]);
    expect(names(11)).toEqual(['N']);
    expect(names(13)).toEqual(['N', 'A']);
    expect(names(14)).toEqual(['N', 'A', 'Ad']);
    expect(seasonalFamily([...y, 0], 4, false).every((s) => s.error === 'A')).toBe(true);
  });

  it('is a candidate for quarterly data, not for monthly ones (its cost there, see registry.ts)', () => {
    const transform = makeTransform('count', [1, 2]);
    expect(candidateModels(40, transform, 4, 80).map((m) => m.name)).toContain('seasonal ets (AICc)');
    expect(candidateModels(40, transform, 12, 80).map((m) => m.name)).not.toContain('seasonal ets (AICc)');
    expect(candidateModels(40, transform, 1, 80).map((m) => m.name)).not.toContain('seasonal ets (AICc)');
  });
});
