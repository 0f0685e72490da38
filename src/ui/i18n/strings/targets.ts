// UI strings for entering and editing targets in the data view, Vietnamese first (merged into
// STRINGS in ../strings.ts). Keys start with target*. `{name}` marks a placeholder.
import type { Lang } from '../format.ts';

export const TARGET_STRINGS = {
  targetAdd: { vi: 'Thêm chỉ tiêu kế hoạch', en: 'Add target' },
  targetAddHeading: { vi: 'Chỉ tiêu kế hoạch mới', en: 'New target' },
  targetEditHeading: { vi: 'Sửa chỉ tiêu {metric}, hạn {date}', en: 'Edit the {metric} target due {date}' },
  targetRowLabel: { vi: 'chỉ tiêu {metric}, hạn {date}', en: 'the {metric} target due {date}' },
  targetValue: { vi: 'Giá trị chỉ tiêu', en: 'Target value' },
  targetUnit: { vi: 'Đơn vị', en: 'Unit' },
  targetSource: { vi: 'Văn bản giao chỉ tiêu', en: 'Source document' },
  targetSourceHint: {
    vi: 'Ví dụ: Quyết định số 123/QĐ-UBND ngày 10/01/2026. Để trống nếu nhập tay.',
    en: 'For example: Decision No. 123/QD-UBND of 10 January 2026. Leave empty if entered by hand.',
  },
  targetHandEntered: { vi: 'Nhập tay', en: 'Entered by hand' },
  targetErrorMetric: { vi: 'Hãy chọn một chỉ số có số liệu.', en: 'Choose a metric that has figures.' },
  targetErrorDate: {
    vi: 'Hạn phải là một ngày có thật, từ {min} đến {max}.',
    en: 'The deadline must be a real date from {min} to {max}.',
  },
  targetErrorDuplicate: {
    vi: 'Đã có chỉ tiêu {metric} của {region} hạn {date}: hãy sửa chỉ tiêu đó.',
    en: 'There is already a {metric} target for {region} due {date}: edit that one.',
  },
  targetErrorSource: { vi: 'Tên văn bản dài tối đa {max} ký tự.', en: 'The document name is at most {max} characters long.' },
  targetDiscardHint: {
    vi: 'Bỏ chỉ tiêu bạn đã thêm hoặc sửa; nếu là chỉ tiêu có sẵn, chỉ tiêu gốc được khôi phục.',
    en: 'Drops the target you added or edited; an embedded target you edited comes back.',
  },
  targetRemoveBlocked: {
    vi: 'Một câu hỏi trong sổ tay đang dùng chỉ tiêu này: hãy sửa thay vì xoá.',
    en: 'A question in the notebook uses this target: edit it instead of removing it.',
  },
  targetSaved: { vi: 'Đã lưu chỉ tiêu {metric}, hạn {date}.', en: 'Saved the {metric} target due {date}.' },
  targetRemoved: { vi: 'Đã xoá chỉ tiêu {metric}, hạn {date}.', en: 'Removed the {metric} target due {date}.' },
  targetDiscarded: { vi: 'Đã bỏ thay đổi chỉ tiêu {metric}, hạn {date}.', en: 'Dropped your change to the {metric} target due {date}.' },
  targetNone: { vi: 'Chưa có chỉ tiêu nào.', en: 'No targets yet.' },
} as const satisfies Record<string, Record<Lang, string>>;
