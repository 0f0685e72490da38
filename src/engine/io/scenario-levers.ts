// Lever values and distributions in a scenario file, checked against the lever catalogue: every
// key a known lever id, every number inside that lever's [min, max].
import { z } from 'zod';
import { LEVERS, leverById, type LeverDistribution, type LeverSet, type LeverSpec, type LeverValues } from '../scenario/levers.ts';
import { issue, type ValidationIssue } from './issues.ts';
import { msg, type Message } from '../messages.ts';
import { keyedIssue, notANumberMessage, unknownIdMessage } from './scenario-messages.ts';

export const LEVER_IDS: readonly string[] = LEVERS.map((l) => l.id);

export function unknownLeverMessage(id: string): Message {
  return unknownIdMessage('unknownLever', id, LEVER_IDS);
}

/** A lever id (in a cell's list), with the same message as a lever key. */
export const leverIdSchema = z.string().superRefine((id, ctx) => {
  if (!leverById(id)) ctx.addIssue(keyedIssue(unknownLeverMessage(id)));
});

type Ctx = z.RefinementCtx;

/** The range check, with the exact wording files are documented to produce. */
function checkInRange(def: LeverSpec, value: unknown, path: PropertyKey[], ctx: Ctx): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    ctx.addIssue(keyedIssue(notANumberMessage(value), path));
    return false;
  }
  if (value < def.min || value > def.max) {
    ctx.addIssue(keyedIssue(msg('between', { min: def.min, max: def.max, got: value }), path));
    return false;
  }
  return true;
}

/**
 * A record keyed by lever id. Keys and values are checked in one pass over `unknown` values so
 * an unknown lever is reported even when another value has the wrong type.
 */
function leverRecord<T>(typed: z.ZodType<T>, checkValue: (def: LeverSpec, value: unknown, path: PropertyKey[], ctx: Ctx) => void) {
  return z
    .record(z.string(), z.unknown())
    .superRefine((record, ctx) => {
      for (const [id, value] of Object.entries(record)) {
        const def = leverById(id);
        if (def) checkValue(def, value, [id], ctx);
        else ctx.addIssue(keyedIssue(unknownLeverMessage(id), [id]));
      }
    })
    .pipe(z.record(z.string(), typed));
}

/** Lever id -> value; by convention only the levers that differ from their defaults. */
export const leverValuesSchema: z.ZodType<LeverValues, unknown> = leverRecord(z.number(), (def, value, path, ctx) => {
  checkInRange(def, value, path, ctx);
});

const distributionShape = z.strictObject({ low: z.number(), mid: z.number(), high: z.number() });

/**
 * Lever id -> {low, mid, high}: any lever may be made uncertain, not only those with a catalogue
 * distribution (a planner may be unsure of next year's base salary). low <= mid <= high, all in range.
 */
export const leverDistributionsSchema: z.ZodType<Record<string, LeverDistribution>, unknown> = leverRecord(
  distributionShape,
  (def, value, path, ctx) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      ctx.addIssue(keyedIssue(msg('distributionObject'), path));
      return;
    }
    const d = value as Record<string, unknown>;
    for (const key of Object.keys(d)) {
      if (key !== 'low' && key !== 'mid' && key !== 'high') ctx.addIssue(keyedIssue(msg('unknownField'), [...path, key]));
    }
    const inRange = (['low', 'mid', 'high'] as const).map((k) => checkInRange(def, d[k], [...path, k], ctx));
    if (!inRange.every(Boolean)) return;
    const { low, mid, high } = d as unknown as LeverDistribution;
    if (!(low <= mid && mid <= high)) {
      ctx.addIssue(keyedIssue(msg('distributionOrder', { low, mid, high }), path));
    }
  },
);

/**
 * A distribution's mid must be the lever's value. For a lever the file does not set that is the
 * region's default, which the file schema cannot know: the engine checks it with its lever set
 * (`at`: the path of a variant's, "variants[1].").
 */
export function checkDefaultMids(
  scenario: { levers: LeverValues; distributions: Readonly<Record<string, LeverDistribution>> },
  levers: LeverSet,
  at = '',
): ValidationIssue[] {
  return Object.entries(scenario.distributions).flatMap(([id, d]) => {
    const def = levers.byId(id);
    if (!def || Object.hasOwn(scenario.levers, id) || d.mid === def.default) return [];
    const text = msg('distributionMid', { whose: msg('itsDefault'), value: String(def.default), got: d.mid });
    return [issue(`${at}distributions.${id}.mid`, text)];
  });
}
