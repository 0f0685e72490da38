// The levers planners move. Each has a default taken from the law, the data, or a labelled
// assumption, a plausible range, and (where uncertain) a low/mid/high distribution that the
// Monte Carlo samples. Defaults describe Hanoi in 2025; values are what the scenario changes.
import type { Bilingual } from '../io/metric.ts';

export type LeverGroup = 'voluntary-si' | 'hi' | 'compulsory' | 'labour' | 'collection' | 'behaviour';

export type LeverUnit =
  | 'percent-of-min-premium' // voluntary SI support, % of the minimum premium (22% of the rural poverty line)
  | 'percent-of-premium' // HI support and household ladder, % of one member's premium
  | 'percent-of-wage' // contribution rates
  | 'percent' // rates and shares
  | 'percent-per-year' // growth rates
  | 'vnd-million-per-month' // base salary, poverty line
  | 'people'
  | 'multiple' // wage cap as a multiple of the base salary
  | 'pp-per-10pp'; // take-up response: enrolment points per 10 points of subsidy

export interface LeverSource {
  kind: 'law' | 'data' | 'plan' | 'assumption' | 'calibrated';
  note: Bilingual;
}

export interface LeverDistribution {
  low: number;
  mid: number;
  high: number;
}

export interface LeverDef {
  id: string;
  group: LeverGroup;
  label: Bilingual;
  unit: LeverUnit;
  default: number;
  min: number;
  max: number;
  step: number;
  source: LeverSource;
  /** Uncertain levers: the Monte Carlo draws from a triangular distribution over low/mid/high. */
  distribution?: LeverDistribution;
}

const law = (note: Bilingual): LeverSource => ({ kind: 'law', note });
const data = (note: Bilingual): LeverSource => ({ kind: 'data', note });
const assumption = (note: Bilingual): LeverSource => ({ kind: 'assumption', note });

