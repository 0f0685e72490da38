// Strings of the Compare view, the compare answer and the tornado chart, Vietnamese first.
import type { Lang } from '../format.ts';

export const COMPARE_STRINGS = {
  viewCompare: { vi: 'So sánh', en: 'Compare' },
  compareRun: { vi: 'So sánh', en: 'Compare' },
  compareBusy: { vi: 'Đang so sánh…', en: 'Comparing…' },
  compareError: { vi: 'Không so sánh được', en: 'Comparison failed' },
  compareStale: {
    vi: 'Đòn bẩy đã thay đổi sau lần so sánh này; bấm So sánh để tính lại.',
    en: 'The levers changed after this comparison; press Compare to recompute.',
  },
  compareCaption: {
    vi: 'Giá trị tại hạn chỉ tiêu, xác suất đạt và ngày đạt của từng phương án; chênh lệch so với phương án đầu tiên',
    en: 'Value at the deadline, chance of meeting and date reached for each option; differences to the first option',
  },
  compareMetric: { vi: 'Chỉ số', en: 'Metric' },
  compareMedian: { vi: 'Trung vị', en: 'Median' },
  compareProbMeet: { vi: 'Xác suất đạt', en: 'P(meet)' },
  compareTargetDate: { vi: 'Ngày đạt', en: 'Date reached' },
  compareDiff: { vi: 'Chênh lệch', en: 'Difference' },
  compareDays: { vi: '{days} ngày', en: '{days} days' },
  comparePoints: { vi: '{points} điểm %', en: '{points} pp' },
  compareNotReached: { vi: 'chưa đạt trong kỳ', en: 'not within the horizon' },
  compareMissing: { vi: 'không có chỉ tiêu này', en: 'no such target' },
  compareAddFile: { vi: 'Thêm tệp kịch bản để so sánh', en: 'Add a scenario file to compare' },
  compareFileProblems: { vi: 'Tệp {name} có vấn đề, chưa được thêm', en: 'The file {name} has problems and was not added' },
  compareRemove: { vi: 'Bỏ', en: 'Remove' },
  compareIntro: {
    vi: 'Các phương án của sổ tính (chọn bên dưới) và các tệp kịch bản khác, trên cùng số liệu. Chênh lệch tính so với cột đầu tiên.',
    en: 'The notebook’s scenarios (choose below) and other scenario files, on the same data. Differences are to the first column.',
  },
  compareNothing: {
    vi: 'Chưa có gì để so sánh: hãy lưu đòn bẩy thành một phương án mới trong sổ tính, hoặc thêm một tệp kịch bản.',
    en: 'Nothing to compare yet: save the levers as a new scenario in the notebook, or add a scenario file.',
  },
  compareChartBand: { vi: 'vùng 80% của phương án đầu tiên', en: '80% band of the first option' },
  compareChartMedians: { vi: 'đường: trung vị của từng phương án', en: 'lines: each option’s median' },
  tornadoCaption: {
    vi: 'Mỗi thanh: giá trị trung vị tại hạn khi đòn bẩy ở mức thấp (nhạt) và mức cao (đậm); đường dọc: giá trị hiện tại.',
    en: 'Each bar: the median at the deadline with the lever at low (light) and high (dark); vertical line: the current value.',
  },
  tornadoSummary: {
    vi: '{metric}: đòn bẩy tác động mạnh nhất là {lever}',
    en: '{metric}: the lever that moves it most is {lever}',
  },
  // ---- budget cost (compare view and leadership preview) ----
  costCaption: {
    vi: 'Chi phí ngân sách hỗ trợ đóng BHXH tự nguyện (tỷ đồng; trung vị, khoảng 10-90%)',
    en: 'Budget cost of voluntary SI premium support (VND billion; median, 10-90% range)',
  },
  costVariant: { vi: 'Phương án', en: 'Option' },
  costPeriod: { vi: 'Kỳ', en: 'Period' },
  costPeriodText: { vi: '{from} – {to} ({months} tháng)', en: '{from} – {to} ({months} months)' },
  costCity: { vi: 'Ngân sách thành phố', en: 'City budget' },
  costState: { vi: 'Ngân sách nhà nước', en: 'State budget' },
  costBaseline: { vi: 'cơ sở {value}', en: 'baseline {value}' },
  costExtra: { vi: 'Tăng so với cơ sở', en: 'Extra over the baseline' },
  costAdded: { vi: 'Người tham gia tăng thêm (cuối kỳ)', en: 'Added members (period end)' },
  costPerAdded: { vi: 'Chi phí cho mỗi người tăng thêm', en: 'Cost per added member' },
  costPerAddedUnit: { vi: '{value} triệu đồng/người', en: 'VND {value} million per member' },
  costNotDefined: { vi: 'không xác định (không có người tăng thêm)', en: 'not defined (no added members)' },
  costHiCaption: {
    vi: 'Chi phí ngân sách hỗ trợ BHYT: thẻ miễn phí, hộ gia đình, hộ cận nghèo (tỷ đồng; trung vị, khoảng 10-90%; mức đóng 4,5% lương cơ sở)',
    en: 'Budget cost of HI support: free cards, household and near-poor support (VND billion; median, 10-90% range; premium 4.5% of the base salary)',
  },
  costHiLevers: { vi: 'Theo đòn bẩy (phương án; số người được hỗ trợ cuối kỳ)', en: 'By lever (scenario; people supported at period end)' },
  costHiCards: { vi: 'Thẻ BHYT miễn phí: {value} ({people})', en: 'Free HI cards: {value} ({people})' },
  costHiHousehold: { vi: 'Hỗ trợ BHYT hộ gia đình: {value} ({people})', en: 'Household HI support: {value} ({people})' },
  costHiNearPoor: { vi: 'Hỗ trợ BHYT hộ cận nghèo: {value} ({people})', en: 'Near-poor HI support: {value} ({people})' },
  costHiAdded: { vi: 'Người tham gia BHYT tăng thêm (cuối kỳ)', en: 'Added HI participants (period end)' },
  costHiPerAdded: { vi: 'Chi phí cho mỗi người tham gia BHYT tăng thêm', en: 'Cost per added HI participant' },
} as const satisfies Record<string, Record<Lang, string>>;
