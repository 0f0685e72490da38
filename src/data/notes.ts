// Contradictions and caveats found by reading the reports side by side. The automatic checks in
// src/engine/series/consistency.ts find the numeric ones; these need a reader's judgement.
import type { Bilingual } from '../engine/io/metric.ts';

export interface DataNote {
  id: string;
  /** Observation or target ids the note is about. */
  about: string[];
  severity: 'contradiction' | 'caveat';
  title: Bilingual;
  detail: Bilingual;
}

export const DATA_NOTES: readonly DataNote[] = [
  {
    id: 'hi-coverage-feb-2024',
    about: ['hi.coverage.2024-02-29', 'hi.coverage.2024-12-31'],
    severity: 'contradiction',
    title: { vi: 'Bao phủ BHYT 89,61% (2/2024) và 95,25% (12/2024)', en: 'HI coverage 89.61% (Feb 2024) vs 95.25% (Dec 2024)' },
    detail: {
      vi: 'Số tháng 2 tính trên dân số đăng ký thường trú (khoảng 8,82 triệu), số cuối năm trên dân số khoảng 8,58 triệu; ngoài ra đầu năm nhiều thẻ hết hạn chưa gia hạn. Không so sánh trực tiếp hai tỷ lệ.',
      en: 'February is a share of the registered population (about 8.82 million implied), December of a population of about 8.58 million; and early in the year many cards have lapsed and are not yet renewed. The two rates are not like for like.',
    },
  },
  {
    id: 'voluntary-contributors-feb-2024',
    about: ['si.voluntary.participants.2024-02-29', 'si.voluntary.contributors.2024-02-29'],
    severity: 'contradiction',
    title: { vi: 'Hai số BHXH tự nguyện cùng ngày (82.009 và 37.000)', en: 'Two voluntary SI figures the same day (82,009 and 37,000)' },
    detail: {
      vi: '82.009 người bằng 57,91% kế hoạch (kế hoạch khoảng 141.600), còn "hơn 37.000 người đóng" bằng 5,19% kế hoạch (khoảng 713.000). Có lẽ là hai chỉ tiêu khác nhau; giữ nguyên như báo cáo.',
      en: '82,009 people is 57.91% of plan (a plan of about 141,600), while "more than 37,000 contributors" is 5.19% of plan (about 713,000). Probably two different measures; both are kept as reported.',
    },
  },
  {
    id: 'voluntary-growth-h1-2025',
    about: ['si.voluntary.participants.2025-06-30', 'si.voluntary.participants.2024-06-30'],
    severity: 'contradiction',
    title: { vi: 'BHXH tự nguyện 6 tháng 2025: +26.179 người nhưng +30,87%', en: 'Voluntary SI H1 2025: +26,179 people but +30.87%' },
    detail: {
      vi: '112.293 - 26.179 = 86.114, tức tăng 30,40%, không phải 30,87% (30,87% cho ra 85.805). Dùng số người tăng thêm.',
      en: '112,293 - 26,179 = 86,114, an increase of 30.40%, not 30.87% (30.87% would give 85,805). The stated head-count increase is used.',
    },
  },
  {
    id: 'voluntary-labour-force-base',
    about: ['si.voluntary.share.2025-06-30', 'ui.share.2025-06-30'],
    severity: 'contradiction',
    title: { vi: 'Hai mẫu số "lực lượng lao động trong độ tuổi" khác nhau', en: 'Two different "working-age labour force" bases' },
    detail: {
      vi: '112.293 người = 3,51% cho mẫu số khoảng 3,20 triệu; 2.133.021 người = 45,03% cho khoảng 4,74 triệu, cùng ngày 30/6/2025. Tỷ lệ BHXH tự nguyện dùng mẫu số khác (có thể là lao động khu vực phi chính thức).',
      en: '112,293 people = 3.51% implies a base of about 3.20 million; 2,133,021 people = 45.03% implies about 4.74 million, on the same day (30 June 2025). The voluntary SI share uses a different base (perhaps informal-sector workers).',
    },
  },
  {
    id: 'ui-target-2024',
    about: ['target.ui.participants.2024-12-31', 'target.ui.share.2024-12-31', 'ui.participants.2024-12-31'],
    severity: 'contradiction',
    title: { vi: 'Chỉ tiêu BHTN 2024 không thống nhất', en: 'The 2024 UI target is not consistent' },
    detail: {
      vi: 'Tháng 2/2024: "hơn 1,6 triệu" bằng 94,1% chỉ tiêu (khoảng 1,70 triệu người). Cuối năm: 2.100.671 người, 44,9% lực lượng lao động, "vượt chỉ tiêu 4,9%": nếu là điểm phần trăm thì chỉ tiêu là 40%; nếu là số người thì khoảng 2,0 triệu.',
      en: 'February 2024: "over 1.6 million" is 94.1% of the target (about 1.70 million people). Year end: 2,100,671 people, 44.9% of the labour force, "surpassing the target by 4.9%": as percentage points the target is 40%; as people, about 2.0 million.',
    },
  },
  {
    id: 'hi-target-2024-rounding',
    about: ['target.hi.coverage.2024-12-31', 'hi.coverage.2024-12-31'],
    severity: 'caveat',
    title: { vi: 'Vượt chỉ tiêu BHYT 2024 "0,8%"', en: 'HI 2024 target exceeded "by 0.8%"' },
    detail: {
      vi: '95,25% - 94,5% = 0,75 điểm phần trăm, làm tròn thành 0,8. Nhất quán.',
      en: '95.25% - 94.5% = 0.75 percentage points, rounded to 0.8. Consistent.',
    },
  },
  {
    id: 'medical-costs-2024-sum',
    about: ['hi.medical.paid.2024-12-31', 'hi.medical.outpatient.2024-12-31', 'hi.medical.inpatient.2024-12-31'],
    severity: 'caveat',
    title: { vi: 'Chi KCB BHYT 2024: ngoại trú + nội trú = tổng', en: 'HI medical costs 2024: outpatient + inpatient = total' },
    detail: {
      vi: '6.776,878 + 18.599,517 = 25.376,395 tỷ đồng. Nhất quán.',
      en: 'VND 6,776.878 + 18,599.517 = 25,376.395 billion. Consistent.',
    },
  },
  {
    id: 'arrears-targets',
    about: ['arrears.late-rate.2024-12-31', 'arrears.late-rate.2023-12-31'],
    severity: 'caveat',
    title: { vi: 'Chỉ tiêu nợ đóng: bằng hoặc thấp hơn bình quân cả nước', en: 'Arrears target: at or below the national average' },
    detail: {
      vi: 'Kế hoạch 2021 (KH 20/KH-UBND): "keeping the social insurance debt ratio equal to or lower than the national average debt ratio". Năm 2024 (The Hanoi Times): thành phố yêu cầu "keep insurance arrears in Hanoi at or below the national average". Không báo cáo nào nêu tỷ lệ bình quân cả nước, nên chỉ tiêu không có số để so với 2,08% năm 2024.',
      en: 'The 2021 plan (No. 20/KH-UBND): "keeping the social insurance debt ratio equal to or lower than the national average debt ratio". 2024 (The Hanoi Times): the city asked "to keep insurance arrears in Hanoi at or below the national average". No report states the national average, so the target has no number to set against the 2.08% of 2024.',
    },
  },
  {
    id: 'voluntary-support-twice',
    about: ['si.voluntary.participants.2024-02-29'],
    severity: 'caveat',
    title: { vi: 'Hỗ trợ BHXH tự nguyện của thành phố "gấp đôi mức quy định chung"', en: 'The city’s voluntary SI support is "twice as high as the general regulation"' },
    detail: {
      vi: 'The Hanoi Times (3/2024): "the city\'s partial subsidization of the premium for people enrolling in voluntary social insurance, which is twice as high as the general regulation". Nhất quán với mức thành phố hỗ trợ thêm 30/25/10% bằng đúng mức Nhà nước 30/25/10% (2018 đến 6/2025).',
      en: 'The Hanoi Times (March 2024): "the city\'s partial subsidization of the premium for people enrolling in voluntary social insurance, which is twice as high as the general regulation". Consistent with the city adding 30/25/10% on top of the state’s 30/25/10% (2018 to June 2025).',
    },
  },
  {
    id: 'region-i-reorganisation',
    about: ['si.voluntary.participants.2025-06-30', 'si.compulsory.participants.2025-06-30', 'ui.participants.2025-06-30', 'hi.participants.2025-06-30'],
    severity: 'caveat',
    title: { vi: 'BHXH Hà Nội thành BHXH khu vực I (2025)', en: 'Hanoi Social Insurance became Social Insurance Region I (2025)' },
    detail: {
      vi: 'Báo cáo 6 tháng 2025: "from March 1, 2025, Hanoi Social Insurance was reorganized and renamed Social Insurance Region I. Since April 1, when it came into operation, ..." Các số từ 6/2025 do cơ quan mới báo cáo. Báo cáo vẫn so với cùng kỳ 2024 và gọi là số của Hà Nội, nên không thấy gãy chuỗi số người tham gia; nhưng mẫu số "lực lượng lao động trong độ tuổi" của BHXH tự nguyện (3,2 triệu) khác với của BHTN (4,7 triệu), và số người tham gia BHYT 6/2025 ghi rõ không gồm lực lượng vũ trang: so sánh qua mốc 3/2025 cần thận trọng.',
      en: 'The mid-2025 report: "from March 1, 2025, Hanoi Social Insurance was reorganized and renamed Social Insurance Region I. Since April 1, when it came into operation, ..." Figures from June 2025 are reported by the new body. It still compares them with the same period of 2024 and calls them Hanoi’s, so no break shows in the participant series; but its voluntary SI "working-age workforce" (3.2 million) is not the UI share’s (4.7 million), and its HI count says it excludes the armed forces: compare across March 2025 with care.',
    },
  },
  {
    id: 'hi-armed-forces',
    about: ['hi.participants.2025-06-30'],
    severity: 'caveat',
    title: {
      vi: 'Số người tham gia BHYT 6/2025 không gồm lực lượng vũ trang',
      en: 'HI participants at June 2025 exclude the armed forces',
    },
    detail: {
      vi: 'Các số khác không nói rõ; so sánh 8.175.922 (6/2025) với 8.169.748 (12/2024) cần thận trọng.',
      en: 'The other counts do not say; compare 8,175,922 (June 2025) with 8,169,748 (Dec 2024) with care.',
    },
  },
];
