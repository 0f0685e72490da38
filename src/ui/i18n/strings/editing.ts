// Strings of editing conventions: the keyboard shortcuts and their help panel, and another tab with
// the same notebook. Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const EDITING_STRINGS = {
  shortcutsButton: { vi: 'Phím tắt (?)', en: 'Shortcuts (?)' },
  shortcutsTitle: { vi: 'Phím tắt', en: 'Keyboard shortcuts' },
  shortcutsIntro: {
    vi: 'Trong ô nhập chữ, Ctrl+Z và Ctrl+Y hoàn tác và làm lại chữ vừa gõ, và phím ? gõ dấu hỏi; Ctrl+S và Ctrl+O dùng được ở mọi nơi.',
    en: 'Inside a text field, Ctrl+Z and Ctrl+Y undo and redo your typing and ? types a question mark; Ctrl+S and Ctrl+O work everywhere.',
  },
  shortcutsKeys: { vi: 'Phím', en: 'Keys' },
  shortcutsAction: { vi: 'Việc', en: 'Action' },
  shortcutsOr: { vi: 'hoặc', en: 'or' },
  shortcutsClose: { vi: 'Đóng (Esc)', en: 'Close (Esc)' },
  shortcutUndo: { vi: 'Hoàn tác thay đổi vừa làm trong sổ tính', en: 'Undo the last change to the notebook' },
  shortcutRedo: { vi: 'Làm lại thay đổi vừa hoàn tác', en: 'Redo the change just undone' },
  shortcutSave: {
    vi: 'Lưu vào tệp đã mở hoặc đã lưu (lần đầu: chọn nơi lưu, hoặc tải xuống)',
    en: 'Save to the file opened or saved last (the first time: choose where, or download)',
  },
  shortcutSaveAs: { vi: 'Lưu thành tệp khác', en: 'Save as another file' },
  shortcutOpen: { vi: 'Mở tệp kịch bản', en: 'Open a scenario file' },
  shortcutHelp: { vi: 'Mở bảng phím tắt này', en: 'Open this list of shortcuts' },
  tabElsewhere: {
    vi: 'Sổ tính này đang mở ở một tab khác, và tab đó đang tự lưu. Nếu cả hai tab cùng tự lưu, tab này sẽ ghi đè công việc của tab kia. Bạn muốn làm gì?',
    en: 'This notebook is open in another tab, which is autosaving it. If both tabs autosaved, this one would overwrite the other’s work. What would you like to do?',
  },
  tabUseHere: { vi: 'Dùng ở tab này (tab kia ngừng tự lưu)', en: 'Use it here (the other tab stops autosaving)' },
  tabCopy: { vi: 'Làm việc trên bản sao ở đây (không tự lưu)', en: 'Work on a copy here (not autosaved)' },
  tabCopyNote: {
    vi: 'Bản sao: tab này không tự lưu. Muốn giữ thay đổi, hãy Lưu thành tệp.',
    en: 'A copy: this tab does not autosave. To keep your changes, save them to a file.',
  },
  tabDisplaced: {
    vi: 'Một tab khác đã dùng sổ tính này; tab này đã ngừng tự lưu. Thay đổi ở đây chỉ còn nếu bạn Lưu thành tệp.',
    en: 'Another tab took this notebook over; this tab has stopped autosaving. Changes made here are kept only if you save them to a file.',
  },
  tabUseAgain: { vi: 'Dùng lại ở tab này', en: 'Use it here again' },
  tabReload: { vi: 'Tải bản của tab kia', en: 'Load the other tab’s version' },
} as const satisfies Record<string, Record<Lang, string>>;