export const LEVERS: readonly LeverDef[] = [
  // Voluntary SI premium support, % of the minimum premium.
  {
    id: 'stateSupportPoor',
    group: 'voluntary-si',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: hộ nghèo', en: 'State support, voluntary SI: poor' },
    unit: 'percent-of-min-premium',
    default: 50,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Từ 01/7/2025: hộ nghèo 50% / cận nghèo 40% / dân tộc thiểu số 30% / đối tượng khác 20% (30/25/10 từ 2018 đến 6/2025).',
      en: 'From 1 July 2025: 50% poor / 40% near-poor / 30% ethnic minorities / 20% others (30/25/10 from 2018 to June 2025).',
    }),
  },
  {
    id: 'stateSupportNearPoor',
    group: 'voluntary-si',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: hộ cận nghèo', en: 'State support, voluntary SI: near-poor' },
    unit: 'percent-of-min-premium',
    default: 40,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Từ 01/7/2025: 40% mức đóng tối thiểu cho hộ cận nghèo (trước đó 25%).',
      en: 'From 1 July 2025: 40% of the minimum premium for near-poor households (25% before).',
    }),
  },
  {
    id: 'stateSupportOther',
    group: 'voluntary-si',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: đối tượng khác', en: 'State support, voluntary SI: others' },
    unit: 'percent-of-min-premium',
    default: 20,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Từ 01/7/2025: 20% mức đóng tối thiểu cho đối tượng khác (trước đó 10%).',
      en: 'From 1 July 2025: 20% of the minimum premium for other participants (10% before).',
    }),
  },
  {
    id: 'cityTopupPoor',
    group: 'voluntary-si',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: hộ nghèo', en: 'City top-up, voluntary SI: poor' },
    unit: 'percent-of-min-premium',
    default: 30,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Hà Nội hỗ trợ thêm trên cùng mức đóng: +30/+25/+10 từ 8/2022 đến 2025; +50/+60/+10 từ 2026 (theo báo cáo).',
      en: 'Hanoi top-up on the same base, reported as +30/+25/+10 from August 2022 to 2025; +50/+60/+10 from 2026.',
    }),
  },
  {
    id: 'cityTopupNearPoor',
    group: 'voluntary-si',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: hộ cận nghèo', en: 'City top-up, voluntary SI: near-poor' },
    unit: 'percent-of-min-premium',
    default: 25,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Hà Nội hỗ trợ thêm cho hộ cận nghèo: +25% (2022-2025), +60% từ 2026 (theo báo cáo).',
      en: 'Hanoi top-up for near-poor households: +25% (2022-2025), +60% from 2026 as reported.',
    }),
  },
  {
    id: 'cityTopupOther',
    group: 'voluntary-si',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: đối tượng khác', en: 'City top-up, voluntary SI: others' },
    unit: 'percent-of-min-premium',
    default: 10,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Hà Nội hỗ trợ thêm cho đối tượng khác: +10% (2022-2025 và từ 2026).',
      en: 'Hanoi top-up for other participants: +10% (2022-2025 and from 2026).',
    }),
  },
  {
    id: 'ruralPovertyLine',
    group: 'voluntary-si',
    label: { vi: 'Chuẩn nghèo nông thôn (thu nhập tối thiểu đóng BHXH tự nguyện)', en: 'Rural poverty line (minimum voluntary SI income)' },
    unit: 'vnd-million-per-month',
    default: 1.5,
    min: 1,
    max: 5,
    step: 0.1,
    source: law({
      vi: '1,5 triệu đồng/tháng trong 2022-2025; mức đóng tối thiểu là 22% (330.000 đồng).',
      en: 'VND 1.5 million a month in 2022-2025; the minimum premium is 22% of it (VND 330,000).',
    }),
  },
  {
    id: 'voluntaryShareNearPoor',
    group: 'voluntary-si',
    label: { vi: 'Tỷ trọng hộ cận nghèo trong người tham gia tự nguyện', en: 'Near-poor share of voluntary participants' },
    unit: 'percent',
    default: 5,
    min: 0,
    max: 50,
    step: 1,
    source: assumption({
      vi: 'Báo cáo không nêu: giả định 5% hộ nghèo, 5% cận nghèo, 90% đối tượng khác.',
      en: 'Not in the reports: an assumed mix of 5% poor, 5% near-poor, 90% others.',
    }),
    distribution: { low: 2, mid: 5, high: 10 },
  },
  {
    id: 'voluntarySharePoor',
    group: 'voluntary-si',
    label: { vi: 'Tỷ trọng hộ nghèo trong người tham gia tự nguyện', en: 'Poor share of voluntary participants' },
    unit: 'percent',
    default: 5,
    min: 0,
    max: 50,
    step: 1,
    source: assumption({
      vi: 'Báo cáo không nêu: giả định 5% hộ nghèo, 5% cận nghèo, 90% đối tượng khác.',
      en: 'Not in the reports: an assumed mix of 5% poor, 5% near-poor, 90% others.',
    }),
    distribution: { low: 2, mid: 5, high: 10 },
  },

  // Health insurance.
  {
    id: 'hiPremiumRate',
    group: 'hi',
    label: { vi: 'Mức đóng BHYT (% lương cơ sở)', en: 'HI premium rate (% of base salary)' },
    unit: 'percent',
    default: 4.5,
    min: 0,
    max: 10,
    step: 0.1,
    source: law({ vi: 'Mức đóng BHYT: 4,5% lương cơ sở.', en: 'HI premium: 4.5% of the base salary.' }),
  },
  {
    id: 'householdHiSupport',
    group: 'hi',
    label: { vi: 'Hỗ trợ mức đóng BHYT hộ gia đình', en: 'Support for household HI premiums' },
    unit: 'percent-of-premium',
    default: 0,
    min: 0,
    max: 100,
    step: 5,
    source: assumption({
      vi: 'Báo cáo không nêu hỗ trợ chung của thành phố cho BHYT hộ gia đình; cơ sở là 0.',
      en: 'No general city support for household HI premiums is reported; 0 is the baseline.',
    }),
  },
  {
    id: 'nearPoorHiSupport',
    group: 'hi',
    label: { vi: 'Hỗ trợ mức đóng BHYT hộ cận nghèo', en: 'Support for near-poor HI premiums' },
    unit: 'percent-of-premium',
    default: 70,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Nhà nước hỗ trợ tối thiểu 70% mức đóng BHYT cho người thuộc hộ cận nghèo.',
      en: 'The state pays at least 70% of the HI premium of near-poor household members.',
    }),
  },
  {
    id: 'householdMember2',
    group: 'hi',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 2', en: 'Household ladder: 2nd member' },
    unit: 'percent-of-premium',
    default: 70,
    min: 0,
    max: 100,
    step: 5,
    source: law({
      vi: 'Mức đóng hộ gia đình: người thứ 1 đến thứ 5 đóng 100/70/60/50/40%.',
      en: 'Household ladder 100/70/60/50/40% of the premium for the 1st..5th member.',
    }),
  },
  {
    id: 'householdMember3',
    group: 'hi',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 3', en: 'Household ladder: 3rd member' },
    unit: 'percent-of-premium',
    default: 60,
    min: 0,
    max: 100,
    step: 5,
    source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }),
  },
  {
    id: 'householdMember4',
    group: 'hi',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 4', en: 'Household ladder: 4th member' },
    unit: 'percent-of-premium',
    default: 50,
    min: 0,
    max: 100,
    step: 5,
    source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }),
  },
  {
    id: 'householdMember5',
    group: 'hi',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 5 trở đi', en: 'Household ladder: 5th member on' },
    unit: 'percent-of-premium',
    default: 40,
    min: 0,
    max: 100,
    step: 5,
    source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }),
  },
  {
    id: 'hiCoverageCeiling',
    group: 'hi',
    label: { vi: 'Trần bao phủ BHYT', en: 'HI coverage ceiling' },
    unit: 'percent',
    default: 100,
    min: 90,
    max: 100,
    step: 0.1,
    source: assumption({
      vi: 'Bao phủ không vượt 100%; trần thấp hơn mô tả nhóm khó tiếp cận.',
      en: 'Coverage cannot exceed 100%; a lower ceiling models people who cannot be reached.',
    }),
  },

  // Base salary and compulsory contributions.
  {
    id: 'baseSalary',
    group: 'compulsory',
    label: { vi: 'Lương cơ sở', en: 'Base salary' },
    unit: 'vnd-million-per-month',
    default: 2.34,
    min: 1,
    max: 6,
    step: 0.01,
    source: law({
      vi: '1,49 triệu (7/2019), 1,8 triệu (7/2023), 2,34 triệu đồng (7/2024).',
      en: 'VND 1.49 million (Jul 2019), 1.8 million (Jul 2023), 2.34 million (Jul 2024).',
    }),
  },
  {
    id: 'employerSiRate',
    group: 'compulsory',
    label: { vi: 'Người sử dụng lao động đóng BHXH', en: 'Employer SI rate' },
    unit: 'percent-of-wage',
    default: 17.5,
    min: 0,
    max: 40,
    step: 0.5,
    source: law({
      vi: 'Người sử dụng lao động: BHXH 17,5%, BHYT 3%, BHTN 1%; người lao động: BHXH 8%, BHYT 1,5%, BHTN 1% (tổng 32%).',
      en: 'Employer 17.5% SI, 3% HI, 1% UI; employee 8% SI, 1.5% HI, 1% UI (32% in all).',
    }),
  },
  {
    id: 'employeeSiRate',
    group: 'compulsory',
    label: { vi: 'Người lao động đóng BHXH', en: 'Employee SI rate' },
    unit: 'percent-of-wage',
    default: 8,
    min: 0,
    max: 20,
    step: 0.5,
    source: law({ vi: 'Người lao động đóng BHXH 8%.', en: 'Employee 8% SI.' }),
  },
  {
    id: 'employerHiRate',
    group: 'compulsory',
    label: { vi: 'Người sử dụng lao động đóng BHYT', en: 'Employer HI rate' },
    unit: 'percent-of-wage',
    default: 3,
    min: 0,
    max: 10,
    step: 0.5,
    source: law({ vi: 'Người sử dụng lao động đóng BHYT 3%.', en: 'Employer 3% HI.' }),
  },
  {
    id: 'employeeHiRate',
    group: 'compulsory',
    label: { vi: 'Người lao động đóng BHYT', en: 'Employee HI rate' },
    unit: 'percent-of-wage',
    default: 1.5,
    min: 0,
    max: 10,
    step: 0.5,
    source: law({ vi: 'Người lao động đóng BHYT 1,5%.', en: 'Employee 1.5% HI.' }),
  },
  {
    id: 'employerUiRate',
    group: 'compulsory',
    label: { vi: 'Người sử dụng lao động đóng BHTN', en: 'Employer UI rate' },
    unit: 'percent-of-wage',
    default: 1,
    min: 0,
    max: 5,
    step: 0.5,
    source: law({ vi: 'Người sử dụng lao động đóng BHTN 1%.', en: 'Employer 1% UI.' }),
  },
  {
    id: 'employeeUiRate',
    group: 'compulsory',
    label: { vi: 'Người lao động đóng BHTN', en: 'Employee UI rate' },
    unit: 'percent-of-wage',
    default: 1,
    min: 0,
    max: 5,
    step: 0.5,
    source: law({ vi: 'Người lao động đóng BHTN 1%.', en: 'Employee 1% UI.' }),
  },
  {
    id: 'wageCapMultiple',
    group: 'compulsory',
    label: { vi: 'Mức trần tiền lương đóng (lần lương cơ sở)', en: 'Wage cap (multiple of base salary)' },
    unit: 'multiple',
    default: 20,
    min: 5,
    max: 50,
    step: 1,
    source: law({
      vi: 'Tiền lương đóng BHXH, BHYT tối đa bằng 20 lần lương cơ sở.',
      en: 'The SI/HI wage base is capped at 20 times the base salary.',
    }),
  },
  {
    id: 'insuredWageGrowth',
    group: 'compulsory',
    label: { vi: 'Tăng tiền lương đóng bình quân', en: 'Average insured wage growth' },
    unit: 'percent-per-year',
    default: 7,
    min: -10,
    max: 30,
    step: 0.5,
    source: assumption({
      vi: 'Thu năm 2024 tăng 14,8% khi số người tham gia tăng khoảng 5-6%: tiền lương đóng tăng khoảng 7-8%/năm; giả định 7.',
      en: 'Revenue grew 14.8% in 2024 with participants up about 5-6%: about 7-8% a year from wages; 7 assumed.',
    }),
    distribution: { low: 4, mid: 7, high: 10 },
  },

  // Labour force and population.
  {
    id: 'labourForceGrowth',
    group: 'labour',
    label: { vi: 'Tăng lực lượng lao động trong độ tuổi', en: 'Working-age labour force growth' },
    unit: 'percent-per-year',
    default: 2.5,
    min: -5,
    max: 10,
    step: 0.1,
    source: data({
      vi: 'Suy ra từ tỷ lệ BHTN: 4.678.555 (12/2024) lên 4.736.889 (6/2025), khoảng 2,5%/năm.',
      en: 'Implied by the UI share: 4,678,555 (Dec 2024) to 4,736,889 (Jun 2025), about 2.5% a year.',
    }),
    distribution: { low: 1.5, mid: 2.5, high: 3.5 },
  },
  {
    id: 'labourForceSize',
    group: 'labour',
    label: { vi: 'Lực lượng lao động trong độ tuổi (30/6/2025)', en: 'Working-age labour force (30 Jun 2025)' },
    unit: 'people',
    default: 4_736_889,
    min: 2_500_000,
    max: 10_000_000,
    step: 10_000,
    source: data({
      vi: '2.133.021 người tham gia BHTN = 45,03% lực lượng lao động trong độ tuổi (30/6/2025).',
      en: '2,133,021 UI participants = 45.03% of the working-age labour force (30 June 2025).',
    }),
    // The reports imply 4.68-4.79 million between Dec 2024 and Sep 2025.
    distribution: { low: 4_600_000, mid: 4_736_889, high: 4_900_000 },
  },
  {
    id: 'populationGrowth',
    group: 'labour',
    label: { vi: 'Tăng dân số', en: 'Population growth' },
    unit: 'percent-per-year',
    default: 0.7,
    min: -3,
    max: 5,
    step: 0.1,
    source: data({
      vi: 'Suy ra từ tỷ lệ bao phủ BHYT: 8.577.163 (12/2024) lên 8.622.855 (9/2025), khoảng 0,7%/năm.',
      en: 'Implied by HI coverage: 8,577,163 (Dec 2024) to 8,622,855 (Sep 2025), about 0.7% a year.',
    }),
    distribution: { low: 0.3, mid: 0.7, high: 1.2 },
  },
  {
    id: 'formalisation',
    group: 'labour',
    label: { vi: 'Chính thức hóa thêm (chuyển sang BHXH bắt buộc)', en: 'Extra formalisation (into compulsory SI)' },
    unit: 'percent-per-year',
    default: 0,
    min: 0,
    max: 10,
    step: 0.1,
    source: assumption({
      vi: 'Tỷ lệ lao động phi chính thức chuyển sang BHXH bắt buộc mỗi năm, ngoài xu hướng đã có trong dự báo (% lao động phi chính thức).',
      en: 'Yearly shift of informal workers into compulsory SI beyond the trend already in the forecast, % of informal workers.',
    }),
  },
  {
    id: 'employmentElasticity',
    group: 'labour',
    label: { vi: 'Độ co giãn số người tham gia theo lao động', en: 'Participation elasticity to the labour force' },
    unit: 'percent',
    default: 100,
    min: 0,
    max: 200,
    step: 5,
    source: assumption({
      vi: 'Mức thay đổi tăng lực lượng lao động truyền sang số người tham gia BHXH bắt buộc và BHTN (100% = tương ứng một-một).',
      en: 'How much of a change in labour-force growth passes into compulsory SI and UI participants (100% = one for one).',
    }),
    distribution: { low: 50, mid: 100, high: 120 },
  },

  // Collection.
  {
    id: 'latePaymentRate',
    group: 'collection',
    label: { vi: 'Tỷ lệ chậm đóng', en: 'Late-payment rate' },
    unit: 'percent',
    default: 2.08,
    min: 0,
    max: 30,
    step: 0.1,
    source: data({
      vi: 'Chậm đóng phải tính lãi: 2,08% năm 2024 (2,34% năm 2023).',
      en: 'Late payment subject to interest: 2.08% in 2024 (2.34% in 2023).',
    }),
  },
  {
    id: 'collectionRate',
    group: 'collection',
    label: { vi: 'Tỷ lệ thu được (so với phải thu)', en: 'Collection rate (of amounts due)' },
    unit: 'percent',
    default: 100,
    min: 50,
    max: 110,
    step: 0.5,
    source: assumption({
      vi: 'So với mức thu đã đạt trong số liệu (100 = như số liệu).',
      en: 'Relative to the collection achieved in the history (100 = as in the data).',
    }),
  },

  // Behaviour.
  {
    id: 'takeUpResponse',
    group: 'behaviour',
    label: { vi: 'Phản ứng tham gia theo mức hỗ trợ (giả định)', en: 'Take-up response to subsidy (assumption)' },
    unit: 'pp-per-10pp',
    default: 1.15,
    min: 0,
    max: 5,
    step: 0.05,
    source: assumption({
      vi: 'Thử nghiệm ở nước ngoài: tham gia tăng 0,4 đến 1,9 điểm % cho mỗi 10 điểm % hỗ trợ mức đóng; giữa 1,15.',
      en: 'Trials abroad: +0.4 to +1.9 percentage points of enrolment per 10 points of premium subsidy; mid 1.15.',
    }),
    distribution: { low: 0.4, mid: 1.15, high: 1.9 },
  },
];

