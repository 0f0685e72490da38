// The one list of models: every model by name, and when the automatic forecaster tries it.
// Adding a model: its file in this folder and one entry below (plus its known-answer test).

import { additive } from './additive.ts';
import { dampedTrend } from './damped-trend.ts';
import { drift } from './drift.ts';
import { etsAicc, holt, seasonalEtsAicc } from './ets/models.ts';
import { exponential } from './exponential.ts';
import { gompertz } from './gompertz.ts';
import { linear } from './linear.ts';
import { logistic } from './logistic.ts';
import { naive } from './naive.ts';
import { polynomial } from './polynomial.ts';
import { power } from './power.ts';
import { seasonalNaive, seasonallyAdjusted } from './seasonal.ts';
import { simpleSmoothing } from './ses.ts';
import { theta } from './theta.ts';
import type { Transform } from './transform.ts';
import type { ModelDefinition } from './types.ts';

/** The saturation curves (logistic, Gompertz) join the candidates once the series has reached this share of its cap. */
export const SATURATION_REACH = 0.5;

/** Series this short only get the robust baselines: too few points to choose among curves. */
export const SHORT_SERIES = 5;

/** From this many points the backtest alone chooses the combination (forecast/auto.ts). */
export const LONG_SERIES = 40;

/** The candidate chosen by an information criterion within its family, not by the backtest. */
export const INFORMATION_CRITERION_CHOICE = etsAicc.name;

/**
 * The seasonal ETS family (ets/seasonal.ts) is a candidate up to this period: quarterly data.
 * Each of its evaluations solves for m + 1 or m + 2 initial states, so on monthly data it costs
 * about 2.5 ms a fit (60 points), and the backtest's seven fits took a 60-point monthly forecast
 * from 3.5 to 21 ms, for a panel monthly MASE of 1.560 against 1.562 without it (bench/README.md).
 */
export const MAX_SEASONAL_ETS_PERIOD = 4;

/** What decides whether a model is a candidate for a series. */
export interface SeriesTraits {
  /** SHORT_SERIES points or fewer. */
  short: boolean;
  /** Fitted on the logit scale (a share with a cap). */
  capped: boolean;
  /** Fitted on a log or logit scale, so the original scale is a different one. */
  transformed: boolean;
  /** Capped, and the data have reached SATURATION_REACH of the cap (a saturation curve is identifiable). */
  nearCap: boolean;
}

type Rule = (s: SeriesTraits) => boolean;

export interface RegisteredModel {
  readonly model: ModelDefinition;
  /**
   * 'fitting': a level or trend model on the fitting scale (growth rates for counts, logits for
   * shares), whose original-scale form is its additive variant. 'original': a growth curve fitted
   * to the original values already, so it has only that form.
   */
  readonly definedOn: 'fitting' | 'original';
  /** When it is a candidate in its fitting-scale form ('fitting' models only). */
  readonly onFittingScale?: Rule;
  /** When it is a candidate on the original scale (the additive variant, or the curve itself). */
  readonly onOriginalScale?: Rule;
}

const always: Rule = () => true;
const long: Rule = (s) => !s.short;

/**
 * In the order candidates are tried: backtest ties keep this order, so it is part of the results.
 * The linear trend on a log scale is the exponential curve, so on the fitting scale it is offered
 * only for shares (where it is a logistic approach to the cap) and for short series.
 */
export const REGISTRY: readonly RegisteredModel[] = [
  { model: naive, definedOn: 'fitting', onFittingScale: always },
  { model: simpleSmoothing, definedOn: 'fitting', onFittingScale: long },
  { model: drift, definedOn: 'fitting', onFittingScale: always, onOriginalScale: (s) => s.short || s.transformed },
  { model: theta, definedOn: 'fitting', onFittingScale: long, onOriginalScale: (s) => !s.short && s.transformed },
  { model: dampedTrend, definedOn: 'fitting', onFittingScale: long, onOriginalScale: (s) => !s.short && s.transformed },
  { model: etsAicc, definedOn: 'fitting', onFittingScale: long },
  { model: holt, definedOn: 'fitting', onFittingScale: long },
  { model: linear, definedOn: 'fitting', onFittingScale: (s) => s.short || s.capped, onOriginalScale: long },
  { model: polynomial, definedOn: 'fitting', onOriginalScale: long },
  { model: exponential, definedOn: 'original', onOriginalScale: long },
  { model: power, definedOn: 'original', onOriginalScale: long },
  { model: logistic, definedOn: 'original', onOriginalScale: (s) => !s.short && s.nearCap },
  { model: gompertz, definedOn: 'original', onOriginalScale: (s) => !s.short && s.nearCap },
];

/** Every model by itself (what `fitModel` accepts by name). */
export const MODELS: readonly ModelDefinition[] = REGISTRY.map((r) => r.model);

export function modelNamed(name: string): ModelDefinition {
  const model = MODELS.find((m) => m.name === name);
  if (!model) throw new RangeError(`unknown model "${name}"; known: ${MODELS.map((m) => m.name).join(', ')}`);
  return model;
}

/**
 * Candidates for a series of n points: the registry's fitting-scale forms, then its
 * original-scale forms, each in registry order, that the series' traits admit and that it has
 * enough points for. With a seasonal period (series longer than SHORT_SERIES), every model
 * forecasts the seasonally adjusted series, and seasonal naive and (up to MAX_SEASONAL_ETS_PERIOD)
 * the seasonal ETS family, on the unadjusted series, join.
 */
export function candidateModels(n: number, transform: Transform, period: number, peak: number): ModelDefinition[] {
  const capped = transform.kind === 'logit';
  const traits: SeriesTraits = {
    short: n <= SHORT_SERIES,
    capped,
    transformed: transform.kind !== 'identity',
    nearCap: capped && peak >= SATURATION_REACH * transform.upper,
  };
  const fittingScale = REGISTRY.filter((r) => r.onFittingScale?.(traits)).map((r) => r.model);
  const originalScale = REGISTRY.filter((r) => r.onOriginalScale?.(traits)).map((r) =>
    r.definedOn === 'fitting' ? additive(r.model) : r.model,
  );
  const all = [...fittingScale, ...originalScale].filter((m) => m.minPoints <= n);
  if (traits.short || period < 2) return all;
  const seasonal = period <= MAX_SEASONAL_ETS_PERIOD ? seasonalEtsAicc(period) : null;
  return [
    ...all.map((m) => seasonallyAdjusted(m, period)),
    seasonalNaive(period),
    ...(seasonal && seasonal.minPoints <= n ? [seasonal] : []),
  ];
}
