// Strings of a notebook's variants (named lever sets) and of editing: undo, shortcuts, the help
// panel and another tab with the same notebook. Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const SCENARIO_STRINGS = {
  variantsHeading: { vi: 'Phương án', en: 'Scenarios' },
  variantBase: { vi: 'Phương án gốc', en: 'Base case' },
  variantNumbered: { vi: 'Phương án {n}', en: 'Scenario {n}' },
  variantCurrent: { vi: 'Đòn bẩy hiện tại (chưa lưu vào phương án)', en: 'Levers now (not saved to a scenario)' },
  variantInUse: { vi: 'đang dùng', en: 'in use' },
  variantChoose: { vi: 'Chuyển sang phương án', en: 'Switch to scenario' },
  variantSwitch: { vi: 'Chuyển', en: 'Switch' },
  variantSaveNew: { vi: 'Lưu đòn bẩy thành phương án mới', en: 'Save the levers as a new scenario' },
  variantNewName: { vi: 'Tên phương án mới', en: 'New scenario name' },
  variantNewDefault: { vi: 'Phương án {n}', en: 'Scenario {n}' },
  variantUpdate: { vi: 'Lưu đòn bẩy vào “{name}”', en: 'Save the levers to “{name}”' },
  variantRename: { vi: 'Đổi tên', en: 'Rename' },
  variantRenameLabel: { vi: 'Tên của “{name}”', en: 'Name of “{name}”' },
  variantDuplicate: { vi: 'Nhân bản', en: 'Duplicate' },
  variantCopyName: { vi: '{name} (bản sao)', en: '{name} (copy)' },
  variantDelete: { vi: 'Xóa', en: 'Delete' },
  variantSave: { vi: 'Lưu', en: 'Save' },
  variantCancel: { vi: 'Hủy', en: 'Cancel' },
  variantMoved: {
    vi: '{count} đòn bẩy khác phương án “{name}”',
    en: '{count} lever(s) differ from “{name}”',
  },
  variantInSync: { vi: 'Đòn bẩy đúng như phương án “{name}”', en: 'Levers as in “{name}”' },
  variantNameTaken: { vi: 'Đã có phương án tên “{name}”.', en: 'A scenario is already named “{name}”.' },
  variantFull: { vi: 'Sổ tính đã có {max} phương án (tối đa).', en: 'The notebook has {max} scenarios (the most it holds).' },
  variantBaseBadge: { vi: 'gốc', en: 'base' },
  /** Beside a lever moved away from the active scenario's value: that value, in words. */
  leverVariantValue: { vi: '≠ “{name}”: {value}', en: '≠ “{name}”: {value}' },
  leverVariantBack: { vi: 'Về {value}', en: 'Back to {value}' },
  /** Starts with the button's visible words (leverVariantBack), as a spoken name must. */
  leverVariantBackLabel: { vi: 'Về {value} ({lever}, giá trị của “{name}”)', en: 'Back to {value} ({lever}, the value of “{name}”)' },
  compareChoose: { vi: 'Phương án đưa vào so sánh', en: 'Scenarios to compare' },
} as const satisfies Record<string, Record<Lang, string>>;
