// The main thread's cell check (no schema library) against the file schema: the same cells pass,
// and a cell over one bound is refused at the same place with the same message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/data/index.ts';
import { cellBoundsIssue } from '../../../src/engine/io/cell-bounds.ts';
import { cellSchema, type ScenarioCell } from '../../../src/engine/io/scenario-cells.ts';
import { CELL_LIMITS } from '../../../src/engine/io/scenario-limits.ts';
import { checkSchema } from '../../../src/engine/io/scenario-messages.ts';
import { LEVERS } from '../../../src/engine/scenario/levers.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
const metric = fc.constantFrom(...METRICS.map((m) => m.id));
const lever = fc.constantFrom(...LEVERS.map((l) => l.id));
const around = (bound: number) => fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: bound - 2, max: bound + 2 }));
const list = <T,>(item: fc.Arbitrary<T>, bound: number) => around(bound).chain((n) => fc.array(item, { minLength: n, maxLength: n }));

const cells: fc.Arbitrary<ScenarioCell> = fc.oneof(
  around(CELL_LIMITS.maxText).map((n) => ({ id: 'c', type: 'markdown' as const, text: 'x'.repeat(n) })),
  list(metric, CELL_LIMITS.maxMetricsPerCell).map((metrics) => ({ id: 'c', type: 'data' as const, metrics })),
  list(lever, CELL_LIMITS.maxLeversPerCell).map((levers) => ({ id: 'c', type: 'levers' as const, levers })),
  fc.record({ metric, showBaseline: fc.boolean() }).map((c) => ({ id: 'c', type: 'chart' as const, ...c })),
  fc
    .record(
      {
        probability: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        metrics: list(metric, CELL_LIMITS.maxMetricsPerCell),
        levers: list(lever, CELL_LIMITS.maxLeversPerCell),
      },
      { requiredKeys: [] },
    )
    .map((c) => ({ id: 'c', type: 'answer' as const, kind: 'sensitivity' as const, ...c })),
);

describe('the cell check without the schema', () => {
  it('accepts exactly the cells the schema accepts, and names the same place and problem', () => {
    fc.assert(
      fc.property(cells, (cell) => {
        const light = cellBoundsIssue(cell, 3);
        const full = checkSchema(cellSchema, cell, ['cells', 3]);
        expect(light === null).toBe(full.ok);
        if (light && !full.ok && full.issues.length === 1) {
          expect([light.where, light.message]).toEqual([full.issues[0]!.where, full.issues[0]!.message]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a markdown text one character over the limit, naming the bound', () => {
    const text = 'x'.repeat(CELL_LIMITS.maxText + 1);
    expect(cellBoundsIssue({ id: 'c', type: 'markdown', text }, 0)).toMatchObject({
      where: 'cells[0].text',
      message: `must be at most ${CELL_LIMITS.maxText} characters long, got ${CELL_LIMITS.maxText + 1}`,
    });
    expect(cellBoundsIssue({ id: 'c', type: 'markdown', text: text.slice(1) }, 0)).toBeNull();
  });
});
