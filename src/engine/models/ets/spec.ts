// The exponential-smoothing (ETS) family of Hyndman, Koehler, Ord & Snyder (2008), as R's
// forecast::ets() searches it for non-seasonal data: additive or multiplicative error, and no,
// additive or damped additive trend (ets() leaves multiplicative trends out by default, and so do
// we). Seasonal data reach these models seasonally adjusted (models/seasonal.ts), as the engine
// treats every model, which is the stlf / MSTL-with-ETS approach.

export type ErrorType = 'A' | 'M';
export type TrendType = 'N' | 'A' | 'Ad';

export interface EtsSpec {
  readonly error: ErrorType;
  readonly trend: TrendType;
}

const ALL_SPECS: readonly EtsSpec[] = (['A', 'M'] as const).flatMap((error) =>
  (['N', 'A', 'Ad'] as const).map((trend) => ({ error, trend })),
);

/**
 * Estimated quantities without sigma, as ets() counts them: alpha and the initial level, plus
 * beta and the initial trend with a trend, plus phi when damped.
 */
export function estimatedCount({ trend }: EtsSpec): number {
  return 2 + (trend === 'N' ? 0 : 2) + (trend === 'Ad' ? 1 : 0);
}

/**
 * The members ets() tries: multiplicative error only for strictly positive data seen on their own
 * scale (`additiveOnly` on a log or logit scale, as ets() does on Box-Cox transformed data), and
 * only models with more than four observations beyond their estimated quantities (ets() does not
 * optimise smaller fits).
 */
export function familyFor(y: readonly number[], additiveOnly: boolean): EtsSpec[] {
  const multiplicative = !additiveOnly && y.every((v) => v > 0);
  return ALL_SPECS.filter((spec) => (multiplicative || spec.error === 'A') && y.length > estimatedCount(spec) + 4);
}
