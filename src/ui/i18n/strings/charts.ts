// UI strings for the charts area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const CHART_STRINGS = {
  chartMedian: { vi: 'Trung vị', en: 'Median' },
} as const satisfies Record<string, Record<Lang, string>>;
