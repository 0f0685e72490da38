// The scenario file, version 3: what a planner saves and shares. The embedded dataset is stored
// by reference, with only the user's edits; lever values only where they differ from the defaults.
// `levers` and `distributions` are the ones the notebook runs now; `variants` are its named lever
// sets (the base case first, then any alternatives, as in a spreadsheet's scenario manager), and
// `activeVariant` the one the levers were last switched to or saved as.
//
// Monte Carlo semantics of levers and distributions (for the engine):
// - a lever in `distributions` is drawn from that triangle; its `mid` must equal the lever's value
//   (`levers[id]`, or the default when unset), so the point run and the median assumption agree;
// - otherwise the effect-size assumptions (take-up response, elasticity, the poor / near-poor mix)
//   are drawn from the catalogue's distribution shifted to their value, and every other lever is
//   fixed (src/engine/scenario/monte-carlo.ts);
// - a variant's levers and distributions replace the notebook's when it runs, on the same data
//   and paths.
import { z } from 'zod';
import { isIsoDate, toDecimalYear } from '../time.ts';
import { msg } from '../messages.ts';
import { isoDateSchema, observationSchema, regionSchema, targetSchema } from './observation-schema.ts';
import { ownMetricSchema } from './own-metrics.ts';
import { cellSchema } from './scenario-cells.ts';
import { leverDistributionsSchema, leverValuesSchema } from './scenario-levers.ts';
import { formatPath } from './issues.ts';
import { keyed, keyedIssue } from './scenario-messages.ts';
import { SCENARIO_FORMAT, SCENARIO_LIMITS, SCENARIO_VERSION } from './scenario-limits.ts';

export { SCENARIO_FORMAT, SCENARIO_LIMITS, SCENARIO_VERSION } from './scenario-limits.ts';

const L = SCENARIO_LIMITS;
const DATASET_ID = /^[a-z0-9][a-z0-9.-]{0,63}$/;

// Its message is the key dateTime, by the issue's format (scenario-messages.ts).
const dateTime = z.iso.datetime({ offset: true });

export const scenarioDataSchema = z.strictObject({
  /**
   * The id of a dataset this targetcast embeds (the shipped figures plus the edits below), or
   * "none" (only the records below). Which ids exist is the engine's input, checked after parsing.
   */
  base: z.string().refine((id) => DATASET_ID.test(id), keyed(msg('datasetId'))),
  /** The region the notebook answers for; absent: the embedded dataset's, or the one its records name most. */
  region: regionSchema.optional(),
  /** Metrics of the user's own (from an import), beside the engine's catalogue. */
  metrics: z.array(ownMetricSchema).max(L.maxOwnMetrics).optional(),
  /** Added or edited observations: one with the id of an embedded record replaces it. */
  observations: z.array(observationSchema).max(L.maxObservations).default([]),
  targets: z.array(targetSchema).max(L.maxTargets).default([]),
  /** Ids of embedded observations or targets the user removed. */
  removed: z.array(z.string().min(1).max(120)).max(L.maxRemoved).default([]),
});

export const monteCarloSchema = z.strictObject({
  paths: z.int().min(L.minPaths).max(L.maxPaths).default(L.defaultPaths),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1),
});

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A named lever set of the notebook: its levers and distributions, on the notebook's data. */
export const variantSchema = z.strictObject({
  id: z.string().refine((id) => ID.test(id), keyed(msg('cellIdFormat'))),
  /** Absent: the base case (first) or a numbered variant, named in the reader's language. */
  name: z.string().min(1).max(L.maxName).optional(),
  levers: leverValuesSchema.default({}),
  distributions: leverDistributionsSchema.default({}),
});

export const scenarioSchema = z
  .strictObject({
    format: z.literal(SCENARIO_FORMAT),
    version: z.literal(SCENARIO_VERSION),
    title: z.string().min(1).max(L.maxTitle),
    description: z.string().max(L.maxDescription).default(''),
    author: z.string().max(L.maxAuthor).default(''),
    created: dateTime.optional(),
    modified: dateTime.optional(),
    /** Absent: the embedded dataset with no edits (filled in by the reader, which knows its id). */
    data: scenarioDataSchema.optional(),
    /** The date the lever changes take effect. */
    leversFrom: isoDateSchema,
    /** The last date simulated. */
    horizon: isoDateSchema,
    levers: leverValuesSchema.default({}),
    distributions: leverDistributionsSchema.default({}),
    monteCarlo: monteCarloSchema,
    cells: z.array(cellSchema).max(L.maxCells).default([]),
    /** The variant the levers belong to; absent: the first. */
    activeVariant: z.string().min(1).max(64).optional(),
    /** Absent: one base case holding the levers (filled in by the reader). */
    variants: z.array(variantSchema).min(1).max(L.maxVariants).optional(),
  })
  .superRefine((s, ctx) => {
    checkHorizon(s, ctx);
    checkDistributionMids(s, [], ctx);
    if (Array.isArray(s.variants)) s.variants.forEach((v, i) => isRecord(v) && checkDistributionMids(v, ['variants', i], ctx));
  });

// Zod runs these checks even when a field failed (its issues do not abort), so they see the raw
// values and must not trust their types: anything unexpected is left to the field's own message.
type Raw = { leversFrom: unknown; horizon: unknown };
type RawLevers = { levers?: unknown; distributions?: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && isIsoDate(v);

function checkHorizon(s: Raw, ctx: z.RefinementCtx): void {
  if (!isDate(s.horizon) || !isDate(s.leversFrom)) return;
  if (s.horizon <= s.leversFrom) {
    ctx.addIssue(keyedIssue(msg('horizonAfter', { from: s.leversFrom, got: s.horizon }), ['horizon']));
  } else if (toDecimalYear(s.horizon) - toDecimalYear(s.leversFrom) > L.maxHorizonYears) {
    ctx.addIssue(keyedIssue(msg('horizonAtMost', { years: L.maxHorizonYears, from: s.leversFrom }), ['horizon']));
  }
}

/**
 * The triangle's mode is the lever's point value, so the point run and the median assumption
 * agree: the notebook's levers (`at` []) and each variant's (`at` ['variants', i]).
 */
function checkDistributionMids(s: RawLevers, at: PropertyKey[], ctx: z.RefinementCtx): void {
  const levers = s.levers ?? {};
  if (!isRecord(s.distributions) || !isRecord(levers)) return;
  for (const [id, d] of Object.entries(s.distributions)) {
    // An unset lever's default is the region's: the engine checks that case (checkDefaultMids).
    if (!isRecord(d) || typeof d.mid !== 'number' || !Object.hasOwn(levers, id)) continue;
    const value = levers[id];
    const whose = formatPath([...at, 'levers', id]);
    if (d.mid !== value)
      ctx.addIssue(keyedIssue(msg('distributionMid', { whose, value: String(value), got: d.mid }), [...at, 'distributions', id, 'mid']));
  }
}

export type ScenarioData = z.output<typeof scenarioDataSchema>;
export type Variant = z.output<typeof variantSchema>;
/** A checked scenario: what a file may leave out (data, variants) filled in by the reader. */
export type Scenario = Omit<z.output<typeof scenarioSchema>, 'data' | 'variants' | 'activeVariant'> & {
  data: ScenarioData;
  variants: Variant[];
  activeVariant: string;
};
/** What a file may omit: the fields with defaults. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type MonteCarloSettings = Scenario['monteCarlo'];
