import { describe, expect, it } from 'vitest';
import { HANOI_DATASET } from '../../../src/data/index.ts';
import { COPIED_SERIES, ownMetricCopies } from '../../../bench/scale-dataset.ts';
import { DEFAULT_METRICS, LEVERS_FROM, scaleScenario } from '../../../bench/scale.ts';

describe('scale benchmark: own metrics as the data import declares them', () => {
  it('copies the region’s series, scaled, with a target each', () => {
    const own = ownMetricCopies(HANOI_DATASET, 'Hanoi', 5, '2025-12-31');
    expect(own.metrics.map((m) => m.id)).toEqual(['own.scale-001', 'own.scale-002', 'own.scale-003', 'own.scale-004', 'own.scale-005']);
    expect(own.targets.map((t) => t.metric)).toEqual(own.metrics.map((m) => m.id));
    // The fifth copies the first series again at factor 1: the same dates and values.
    const first = own.observations.filter((o) => o.metric === 'own.scale-001');
    const fifth = own.observations.filter((o) => o.metric === 'own.scale-005');
    const original = HANOI_DATASET.observations.filter((o) => o.metric === COPIED_SERIES[0] && o.region === 'Hanoi');
    expect(fifth.map((o) => [o.asOf, o.value])).toEqual(original.map((o) => [o.asOf, o.value]));
    expect(first[0]!.value).toBeLessThan(fifth[0]!.value);
  });

  it('gives a scenario the engine accepts and answers every metric of, own targets included', () => {
    const { core, scenario, dataset } = scaleScenario({ paths: 200, months: 3, metrics: DEFAULT_METRICS + 3 });
    expect(scenario.data.metrics).toHaveLength(3);
    const result = core.simulate(scenario, dataset).run({ levers: { cityTopupOther: 40 }, distributions: {}, leversFrom: LEVERS_FROM });
    expect(result.metrics).toHaveLength(DEFAULT_METRICS + 3);
    expect(result.dates).toEqual(['2025-10-31', '2025-11-30', '2025-12-31']);
    const ownAnswers = result.targets.filter((t) => t.target.metric.startsWith('own.'));
    expect(ownAnswers.map((t) => t.target.metric)).toEqual(['own.scale-001', 'own.scale-002', 'own.scale-003']);
  });
});
