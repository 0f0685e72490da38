// The newest figure of a metric in a region, the one every "latest" column shows: the first of
// equal dates wins, so a repeated date never flips between callers.
import type { Observation, Region } from '../io/observation-schema.ts';

/** A bound ("nearly 48%", "over 1.6 million"): a limit on the value, not the value. */
export const isBound = (o: Pick<Observation, 'qualifier'>): boolean => o.qualifier === 'over' || o.qualifier === 'under';

export function newestObservation(
  observations: readonly Observation[],
  metric: string,
  region: Region,
  usable: (o: Observation) => boolean = () => true,
): Observation | null {
  let out: Observation | null = null;
  for (const o of observations) if (o.metric === metric && o.region === region && usable(o) && (!out || o.asOf > out.asOf)) out = o;
  return out;
}
