// The embedded Hanoi dataset: the figures, targets and metric catalogue that ship with targetcast.
import type { Dataset, EngineConfig } from '../engine/index.ts';
import { METRICS } from './metrics.ts';
import { OBSERVATIONS } from './observations.ts';
import { HANOI_POLICY } from './policy.ts';
import { TARGETS } from './targets.ts';

export { METRICS, metricById } from './metrics.ts';
export { SEED_REPORTS } from './sources.ts';
export { DATA_NOTES } from './notes.ts';
export { HANOI_POLICY };

export const HANOI_DATASET: Dataset = { observations: [...OBSERVATIONS], targets: [...TARGETS] };

/** The id scenario files use for the embedded figures (`"data": {"base": "hanoi-embedded"}`). */
export const HANOI_DATASET_ID = 'hanoi-embedded';

/** Everything an engine needs to run on the embedded Hanoi figures: createEngine(HANOI). */
export const HANOI: EngineConfig = {
  embedded: {
    id: HANOI_DATASET_ID,
    region: 'Hanoi',
    regionNames: { Hanoi: { vi: 'Hà Nội', en: 'Hanoi' }, Vietnam: { vi: 'Cả nước', en: 'Vietnam' } },
    about: {
      vi: 'Mọi số liệu lấy từ năm bài báo về kết quả BHXH Hà Nội (2021–2025), kèm câu trích dẫn gốc. Số suy ra (không nêu trực tiếp) được đánh dấu kèm quy tắc tính.',
      en: 'Every figure comes from five news reports on Hanoi’s social-insurance results (2021–2025), with the sentence it came from. Figures the reports imply but do not state are marked, with the rule used.',
    },
    dataset: HANOI_DATASET,
  },
  metrics: METRICS,
  policy: HANOI_POLICY,
};
