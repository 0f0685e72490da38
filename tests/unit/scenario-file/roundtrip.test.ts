import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import type { Observation } from '../../../src/engine/io/observation-schema.ts';
import type { ScenarioCell } from '../../../src/engine/io/scenario-cells.ts';
import { newScenario, parseScenarioText, validateScenario } from '../../../src/engine/io/scenario-file.ts';
import { KEY_ORDER, serializeScenario } from '../../../src/engine/io/scenario-serialize.ts';
import { monteCarloSchema, scenarioDataSchema, scenarioSchema, variantSchema, type Scenario } from '../../../src/engine/io/scenario-schema.ts';
import { LEVERS } from '../../../src/engine/scenario/levers.ts';
import { NOW, parsed, scenario } from './helpers.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

describe('saving and loading', () => {
  it('makes a new scenario with sensible defaults', () => {
    const s = newScenario(HANOI_CONTEXT, {}, NOW);
    expect(s).toMatchObject({
      title: 'Kịch bản mới',
      leversFrom: '2025-10-01', // the day after the latest observation (30 September 2025)
      horizon: '2027-12-31', // the end of next year
      monteCarlo: { paths: 10_000, seed: 1 },
      levers: {},
      created: '2026-11-24T08:00:00.000Z',
    });
    expect(validateScenario(HANOI_CONTEXT, JSON.parse(serializeScenario(s))).ok).toBe(true);
    expect(newScenario(HANOI_CONTEXT, { title: 'Khác', monteCarlo: { paths: 500, seed: 3 } }, NOW)).toMatchObject({
      title: 'Khác',
      monteCarlo: { paths: 500, seed: 3 },
    });
  });

  it('writes canonical text: schema key order, levers in catalogue order, 2-space indent, final newline', () => {
    const s = scenario({ levers: { takeUpResponse: 1.9, cityTopupOther: 20 } });
    const reordered = Object.fromEntries(Object.entries(s).reverse()) as Scenario;
    const text = serializeScenario(reordered);
    expect(text).toBe(serializeScenario(s));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "targetcast-scenario",\n  "version": 3,\n  "title": "Kịch bản mới",')).toBe(true);
    expect(text).toContain('"levers": {\n    "cityTopupOther": 20,\n    "takeUpResponse": 1.9\n  }');
  });

  it("lists every field of the schemas in the writer's key order, in the schemas' order", () => {
    expect(KEY_ORDER.top).toEqual(Object.keys(scenarioSchema.shape));
    expect(KEY_ORDER.variant).toEqual(Object.keys(variantSchema.shape));
    expect(KEY_ORDER.data).toEqual(Object.keys(scenarioDataSchema.shape));
    expect(KEY_ORDER.monteCarlo).toEqual(Object.keys(monteCarloSchema.shape));
  });

  it('gives back an identical scenario after save then load, and the same bytes after a second save', () => {
    const s = scenario({
      description: 'Dòng 1\nLine 2 "quoted" \\ tab\t',
      levers: { cityTopupOther: 20 },
      cells: [
        { id: 'intro', type: 'markdown', text: '# Tiêu đề' },
        { id: 'c1', type: 'chart', metric: 'hi.coverage', showBaseline: false },
        { id: 'a1', type: 'answer', kind: 'goal-seek', lever: 'cityTopupOther', target: 'target.hi.coverage.2025-12-31', probability: 0.8 },
      ],
      variants: [
        { id: 'base', levers: { cityTopupOther: 20 }, distributions: {} },
        { id: 'low', name: 'Thấp', levers: { cityTopupOther: 15 }, distributions: { takeUpResponse: { low: 0.1, mid: 0.3, high: 0.5 } } },
      ],
      activeVariant: 'low',
    });
    const text = serializeScenario(s);
    const back = parsed(text);
    expect(back).toEqual(s);
    expect(serializeScenario(back)).toBe(text);
  });

  it('strips a byte-order mark and fills defaults a hand-written file omits', () => {
    const minimal =
      '\uFEFF{"format":"targetcast-scenario","version":1,"title":"t","leversFrom":"2025-10-01","horizon":"2026-12-31","monteCarlo":{"seed":5}}';
    expect(parsed(minimal)).toEqual({
      format: 'targetcast-scenario',
      version: 3,
      title: 't',
      description: '',
      author: '',
      data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
      leversFrom: '2025-10-01',
      horizon: '2026-12-31',
      levers: {},
      distributions: {},
      monteCarlo: { paths: 10_000, seed: 5 },
      cells: [],
      activeVariant: 'base',
      variants: [{ id: 'base', levers: {}, distributions: {} }],
    });
  });
});

