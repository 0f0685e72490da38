// Scenario engine speed: one lever move = the structural model over 10,000 cached baseline paths
// x 24 months x every modelled metric, and the full run with percentile bands and target answers.
import { HANOI, HANOI_DATASET } from '../src/data/index.ts';
import { createEngine } from '../src/engine/index.ts';
import { addMonths, monthEnd } from '../src/engine/time.ts';

export const SCENARIO_PATHS = 10_000;
export const SCENARIO_MONTHS = 24;
const REPEATS = 20;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export interface ScenarioSpeed {
  paths: number;
  months: number;
  metrics: number;
  baselineMs: number;
  structuralMedianMs: number;
  fullRunMedianMs: number;
}

export function timeScenario(): ScenarioSpeed {
  const latest = HANOI_DATASET.observations.map((o) => o.asOf).sort().at(-1)!;
  const horizon = monthEnd(addMonths(latest, SCENARIO_MONTHS));
  const t0 = performance.now();
  const core = createEngine(HANOI);
  const scenario = { ...core.newScenario(), horizon, monteCarlo: { paths: SCENARIO_PATHS, seed: 1 } };
  const engine = core.simulate(scenario, HANOI_DATASET);
  const baselineMs = performance.now() - t0;
  const structural: number[] = [];
  const full: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    // A slider move: a different lever value each time, so nothing can be reused.
    const settings = { levers: { cityTopupOther: 10 + r, formalisation: r / 10 }, distributions: {}, leversFrom: '2025-10-01' };
    const a = performance.now();
    engine.paths(settings);
    const b = performance.now();
    engine.run(settings);
    full.push(performance.now() - b);
    structural.push(b - a);
  }
  return {
    paths: SCENARIO_PATHS,
    months: engine.baseline.grid.dates.length,
    metrics: Object.keys(engine.baseline.paths).length,
    baselineMs,
    structuralMedianMs: median(structural),
    fullRunMedianMs: median(full),
  };
}
