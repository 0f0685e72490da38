// Which levers a warm-up moves (EngineService.warmUp): every lever the notebook shows (the ones a
// user moves), and one lever for each other kind of work a move can cause: the model quantities it
// enters and whether the voluntary SI or HI support's cost reads it. Levers of one kind run the same
// code, so one of them is enough to get that code compiled; moving all 38 took about twice as long
// and often had not ended when a user's first moves came.
import { COST_INPUTS } from './cost.ts';
import { HI_COST_INPUTS } from './hi-cost.ts';
import type { LeverDef } from './levers.ts';

type Warmable = Pick<LeverDef, 'id' | 'min' | 'max' | 'enters'>;

const kindOf = (lever: Warmable) =>
  JSON.stringify([[...lever.enters].sort(), COST_INPUTS.includes(lever.id), HI_COST_INPUTS.includes(lever.id)]);

/** The movable levers to warm, in order: one of each kind no shown lever covers, then the shown ones (their code compiled last). */
export function leversToWarm<L extends Warmable>(levers: readonly L[], shown: readonly string[]): L[] {
  const movable = levers.filter((l) => l.max > l.min);
  const shownLevers = shown.flatMap((id) => movable.filter((l) => l.id === id));
  const covered = new Set(shownLevers.map(kindOf));
  const others: L[] = [];
  for (const lever of movable) {
    const kind = kindOf(lever);
    if (covered.has(kind)) continue;
    covered.add(kind);
    others.push(lever);
  }
  return [...others, ...shownLevers];
}
