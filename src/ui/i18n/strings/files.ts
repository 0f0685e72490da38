// UI strings for the toolbar, files, autosave and the notebook frame, Vietnamese first
// (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const FILE_STRINGS = {
  fileSave: { vi: 'Lưu', en: 'Save' },
  fileSaveAs: { vi: 'Lưu thành…', en: 'Save as…' },
  fileOpen: { vi: 'Mở…', en: 'Open…' },
  fileNew: { vi: 'Mới', en: 'New' },
  fileUnsaved: { vi: 'Chưa lưu', en: 'Unsaved changes' },
  fileSaved: { vi: 'Tệp', en: 'File' },
  saveFailed: {
    vi: 'Không lưu được tệp. Tệp trên đĩa giữ nguyên nội dung cũ; các thay đổi vẫn còn trong sổ tính.',
    en: 'The file could not be saved. The file on disk keeps its previous content; your changes are still in the notebook.',
  },
  autosaved: { vi: 'Đã tự lưu trong trình duyệt lúc', en: 'Autosaved in this browser at' },
  autosaveFailed: {
    vi: 'Không tự lưu được trong trình duyệt (bộ nhớ bị chặn hoặc đầy)',
    en: 'Could not autosave in this browser (storage blocked or full)',
  },
  fileDropHint: { vi: 'Thả tệp kịch bản (.json) để mở', en: 'Drop a scenario file (.json) to open it' },
  fileIssuesTitle: { vi: 'Không mở được tệp', en: 'The file could not be opened' },
  fileIssuesKept: {
    vi: 'Sổ tính đang mở không thay đổi. Sửa các lỗi sau rồi mở lại:',
    en: 'The open notebook is unchanged. Fix these problems and open the file again:',
  },
  fileIssuesMore: { vi: 'lỗi khác', en: 'more problems' },
  dismiss: { vi: 'Đóng', en: 'Dismiss' },
  restoredNote: {
    vi: 'Đã khôi phục bản tự lưu lúc',
    en: 'Restored the autosaved notebook from',
  },
  restoredUnsaved: { vi: '(có thay đổi chưa lưu)', en: '(with unsaved changes)' },
  newConfirm: {
    vi: 'Sổ tính có thay đổi chưa lưu. Bỏ các thay đổi và tạo sổ mới?',
    en: 'The notebook has unsaved changes. Discard them and start a new one?',
  },
  openConfirm: {
    vi: 'Sổ tính có thay đổi chưa lưu. Bỏ các thay đổi và mở tệp khác?',
    en: 'The notebook has unsaved changes. Discard them and open another file?',
  },
  viewNotebook: { vi: 'Sổ tính', en: 'Notebook' },
  viewData: { vi: 'Dữ liệu', en: 'Data' },
  viewsLabel: { vi: 'Màn hình', en: 'Views' },
  viewLoading: { vi: 'Đang tải màn hình…', en: 'Loading the view…' },
  viewLoadFailed: {
    vi: 'Không tải được màn hình này (mất kết nối?). Chọn lại thẻ để thử lại.',
    en: 'This view could not load (offline?). Select its tab again to try again.',
  },
  partLoadFailed: {
    vi: 'Không tải được phần này của ứng dụng (mất kết nối?). Hãy thử lại.',
    en: 'This part of the app could not load (offline?). Try again.',
  },
  scenarioTitle: { vi: 'Tên kịch bản', en: 'Scenario title' },
  addCell: { vi: 'Thêm ô', en: 'Add cell' },
  cellUp: { vi: 'Chuyển ô lên', en: 'Move cell up' },
  cellDown: { vi: 'Chuyển ô xuống', en: 'Move cell down' },
  cellDuplicate: { vi: 'Nhân bản ô', en: 'Duplicate cell' },
  cellDelete: { vi: 'Xóa ô', en: 'Delete cell' },
  edit: { vi: 'Sửa', en: 'Edit' },
  done: { vi: 'Xong', en: 'Done' },
  markdownPlaceholder: { vi: 'Viết ghi chú (Markdown)…', en: 'Write a note (Markdown)…' },
  emptyMarkdown: { vi: '(ô trống; bấm Sửa để viết)', en: '(empty; press Edit to write)' },
  chartMetric: { vi: 'Chỉ số', en: 'Metric' },
  chartShowBaseline: { vi: 'Hiện kịch bản cơ sở', en: 'Show the baseline' },
  chartNoForecast: {
    vi: 'Chỉ số này chưa có dự báo trong kịch bản (chỉ hiện lịch sử).',
    en: 'This metric has no forecast in the scenario (history only).',
  },
  engineOpening: { vi: 'Đang dựng kịch bản cơ sở…', en: 'Building the baseline…' },
  engineRunning: { vi: 'Đang cập nhật…', en: 'Updating…' },
  engineReady: { vi: 'Đã cập nhật', en: 'Up to date' },
  engineFailed: { vi: 'Lỗi tính toán', en: 'Computation error' },
  /** After the engine's state while a lever moves: the quick preview on fewer paths. */
  enginePreview: { vi: 'xem trước ({n} đường)', en: 'preview ({n} paths)' },
} as const satisfies Record<string, Record<Lang, string>>;
