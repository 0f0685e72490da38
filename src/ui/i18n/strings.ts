// Every UI string, Vietnamese first. Components look strings up by key; nothing is hard-coded.
import type { Lang } from './format.ts';
import { CELL_STRINGS } from './strings/cells.ts';
import { CHART_STRINGS } from './strings/charts.ts';
import { COMPARE_STRINGS } from './strings/compare.ts';
import { EDITING_STRINGS } from './strings/editing.ts';
import { ENGINE_STRINGS } from './strings/engine.ts';
import { FILE_STRINGS } from './strings/files.ts';
import { IMPORT_STRINGS } from './strings/import.ts';
import { PREVIEW_STRINGS } from './strings/preview.ts';
import { SCENARIO_STRINGS } from './strings/scenarios.ts';
import { PWA_STRINGS } from './strings/pwa.ts';
import { TARGET_STRINGS } from './strings/targets.ts';
import { WORKBOOK_STRINGS } from './strings/workbook.ts';

const CORE = {
  appTitle: { vi: 'targetcast: chỉ tiêu an sinh xã hội {region}', en: 'targetcast: {region} social-insurance targets' },
  appTitlePlain: { vi: 'targetcast: chỉ tiêu an sinh xã hội', en: 'targetcast: social-insurance targets' },
  appTagline: {
    vi: 'Dự báo thời điểm đạt chỉ tiêu, kết quả cuối năm và kịch bản chính sách cho BHXH, BHYT, BHTN.',
    en: 'When targets will be reached, how the year will end, and policy what-ifs for SI, HI and UI.',
  },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  datasetHeading: { vi: 'Dữ liệu {region}', en: '{region} data' },
  dataStale: {
    vi: 'Số liệu mới nhất: {date}, cách đây {months} tháng. Mọi câu trả lời dựa trên số liệu này.',
    en: 'Newest figures: {date}, {months} months ago. Every answer rests on them.',
  },
  dataStaleAdd: { vi: 'Dán số liệu mới vào một ô dữ liệu', en: 'Paste newer figures into a data cell' },
  headlineHeading: { vi: 'Chỉ tiêu chính: số mới nhất', en: 'Headline metrics: latest figures' },
  otherHeading: { vi: 'Các số liệu khác', en: 'Other figures' },
  metric: { vi: 'Chỉ số', en: 'Metric' },
  latest: { vi: 'Số mới nhất', en: 'Latest' },
  asOf: { vi: 'Tính đến', en: 'As of' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  deadline: { vi: 'Hạn', en: 'Deadline' },
  source: { vi: 'Nguồn', en: 'Source' },
  history: { vi: 'Lịch sử', en: 'History' },
  derived: { vi: 'suy ra', en: 'derived' },
  derivedRule: { vi: 'Quy tắc', en: 'Rule' },
  noTarget: { vi: 'chưa có', en: 'none' },
  region: { vi: 'Địa bàn', en: 'Region' },
  targetsHeading: { vi: 'Chỉ tiêu theo năm', en: 'Targets by year' },
  consistencyHeading: { vi: 'Báo cáo nhất quán', en: 'Consistency report' },
  consistencyIntro: {
    vi: 'Những chỗ các báo cáo mâu thuẫn nhau được nêu rõ, không làm mượt.',
    en: 'Where the reports contradict each other, it is shown here rather than smoothed over.',
  },
  automaticChecks: { vi: 'Kiểm tra tự động', en: 'Automatic checks' },
  readerNotes: { vi: 'Ghi chú khi đọc báo cáo', en: 'Notes from reading the reports' },
  findingMixedDenominator: {
    vi: '{metric} dùng nhiều mẫu số ({parts}); các điểm này không so sánh trực tiếp được.',
    en: '{metric} mixes denominators ({parts}); these points are not like for like.',
  },
  findingDenominatorSpread: {
    vi: 'Số {denominator} suy ra lệch nhau {gap}%: {a} (từ {aMetric}, {aDate}) so với {b} (từ {bMetric}, {bDate}).',
    en: 'The implied {denominator} differs by {gap}%: {a} (from {aMetric}, {aDate}) vs {b} (from {bMetric}, {bDate}).',
  },
  findingTargetMismatch: {
    vi: 'Chỉ tiêu {year} lệch nhau {gap}%: {share}% của {denominator} ({base} theo số ngày {date}) là {people} người, nhưng chỉ tiêu số người là {count}.',
    en: 'The {year} targets disagree by {gap}%: {share}% of the {denominator} ({base} implied on {date}) is {people} people, but the head-count target is {count}.',
  },
  contradiction: { vi: 'mâu thuẫn', en: 'contradiction' },
  caveat: { vi: 'lưu ý', en: 'caveat' },
  sourcesHeading: { vi: 'Nguồn', en: 'Sources' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  figures: { vi: 'số liệu', en: 'figures' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  footer: {
    vi: 'Mọi con số hiển thị kèm đơn vị, kỳ và nguồn (xem thẻ Dữ liệu).',
    en: 'Every figure shown carries its unit, period and source (see the Data tab).',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Every UI string: the core above and one module per area of the app. */
export const STRINGS = {
  ...CORE,
  ...CHART_STRINGS,
  ...CELL_STRINGS,
  ...ENGINE_STRINGS,
  ...FILE_STRINGS,
  ...IMPORT_STRINGS,
  ...PREVIEW_STRINGS,
  ...PWA_STRINGS,
  ...COMPARE_STRINGS,
  ...TARGET_STRINGS,
  ...WORKBOOK_STRINGS,
  ...SCENARIO_STRINGS,
  ...EDITING_STRINGS,
} as const;

export type StringKey = keyof typeof STRINGS;
