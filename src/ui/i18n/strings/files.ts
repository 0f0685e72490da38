// UI strings for the files area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const FILE_STRINGS = {
  fileSave: { vi: 'Lưu', en: 'Save' },
} as const satisfies Record<string, Record<Lang, string>>;
