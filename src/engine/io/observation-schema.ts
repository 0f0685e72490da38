// The data model every figure goes through: the embedded Hanoi dataset and users' files
// are validated by these same schemas (zod: declarative, typed, with JSON paths in its errors).
import { z } from 'zod';
import { msg } from '../messages.ts';
import { isIsoDate } from '../time.ts';
import { MAX_DATE, MIN_DATE } from './limits.ts';
import { keyed, keyedIssue } from './scenario-messages.ts';

export const UNITS = ['people', 'percent', 'VND billion', 'cases'] as const;
export type Unit = (typeof UNITS)[number];

/**
 * stock: a level at a date (participants on 30 June);
 * ytd-flow: an amount accumulated from 1 January to the as-of date (revenue Jan..Sep);
 * share: a ratio in percent of an explicit denominator.
 */
export const KINDS = ['stock', 'ytd-flow', 'share'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * What a share is a share of. The reports mix denominators (resident vs registered population,
 * two different "working-age labour force" bases), so the denominator is part of the data.
 * 'informal-workforce' is the voluntary SI share's base: farmers and informal-sector workers of
 * working age (Hanoi's Plan No. 20/KH-UBND, 2021), about 3.2 million against 4.7 million.
 */
export const DENOMINATORS = [
  'population',
  'registered-population',
  'working-age-labour-force',
  'informal-workforce',
  'labour-force',
  'plan',
  'amount-due',
  'payments',
] as const;
export type Denominator = (typeof DENOMINATORS)[number];

/**
 * A region is a name the dataset gives (a province, a district, the country): letters in any
 * script, digits, spaces and . ' - only, so a region is never markup or a formula.
 */
export type Region = string;
export const REGION_PATTERN = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .'-]{0,79}$/u;
export const regionSchema = z.string().refine((region) => REGION_PATTERN.test(region), keyed(msg('regionName')));

/** How the report qualified the figure: "over 1.6 million" is a lower bound, "nearly 48%" an upper one. */
export const QUALIFIERS = ['exact', 'about', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Rules by which a figure the reports imply (but do not state) is computed from a stated one. */
export const DERIVATION_METHODS = [
  'subtract', // base - by: last year's level from a stated increase
  'add', // base + by: last year's level from a stated decrease
  'divide-by-percent', // base / (by / 100): a plan from "x is by% of plan"
  'divide-by-growth', // base / (1 + by / 100): last year's level from a stated % increase
] as const;
export type DerivationMethod = (typeof DERIVATION_METHODS)[number];

export { MAX_DATE, MIN_DATE } from './limits.ts';

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, keyed(msg('dateReal')))
  .refine((d) => d >= MIN_DATE && d <= MAX_DATE, keyed(msg('dateBetween', { min: MIN_DATE, max: MAX_DATE })));

const finiteNumber = z.number().refine(Number.isFinite, keyed(msg('finite')));
const notNegative = finiteNumber.superRefine((v, ctx) => {
  if (v < 0) ctx.addIssue(keyedIssue(msg('notNegative', { got: v })));
});

export const sourceSchema = z.strictObject({
  /** Seed file name, or another document's name for figures from outside the seeds. */
  document: z.string().min(1).max(200),
  /** The sentence the figure came from, verbatim. */
  quote: z.string().min(1).max(2000),
  /** 'seed' for the shipped reports, 'user' for a user's edit or import, 'reference' for law and plans. */
  origin: z.enum(['seed', 'user', 'reference']),
  /** For an imported figure: where in the file it was read ("Sheet1!C7", "file.csv:7"). */
  place: z.string().min(1).max(300).optional(),
  /** When the figure was imported or edited. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const derivationSchema = z.strictObject({
  method: z.enum(DERIVATION_METHODS),
  /** Id of the stated observation the value is derived from. */
  base: z.string().min(1),
  by: finiteNumber,
  /** Decimal places the result is rounded to (the precision of the stated figures). */
  decimals: z.number().int().min(0).max(6),
  /** The rule in words, shown to users. */
  rule: z.string().min(1).max(500),
});
export type Derivation = z.infer<typeof derivationSchema>;

const ID = /^[a-z0-9][a-z0-9.\-]*$/;
const idSchema = z
  .string()
  .refine((id) => ID.test(id), keyed(msg('idFormat')))
  .max(120);

export const observationSchema = z
  .strictObject({
    id: idSchema,
    metric: idSchema,
    region: regionSchema,
    asOf: isoDateSchema,
    value: notNegative,
    unit: z.enum(UNITS),
    kind: z.enum(KINDS),
    denominator: z.enum(DENOMINATORS).optional(),
    qualifier: z.enum(QUALIFIERS),
    source: sourceSchema,
    derived: derivationSchema.optional(),
    notes: z.string().max(2000).optional(),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'share') {
      if (o.unit !== 'percent') {
        ctx.addIssue(keyedIssue(msg('sharePercent'), ['unit']));
      }
      if (!o.denominator) {
        ctx.addIssue(keyedIssue(msg('shareDenominator'), ['denominator']));
      }
      // Progress against a plan can exceed 100% (105% of the revenue plan); a share of a
      // population cannot.
      if (o.denominator !== 'plan' && o.value > 100) {
        const denominator = o.denominator ?? msg('aDenominator');
        ctx.addIssue(keyedIssue(msg('shareAtMost100', { denominator, got: o.value }), ['value']));
      }
    } else if (o.denominator) {
      ctx.addIssue(keyedIssue(msg('denominatorNotShare', { kind: o.kind }), ['denominator']));
    }
    if (o.unit === 'percent' && o.kind !== 'share') {
      ctx.addIssue(keyedIssue(msg('percentKind'), ['kind']));
    }
  });
export type Observation = z.infer<typeof observationSchema>;

export const targetSchema = z
  .strictObject({
    id: idSchema,
    metric: idSchema,
    region: regionSchema,
    /** The date by which the value is to be reached (31 December of the plan year). */
    deadline: isoDateSchema,
    value: notNegative,
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    source: sourceSchema,
    derived: derivationSchema.optional(),
    notes: z.string().max(2000).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.unit === 'percent' && t.value > 100) {
      ctx.addIssue(keyedIssue(msg('percentTargetAtMost100', { got: t.value }), ['value']));
    }
  });
export type Target = z.infer<typeof targetSchema>;
