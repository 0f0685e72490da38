// UI strings for the Excel workbook export (sheet names, titles, headers, words in cells),
// Vietnamese first (merged into STRINGS in ../strings.ts). Keys start with workbook*. Sheet names
// are at most 31 characters with none of []/\:*? (Excel's rule). The import template's layout
// is a file format, not UI text: it lives in src/ui/exports/template-sheets.ts.
import type { Lang } from '../format.ts';

export const WORKBOOK_STRINGS = {
  workbookSheetAnswers: { vi: 'Câu trả lời', en: 'Answers' },
  workbookSheetProjections: { vi: 'Dự báo', en: 'Projections' },
  workbookSheetDataset: { vi: 'Dữ liệu', en: 'Dataset' },
  workbookTitle: { vi: '{sheet}: {region}, kịch bản “{scenario}”', en: '{sheet}: {region}, scenario “{scenario}”' },
  workbookMetricUnit: { vi: '{metric} ({unit})', en: '{metric} ({unit})' },

  workbookId: { vi: 'Mã', en: 'Id' },
  workbookMetricId: { vi: 'Mã chỉ số', en: 'Metric id' },
  workbookUnit: { vi: 'Đơn vị', en: 'Unit' },
  workbookDate: { vi: 'Ngày', en: 'Date' },
  workbookValue: { vi: 'Giá trị', en: 'Value' },
  workbookQualifier: { vi: 'Mức', en: 'Qualifier' },
  workbookDenominator: { vi: 'Mẫu số', en: 'Denominator' },

  workbookForecast: { vi: 'Dự báo', en: 'Forecast' },
  workbookMedian: { vi: 'Trung vị', en: 'Median' },
  workbookBand80Low: { vi: 'Khoảng 80%: thấp (P10)', en: '80% range: low (P10)' },
  workbookBand80High: { vi: 'Khoảng 80%: cao (P90)', en: '80% range: high (P90)' },
  workbookBand95Low: { vi: 'Khoảng 95%: thấp', en: '95% range: low' },
  workbookBand95High: { vi: 'Khoảng 95%: cao', en: '95% range: high' },
  workbookBaselineOf: { vi: 'Cơ sở: {column}', en: 'Baseline: {column}' },
  workbookReachedOn: { vi: 'Đã đạt ngày', en: 'Already reached on' },
  workbookDateMedian: { vi: 'Ngày đạt: trung vị', en: 'Date reached: median' },
  workbookDateEarly: { vi: 'Ngày đạt: sớm (P10)', en: 'Date reached: early (P10)' },
  workbookDateLate: { vi: 'Ngày đạt: muộn (P90)', en: 'Date reached: late (P90)' },
  workbookProbByDeadline: { vi: 'Khả năng đạt trước hạn', en: 'Chance of reaching by the deadline' },
  workbookEvidenceDate: { vi: 'Căn cứ: ngày', en: 'Shown by: date' },
  workbookEvidenceValue: { vi: 'Căn cứ: số liệu', en: 'Shown by: figure' },

  workbookFigures: { vi: 'Số liệu', en: 'Figures' },
  workbookTargets: { vi: 'Chỉ tiêu kế hoạch', en: 'Targets' },
  workbookDocument: { vi: 'Tài liệu', en: 'Document' },
  workbookQuote: { vi: 'Trích dẫn', en: 'Quote' },
  workbookPlace: { vi: 'Vị trí trong tệp', en: 'Place in the file' },
  workbookOrigin: { vi: 'Nguồn gốc', en: 'Origin' },
  workbookEnteredAt: { vi: 'Thời điểm nhập hoặc sửa', en: 'Imported or edited at' },
  workbookOriginSeed: { vi: 'báo cáo có sẵn', en: 'shipped report' },
  workbookOriginUser: { vi: 'người dùng nhập', en: 'user entry' },
  workbookOriginReference: { vi: 'văn bản tham chiếu', en: 'reference document' },
} as const satisfies Record<string, Record<Lang, string>>;
