// Tornado data: for each target, how far each lever moves the median value at the deadline
// when it goes from low to high (its distribution's low/high, or +-10% of its range around the
// current value, clipped to the lever's legal range), grouped by who controls the lever (the
// city's first: what the city can move; then the state's, as context; then assumptions) and
// sorted by the size of the swing within each group.
import type { Target } from '../io/observation-schema.ts';
import type { LeverController, LeverDef } from './levers.ts';
import type { ScenarioEngine, ScenarioSettings } from './run.ts';

/** Medians are stable with fewer paths than tails; sweeps use this many. */
export const SENSITIVITY_PATHS = 2000;

export interface TornadoBar {
  lever: string;
  controller: LeverController;
  low: number;
  high: number;
  /** Median deadline value with the lever at low and at high. */
  atLow: number;
  atHigh: number;
  swing: number;
}

export interface Tornado {
  target: Target;
  /** Median deadline value with every lever at the scenario's values. */
  center: number;
  bars: TornadoBar[];
}

/** The order of the tornado's groups: the levers the city can move first. */
export const CONTROLLER_ORDER: readonly LeverController[] = ['city', 'state', 'assumption'];

/** The low and high a lever is swept to, within `legal` (the lever's legal range given the other values). */
export function sensitivityRange(def: LeverDef, current: number, legal: readonly [number, number] = [def.min, def.max]): [number, number] {
  const [min, max] = legal;
  if (def.distribution) {
    const shift = current - def.distribution.mid;
    return [Math.max(min, def.distribution.low + shift), Math.min(max, def.distribution.high + shift)];
  }
  const half = 0.1 * (def.max - def.min);
  return [Math.max(min, current - half), Math.min(max, current + half)];
}

/** Reports evaluations done out of the total (a UI progress bar: a sweep takes seconds). */
export type ProgressCallback = (done: number, total: number) => void;

export function sensitivity(
  engine: ScenarioEngine,
  settings: Pick<ScenarioSettings, 'levers' | 'distributions' | 'leversFrom'>,
  onProgress?: ProgressCallback,
): Tornado[] {
  const total = 1 + 2 * engine.levers.list.length;
  let done = 0;
  const medianAt = (levers: Record<string, number>) => {
    const scenario = engine.paths({ ...settings, levers }, SENSITIVITY_PATHS);
    const medians = engine.targetList.map((t) => engine.median(engine.deadlineValues(scenario, t)));
    onProgress?.(++done, total);
    return medians;
  };
  const centers = medianAt(settings.levers);
  const values = { ...engine.levers.defaults(), ...settings.levers };
  const sweeps = engine.levers.list.map((def) => {
    const current = values[def.id]!;
    const [low, high] = sensitivityRange(def, current, engine.levers.legalRange(def.id, values));
    return {
      def,
      low,
      high,
      atLow: medianAt({ ...settings.levers, [def.id]: low }),
      atHigh: medianAt({ ...settings.levers, [def.id]: high }),
    };
  });
  return engine.targetList.map((target, i) => ({
    target,
    center: centers[i]!,
    bars: sweeps
      .map((s) => ({
        lever: s.def.id,
        controller: s.def.controller,
        low: s.low,
        high: s.high,
        atLow: s.atLow[i]!,
        atHigh: s.atHigh[i]!,
        swing: Math.abs(s.atHigh[i]! - s.atLow[i]!),
      }))
      .filter((b) => b.swing > 1e-9 * Math.max(1, Math.abs(centers[i]!)))
      .sort((a, b) => CONTROLLER_ORDER.indexOf(a.controller) - CONTROLLER_ORDER.indexOf(b.controller) || b.swing - a.swing),
  }));
}
