// The notebook's cells as stored in a scenario file: a union on `type`. The notebook issue adds
// fields and cell types here; an unknown type is an error that names the cell and the known types.
import { z } from 'zod';
import { msg } from '../messages.ts';
import { observationSchema } from './observation-schema.ts';
import { leverIdSchema } from './scenario-levers.ts';
import { keyed, keyedIssue } from './scenario-messages.ts';
import { CELL_LIMITS } from './scenario-limits.ts';

export { CELL_LIMITS } from './scenario-limits.ts';

/** Metric ids follow the dataset's id rule; whether the metric exists is checked against the data. */
export const metricIdSchema = observationSchema.shape.metric;

const CELL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const cellId = z.string().refine((id) => CELL_ID.test(id), keyed(msg('cellIdFormat')));

const metricList = z.array(metricIdSchema).min(1).max(CELL_LIMITS.maxMetricsPerCell);

export const ANSWER_KINDS = ['year-end', 'target-date', 'compare', 'sensitivity', 'goal-seek'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

const markdownCell = z.strictObject({ id: cellId, type: z.literal('markdown'), text: z.string().max(CELL_LIMITS.maxText) });

/** A table of the figures of some metrics. */
const dataCell = z.strictObject({ id: cellId, type: z.literal('data'), metrics: metricList });

/** Sliders for some levers; their values live in the scenario's `levers`, not in the cell. */
const leversCell = z.strictObject({
  id: cellId,
  type: z.literal('levers'),
  levers: z.array(leverIdSchema).min(1).max(CELL_LIMITS.maxLeversPerCell),
});

/** The policy calendar as a timeline: what the scenario applies from which date (no settings). */
const timelineCell = z.strictObject({ id: cellId, type: z.literal('timeline') });

const chartCell = z.strictObject({
  id: cellId,
  type: z.literal('chart'),
  metric: metricIdSchema,
  showBaseline: z.boolean().default(true),
});

/**
 * A question answered from the simulation. `metrics` limits it (all metrics with a target when
 * absent); `target` names a target id (target-date, goal-seek); `lever` and `probability` drive goal
 * seek; `variant` names one of the notebook's variants by id, compared with the base case (all
 * variants when absent); `levers` limits a
 * sensitivity (tornado) to some levers.
 */
const answerCell = z
  .strictObject({
    id: cellId,
    type: z.literal('answer'),
    kind: z.enum(ANSWER_KINDS),
    metrics: metricList.optional(),
    target: z.string().min(1).max(120).optional(),
    lever: leverIdSchema.optional(),
    probability: z.number().min(0.01).max(0.99).optional(),
    variant: z.string().min(1).max(200).optional(),
    levers: z.array(leverIdSchema).min(1).max(CELL_LIMITS.maxLeversPerCell).optional(),
  })
  .superRefine((cell, ctx) => {
    if (cell.kind !== 'goal-seek') return;
    if (!cell.lever) ctx.addIssue(keyedIssue(msg('seekNeedsLever'), ['lever']));
    if (!cell.target) ctx.addIssue(keyedIssue(msg('seekNeedsTarget'), ['target']));
  });

const CELL_SCHEMAS = [markdownCell, dataCell, leversCell, chartCell, answerCell, timelineCell] as const;
export const CELL_TYPES = ['markdown', 'data', 'levers', 'chart', 'answer', 'timeline'] as const;

/** A missing or unknown `type` is reported with the known types (scenario-messages.ts, from zod's options). */
export const cellSchema = z.discriminatedUnion('type', CELL_SCHEMAS);

export type ScenarioCell = z.output<typeof cellSchema>;
export type CellType = ScenarioCell['type'];
