// Every lever at the ends of its range: the scenario engine still gives finite, bounded answers.
import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { LEVERS } from '../../../src/engine/scenario/levers.ts';
import { MODELLED, REVENUE } from '../../../src/engine/scenario/baseline.ts';
import { ScenarioEngine } from '../../../src/engine/scenario/run.ts';
import { hanoi } from '../../support/hanoi.ts';

const SCENARIO_METRICS = [...MODELLED, REVENUE] as const;

const PERCENT = new Set(['hi.coverage', 'si.compulsory.share', 'si.voluntary.share', 'ui.share']);

describe('levers at the ends of their ranges', () => {
  const engine = new ScenarioEngine({ dataset: HANOI_DATASET, metrics: METRICS, region: 'Hanoi', levers: hanoi.levers, leverDefaultsFor: 'Hanoi', settings: { horizon: '2026-12-31', paths: 300, seed: 5 } });

  it.each(LEVERS.flatMap((l) => [[l.id, l.min] as const, [l.id, l.max] as const]))('%s = %d', (id, value) => {
    const scenario = engine.paths({ levers: { [id]: value }, distributions: {}, leversFrom: '2025-10-01' }).structural!;
    const bad: string[] = [];
    for (const metric of SCENARIO_METRICS) {
      const max = PERCENT.has(metric) ? 100 + 1e-9 : Number.POSITIVE_INFINITY;
      for (const row of scenario.paths[metric]) {
        for (const v of row) if (!(Number.isFinite(v) && v >= 0 && v <= max)) bad.push(`${metric}: ${v}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
