// UI strings for the charts area, Vietnamese first (merged into STRINGS in ../strings.ts).
import type { Lang } from '../format.ts';

export const CHART_STRINGS = {
  chartMedian: { vi: 'Trung vị', en: 'Median' },
  chartDerivedMark: { vi: 'chấm rỗng: số suy ra', en: 'hollow dots: derived figures' },
  chartBand80: { vi: 'vùng đậm: khoảng 80%', en: 'dark band: 80% range' },
  chartBand95: { vi: 'vùng nhạt: khoảng 95%', en: 'light band: 95% range' },
  chartBaselineMark: { vi: 'nét đứt: trung vị kịch bản cơ sở', en: 'dashed: baseline median' },
  chartMedianMark: { vi: 'đường liền: trung vị dự báo', en: 'solid line: forecast median' },
  chartTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  chartCrossingMark: {
    vi: 'hình thoi: ngày đạt chỉ tiêu (trung vị), vạch ngang: khoảng 10–90%',
    en: 'diamond: date the target is reached (median), bar: 10–90% range',
  },
  chartReachDate: { vi: 'Ngày đạt chỉ tiêu', en: 'Reaching the target of' },
  chartReachedOn: { vi: 'Đã đạt chỉ tiêu ngày', en: 'Target reached on' },
  chartLatest: { vi: 'mới nhất', en: 'latest' },
  chartYearEndMedian: { vi: 'trung vị cuối năm', en: 'median at the end of' },
  chartRange80: { vi: 'khoảng 80%', en: '80% range' },
  chartNoData: { vi: 'Chưa có số liệu', en: 'No data yet' },
  chartSourceLabel: { vi: 'Nguồn', en: 'Source' },
  chartDerivedLabel: { vi: 'số suy ra', en: 'derived figure' },
  chartWholeHistory: { vi: 'Toàn bộ lịch sử', en: 'Whole history' },
  chartShownFrom: { vi: 'Biểu đồ từ {date}', en: 'Drawn from {date}' },
} as const satisfies Record<string, Record<Lang, string>>;
