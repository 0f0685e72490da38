// UI strings for the engine area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const ENGINE_STRINGS = {
  engineBusy: { vi: 'Đang tính…', en: 'Computing…' },
} as const satisfies Record<string, Record<Lang, string>>;