// Generated valid scenarios, over every part of the format.
const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const noNegativeZero = (v: number) => (Object.is(v, -0) ? 0 : v);
const leverValue = (id: string) => {
  const def = LEVERS.find((l) => l.id === id)!;
  return fc.double({ min: def.min, max: def.max, noNaN: true }).map(noNegativeZero);
};
const leverRecord = fc
  .subarray(
    LEVERS.map((l) => l.id),
    { maxLength: 6 },
  )
  .chain((ids) => fc.tuple(...ids.map((id) => leverValue(id).map((v) => [id, v] as const))))
  .map((entries) => Object.fromEntries(entries));
const distributions = fc
  .subarray(
    LEVERS.map((l) => l.id),
    { maxLength: 3 },
  )
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) => fc.tuple(leverValue(id), leverValue(id), leverValue(id)).map((t) => [id, t.sort((a, b) => a - b)] as const)),
    ),
  );
const metricIds = METRICS.map((m) => m.id);
const leverIds = LEVERS.map((l) => l.id);
const cell = (id: string): fc.Arbitrary<ScenarioCell> =>
  fc.oneof(
    text(200).map((t) => ({ id, type: 'markdown' as const, text: t })),
    fc.subarray(metricIds, { minLength: 1, maxLength: 5 }).map((metrics) => ({ id, type: 'data' as const, metrics })),
    fc.subarray(leverIds, { minLength: 1, maxLength: 5 }).map((levers) => ({ id, type: 'levers' as const, levers })),
    fc.record({ metric: fc.constantFrom(...metricIds), showBaseline: fc.boolean() }).map((c) => ({ id, type: 'chart' as const, ...c })),
    fc
      .record(
        {
          kind: fc.constantFrom('year-end' as const, 'target-date' as const, 'compare' as const, 'sensitivity' as const),
          metrics: fc.subarray(metricIds, { minLength: 1, maxLength: 3 }),
          target: fc.constantFrom(...HANOI_DATASET.targets.map((t) => t.id)),
          probability: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        },
        { requiredKeys: ['kind'] },
      )
      .map((c) => ({ id, type: 'answer' as const, ...c })),
  );
const cells = fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => cell(`cell-${i}`))));
const userObservations = fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 3 }).map((days) =>
  days.map((d): Observation => ({
    id: `user.hi.coverage.${d}`,
    metric: 'hi.coverage',
    region: 'Hanoi',
    asOf: new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10),
    value: 90 + (d % 100) / 10,
    unit: 'percent',
    kind: 'share',
    denominator: 'population',
    qualifier: 'exact',
    source: { document: 'user', quote: `Nhập tay ${d}`, origin: 'user' },
  })),
);
const bases = new Set([...HANOI_DATASET.observations, ...HANOI_DATASET.targets].flatMap((r) => (r.derived ? [r.derived.base] : [])));
const removable = HANOI_DATASET.observations.filter((o) => !bases.has(o.id)).map((o) => o.id);
const isoDay = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));

const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    title: text(100).filter((t) => t.length >= 1),
    description: text(500),
    author: text(50),
    stamp: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    leversFrom: isoDay(0, 3650),
    span: fc.integer({ min: 1, max: 3000 }),
    levers: leverRecord,
    distributions,
    paths: fc.integer({ min: 100, max: 100_000 }),
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    cells,
    variants: fc.array(leverRecord, { maxLength: 3 }),
    observations: userObservations,
    removed: fc.subarray(removable, { maxLength: 4 }),
  })
  .map((g) => {
    const levers: Record<string, number> = { ...g.levers };
    for (const [id, [, mid]] of g.distributions) levers[id] = mid;
    const horizon = new Date(Date.parse(`${g.leversFrom}T00:00:00Z`) + g.span * 86_400_000).toISOString().slice(0, 10);
    return newScenario(HANOI_CONTEXT, 
      {
        title: g.title,
        description: g.description,
        author: g.author,
        created: g.stamp,
        modified: g.stamp,
        leversFrom: g.leversFrom,
        horizon,
        levers,
        distributions: Object.fromEntries(g.distributions.map(([id, [low, mid, high]]) => [id, { low: low!, mid: mid!, high: high! }])),
        monteCarlo: { paths: g.paths, seed: g.seed },
        cells: g.cells,
        variants: [
          { id: 'base', levers, distributions: {} },
          ...g.variants.map((l, i) => ({ id: `v${i}`, name: `Biến thể ${i}`, levers: l, distributions: {} })),
        ],
        activeVariant: g.variants.length > 0 ? `v${g.variants.length - 1}` : 'base',
        data: { base: 'hanoi-embedded', observations: g.observations, targets: [], removed: g.removed },
      },
      NOW,
    );
  });

describe('serialize and parse, on generated scenarios', () => {
  it('parse(serialize(s)) deep-equals s and serializing again gives the same bytes', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const text = serializeScenario(s);
        const result = parseScenarioText(HANOI_CONTEXT, text);
        if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
        expect(result.value).toEqual(s);
        expect(serializeScenario(result.value)).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
