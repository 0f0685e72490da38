// UI strings for the cells area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const CELL_STRINGS = {
  cellMoveUp: { vi: 'Chuyển lên', en: 'Move up' },
} as const satisfies Record<string, Record<Lang, string>>;
