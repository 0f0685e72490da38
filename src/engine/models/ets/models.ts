// The ETS candidates: "ets (AICc)", the member of the family (spec.ts) with the smallest AICc, as
// ets() selects it, and undamped Holt, ETS(A,A,N) on its own: the one trend model that neither
// damps nor averages (theta halves its slope), for steady trends the backtest can confirm; and for
// quarterly data "seasonal ets (AICc)", the additive-seasonal members (seasonal.ts).

import { stepGaps, stepsAhead } from '../steps.ts';
import type { FitContext, FittedModel, ModelDefinition, Series } from '../types.ts';
import { fitMembers, type EtsFit } from './fit.ts';
import { etsMean, etsVariances } from './forecast.ts';
import { fitSeasonalMembers, seasonalCount, seasonalFamily } from './seasonal.ts';
import { estimatedCount, familyFor, type EtsSpec } from './spec.ts';

/** The fitted member with the smallest AICc, or null when none could be fitted. */
function selectByAicc(series: Series, step: number, specs: readonly EtsSpec[]): EtsFit | null {
  let best: EtsFit | null = null;
  for (const fit of fitMembers(series.y, stepGaps(series.t, step), specs)) if (!best || fit.aicc < best.aicc) best = fit;
  return best;
}

function fitted(fit: EtsFit, lastT: number, step: number): FittedModel {
  let variances: Float64Array = new Float64Array(0);
  return {
    point: (at) => etsMean(fit, Math.max(0, stepsAhead(at, lastT, step))),
    sd: (at) => {
      const h = stepsAhead(at, lastT, step);
      if (h <= 0) return 0;
      const k = Math.ceil(h);
      if (variances.length < k) variances = etsVariances(fit, Math.max(k, 2 * variances.length));
      return Math.sqrt(Math.max(0, variances[k - 1]!));
    },
    params: {
      alpha: fit.alpha,
      beta: fit.beta,
      phi: fit.phi,
      trend: fit.trend / step,
      multiplicativeError: fit.spec.error === 'M' ? 1 : 0,
      aicc: fit.aicc,
    },
  };
}

function etsModel(name: string, specsFor: (y: readonly number[], context: FitContext) => EtsSpec[], minPoints: number): ModelDefinition {
  return {
    name,
    minPoints,
    fit(series, context) {
      const { step } = context;
      const best = selectByAicc(series, step, specsFor(series.y, context));
      if (!best) throw new RangeError(`${name}: no member could be fitted`);
      return fitted(best, series.t[series.t.length - 1]!, step);
    },
  };
}

const HOLT: EtsSpec = { error: 'A', trend: 'A' };

export const etsAicc = etsModel(
  'ets (AICc)',
  (y, { transform }) => familyFor(y, transform.kind !== 'identity'),
  estimatedCount({ error: 'A', trend: 'N' }) + 5,
);
export const holt = etsModel('holt', () => [HOLT], estimatedCount(HOLT) + 5);

/**
 * The additive-seasonal members of ets() (seasonal.ts) on the unadjusted series of period m
 * (regularly spaced), the smallest AICc of them. The non-seasonal members are candidates already,
 * on the seasonally adjusted series ("ets (AICc)"); fitting them here too, on the unadjusted
 * series, as ets() does, left the panel's MASE the same.
 */
export function seasonalEtsAicc(period: number): ModelDefinition {
  const name = 'seasonal ets (AICc)';
  return {
    name,
    minPoints: seasonalCount('N', period) + 5,
    fit(series, context) {
      if (stepGaps(series.t, context.step).some((d) => d !== 1)) throw new RangeError(`${name}: needs regularly spaced data`);
      const additiveOnly = context.transform.kind !== 'identity';
      let best: EtsFit | null = null;
      for (const fit of fitSeasonalMembers(series.y, period, seasonalFamily(series.y, period, additiveOnly))) {
        if (!best || fit.aicc < best.aicc) best = fit;
      }
      if (!best) throw new RangeError(`${name}: no member could be fitted`);
      return fitted(best, series.t[series.t.length - 1]!, context.step);
    },
  };
}
