// UI strings for the leadership year-end preview and the exports, Vietnamese first (merged into
// STRINGS in ../strings.ts). Keys start with preview* or export*. `{name}` marks a placeholder.
import type { Lang } from '../format.ts';

export const PREVIEW_STRINGS = {
  viewPreview: { vi: 'Báo cáo lãnh đạo', en: 'Leadership preview' },
  previewTitle: { vi: 'Dự kiến kết quả cuối năm: {name}', en: 'Year-end outlook: {name}' },
  previewOutcomesTitle: { vi: 'Chỉ tiêu đã đến hạn (theo số liệu)', en: 'Targets whose deadline has passed (from the data)' },
  previewOutcomeResult: { vi: 'Kết quả', en: 'Result' },
  previewOutcomeEvidence: { vi: 'Căn cứ', en: 'Shown by' },
  previewOutcomeMet: { vi: 'Đạt', en: 'Met' },
  previewOutcomeMissed: { vi: 'Không đạt', en: 'Missed' },
  previewOutcomeUnknown: { vi: 'Chưa rõ', en: 'Not known' },
  previewOutcomeUnavailable: { vi: 'Không dự báo được', en: 'Cannot be forecast' },
  previewOutcomeFigure: { vi: '{value} ngày {date}', en: '{value} on {date}' },
  previewOutcomeNoFigure: { vi: 'không có số liệu đúng hạn', en: 'no figure at the deadline' },
  previewOutcomeNearest: { vi: 'không có số liệu đúng hạn; gần nhất: {figures}', en: 'no figure at the deadline; the nearest: {figures}' },
  previewAnd: { vi: ' và ', en: ' and ' },
  previewMeta: {
    vi: 'Số liệu đến ngày {asOf}; {paths} đường mô phỏng.',
    en: 'Data as of {asOf}; {paths} simulated paths.',
  },
  previewPrint: { vi: 'In / Print', en: 'Print / In' },
  previewWaiting: { vi: 'Đang chờ kết quả mô phỏng…', en: 'Waiting for the simulation…' },
  previewNoTargets: { vi: 'Kịch bản không có chỉ tiêu nào trong kỳ dự báo.', en: 'The scenario has no targets within the horizon.' },
  previewMetric: { vi: 'Chỉ tiêu', en: 'Target' },
  previewLatest: { vi: 'Hiện tại', en: 'Where we are' },
  previewMedian: { vi: 'Dự kiến cuối năm', en: 'Where we will end' },
  previewRange: { vi: 'Khoảng 80%', en: '80% range' },
  previewPlan: { vi: 'Kế hoạch', en: 'Plan' },
  previewProbMeet: { vi: 'Khả năng đạt', en: 'Chance of meeting' },
  previewStatus: { vi: 'Đánh giá', en: 'Status' },
  previewNoData: { vi: 'chưa có số liệu', en: 'no figure yet' },
  previewStatusGood: { vi: 'Đạt', en: 'On track' },
  previewStatusWatch: { vi: 'Cần theo dõi', en: 'Watch' },
  previewStatusRisk: { vi: 'Nguy cơ', en: 'At risk' },
  previewLegend: {
    vi: 'Đạt: khả năng đạt từ 80%; cần theo dõi: 50–80%; nguy cơ: dưới 50%.',
    en: 'On track: chance of meeting 80% or more; watch: 50–80%; at risk: under 50%.',
  },
  previewExplainPlan: {
    vi: 'Dự kiến đạt {pct} kế hoạch; khả năng đạt {p}.',
    en: 'Expected to reach {pct} of plan; {p} chance of meeting it.',
  },
  previewExplainAbove: {
    vi: 'Dự kiến đạt {median}, vượt chỉ tiêu {target}; khả năng đạt {p}.',
    en: 'Expected to end at {median}, above the target ({target}); {p} chance of meeting it.',
  },
  previewExplainBelow: {
    vi: 'Dự kiến đạt {median}, còn thiếu {gap} so với chỉ tiêu {target}; khả năng đạt {p}.',
    en: 'Expected to end at {median}, {gap} short of the target ({target}); {p} chance of meeting it.',
  },
  previewExplainReached: {
    vi: 'Đã đạt chỉ tiêu {target} ngày {date}; dự kiến cuối năm {median}.',
    en: 'Target of {target} already reached on {date}; expected to end at {median}.',
  },
  previewPoints: { vi: '{n} điểm phần trăm', en: '{n} percentage points' },

  exportMenu: { vi: 'Xuất dữ liệu', en: 'Exports' },
  exportProjections: { vi: 'CSV dự báo', en: 'Projections CSV' },
  exportAnswers: { vi: 'CSV câu trả lời', en: 'Answers CSV' },
  exportScenario: { vi: 'Tệp kịch bản', en: 'Scenario file' },
  exportWorkbook: { vi: 'Sổ Excel (.xlsx)', en: 'Excel workbook (.xlsx)' },
  exportTemplate: { vi: 'Mẫu nhập số liệu (.xlsx)', en: 'Import template (.xlsx)' },
  exportChart: { vi: 'Tải biểu đồ', en: 'Download chart' },
  exportSvg: { vi: 'SVG', en: 'SVG' },
  exportPng: { vi: 'PNG', en: 'PNG' },
  exportFailed: { vi: 'Không xuất được', en: 'Export failed' },
} as const satisfies Record<string, Record<Lang, string>>;
