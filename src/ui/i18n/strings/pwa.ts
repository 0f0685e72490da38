// UI strings for the installed, offline app: the notice of a new version, Vietnamese first (merged
// into STRINGS in ../strings.ts). Keys start with update*.
import type { Lang } from '../format.ts';

export const PWA_STRINGS = {
  updateReady: {
    vi: 'Có phiên bản mới của targetcast. Sổ tính được tự lưu và mở lại sau khi tải lại.',
    en: 'A new version of targetcast is ready. The notebook is autosaved and reopens after reloading.',
  },
  updateReload: { vi: 'Tải lại', en: 'Reload' },
  updateLater: { vi: 'Để sau', en: 'Later' },
} as const satisfies Record<string, Record<Lang, string>>;
