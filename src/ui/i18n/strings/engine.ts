// UI strings for the engine area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const ENGINE_STRINGS = {
  engineRestarting: { vi: 'Bộ tính toán bị lỗi, đang khởi động lại…', en: 'The engine failed; restarting it…' },
  engineErrorTimeout: {
    vi: 'Phép tính chạy quá lâu và đã bị dừng, kể cả sau khi thử lại. Sổ tính của bạn vẫn còn nguyên; hãy thử giảm số đường mô phỏng.',
    en: 'The calculation took too long and was stopped, even after a retry. Your notebook is intact; try fewer simulation paths.',
  },
  engineErrorCrashed: {
    vi: 'Bộ tính toán gặp sự cố hai lần liên tiếp. Sổ tính của bạn vẫn còn nguyên; hãy thử lại.',
    en: 'The engine crashed twice in a row. Your notebook is intact; please try again.',
  },
  engineErrorEngine: { vi: 'Bộ tính toán báo lỗi', en: 'The engine reported an error' },
  engineErrorNotPlain: {
    vi: 'Lỗi lập trình: dữ liệu gửi cho bộ tính toán không sao chép được (hãy dùng $state.snapshot).',
    en: 'Programming error: data sent to the engine cannot be copied (use $state.snapshot).',
  },
  engineErrorDisposed: { vi: 'Bộ tính toán đã đóng', en: 'The engine was shut down' },
} as const satisfies Record<string, Record<Lang, string>>;

export type EngineStringKey = keyof typeof ENGINE_STRINGS;