const BY_ID = new Map(LEVERS.map((l) => [l.id, l]));

export function leverById(id: string): LeverDef | undefined {
  return BY_ID.get(id);
}

export type LeverValues = Record<string, number>;

export function defaultLeverValues(): LeverValues {
  return Object.fromEntries(LEVERS.map((l) => [l.id, l.default]));
}

/** A change of the voluntary SI support rules, in force from a date (see the levers' sources). */
export interface SupportRule {
  from: string;
  values: LeverValues;
  note: string;
}

export const SUPPORT_RULES: readonly SupportRule[] = [
  {
    from: '2018-01-01',
    values: { stateSupportPoor: 30, stateSupportNearPoor: 25, stateSupportOther: 10 },
    note: 'State support 30/25/10% of the minimum premium (2018 to June 2025).',
  },
  {
    from: '2022-08-01',
    values: { cityTopupPoor: 30, cityTopupNearPoor: 25, cityTopupOther: 10 },
    note: 'Hanoi top-up +30/+25/+10 (August 2022 to 2025).',
  },
  {
    from: '2025-07-01',
    values: { stateSupportPoor: 50, stateSupportNearPoor: 40, stateSupportOther: 20 },
    note: 'State support 50/40/20 from 1 July 2025 (30 for ethnic minorities).',
  },
  {
    from: '2026-01-01',
    values: { cityTopupPoor: 50, cityTopupNearPoor: 60, cityTopupOther: 10 },
    note: 'Hanoi top-up +50/+60/+10 from 2026, as reported.',
  },
];

/** The support levers as the rules in force on `date` set them. */
export function supportInForce(date: string): LeverValues {
  const values: LeverValues = {};
  for (const rule of SUPPORT_RULES) if (rule.from <= date) Object.assign(values, rule.values);
  return values;
}
