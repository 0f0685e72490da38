// The embedded Hanoi dataset: the figures, targets and metric catalogue that ship with targetcast.
import type { Dataset } from '../engine/io/dataset.ts';
import { OBSERVATIONS } from './observations.ts';
import { TARGETS } from './targets.ts';

export { METRICS, metricById } from './metrics.ts';
export { SEED_REPORTS } from './sources.ts';
export { DATA_NOTES } from './notes.ts';

export const HANOI_DATASET: Dataset = { observations: [...OBSERVATIONS], targets: [...TARGETS] };
