// The lever registry: one definition per lever carries everything the engine knows about it, its
// label, unit and range, how it enters the structural model, how the Monte Carlo treats it, and,
// where national law or a generic assumption sets it, its default with the source. Defaults that
// describe one region (its own top-ups, its labour force, its late payment) come from that
// region's policy (`RegionPolicy`), and `createLeverSet` merges the two into the levers an engine
// runs with. Adding a lever: its definition here, the relation that reads it (policy.ts or
// structural.ts), and its regional default in the region's policy if it has one.
import type { Bilingual } from '../io/metric.ts';
import { addDays, type IsoDate } from '../time.ts';
import { NATIONAL_CALENDAR, policySteps, type PolicyEntry, type PolicyStep, type ScenarioSpan } from './calendar.ts';
import type { LeverValues } from './lever-values.ts';

/** Who sets a lever: the city (its top-ups, HI support, collection effort), the state (law, decree, base salary, rates), or nobody (an assumption about the world). */
export type LeverController = 'city' | 'state' | 'assumption';

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

/**
 * The quantities of the structural model that levers change (structural.ts computes each one
 * from the levers that name it in `enters`, and lists the metrics it reaches).
 */
export type ModelQuantity =
  | 'voluntarySubsidy' // points of the voluntary SI minimum premium people no longer pay
  | 'hiSubsidy' // points of the household HI premium people no longer pay
  | 'takeUp' // enrolment response per point of subsidy, and how much slower members leave
  | 'employment' // elasticity of compulsory SI and UI participants to the labour force
  | 'labourGrowth' // growth of the labour-force denominators
  | 'labourSize' // level of the labour-force denominators
  | 'informalGrowth' // growth of the voluntary SI share's own base (farmers and informal-sector workers)
  | 'informalSize' // level of that base
  | 'populationGrowth' // growth of the population (HI coverage's denominator)
  | 'formalisation' // informal workers moving into compulsory SI
  | 'hiCeiling' // the highest HI coverage reachable
  | 'contributionRates' // compulsory contribution rates
  | 'wageCap' // the share of the wage bill under the contribution cap
  | 'wageGrowth' // growth of the average insured wage
  | 'voluntaryPremium' // the voluntary SI minimum premium
  | 'hiPremium' // the full HI premium
  | 'collection' // revenue collected per unit due
  | 'hiCards'; // people given a free HI card (a count, from the date it is granted)

export interface LeverSource {
  kind: 'law' | 'data' | 'plan' | 'assumption' | 'calibrated';
  note: Bilingual;
}

export interface LeverDistribution {
  low: number;
  mid: number;
  high: number;
}

/** A lever's default, where it comes from, and (if uncertain) its low/mid/high. */
export interface LeverSetting {
  default: number;
  source: LeverSource;
  /** Uncertain levers: the Monte Carlo draws from a triangular distribution over low/mid/high. */
  distribution?: LeverDistribution;
}

/** What the engine knows about a lever in any region. */
export interface LeverSpec {
  id: string;
  group: LeverGroup;
  controller: LeverController;
  label: Bilingual;
  unit: LeverUnit;
  /** The range a value may take; where the law bounds the lever, the legal range (the source says so). */
  min: number;
  max: number;
  step: number;
  /** The structural model's quantities the lever changes. */
  enters: readonly ModelQuantity[];
  /**
   * 'always': drawn on every run (an effect size nobody knows); 'on-request': drawn only when the
   * scenario gives it a distribution, otherwise fixed at its value.
   */
  sampling: 'always' | 'on-request';
  /**
   * An uncertain fact about the status quo rather than a policy choice: the same draw applies to
   * the defaults, so at default policy it changes nothing.
   */
  statusQuoFact?: true;
  /** Set by national law or a generic assumption; absent when only a region's policy can say. */
  national?: LeverSetting;
}

/** A lever as an engine runs it: the spec with the region's default, source and distribution. */
export interface LeverDef extends Omit<LeverSpec, 'national'>, LeverSetting {}

const law = (note: Bilingual): LeverSource => ({ kind: 'law', note });
const assumption = (note: Bilingual): LeverSource => ({ kind: 'assumption', note });

const localTopup: LeverSetting = {
  default: 0,
  source: law({
    vi: 'Luật không quy định phần hỗ trợ thêm của địa phương; tỉnh, thành phố có thể hỗ trợ thêm theo nghị quyết của HĐND (0 nếu không có).',
    en: 'The law sets no local top-up; a province or city may add one by resolution of its People’s Council (0 when it has none).',
  }),
};

/**
 * The poor and the near-poor share of voluntary participants. No report breaks the members down
 * by group, so the registry's default is an assumption; a region with published poverty figures
 * gives its own (Hanoi's in src/data/policy.ts).
 */
const assumedMix: LeverSetting = {
  default: 5,
  source: assumption({
    vi: 'Số liệu không chia theo nhóm: giả định 5% hộ nghèo, 5% cận nghèo, 90% đối tượng khác.',
    en: 'The figures give no breakdown by group: an assumed mix of 5% poor, 5% near-poor, 90% others.',
  }),
  distribution: { low: 2, mid: 5, high: 10 },
};

const VOLUNTARY_SUBSIDY: readonly ModelQuantity[] = ['voluntarySubsidy'];
const HI_SUBSIDY: readonly ModelQuantity[] = ['hiSubsidy'];
const CONTRIBUTION_RATES: readonly ModelQuantity[] = ['contributionRates'];

export const LEVERS: readonly LeverSpec[] = [
  // Voluntary SI premium support, % of the minimum premium.
  {
    id: 'stateSupportPoor',
    group: 'voluntary-si',
    controller: 'state',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: hộ nghèo', en: 'State support, voluntary SI: poor' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 50,
      source: law({
        vi: 'Từ 01/7/2025: hộ nghèo 50% / cận nghèo 40% / dân tộc thiểu số 30% / đối tượng khác 20% (30/25/10 từ 2018 đến 6/2025).',
        en: 'From 1 July 2025: 50% poor / 40% near-poor / 30% ethnic minorities / 20% others (30/25/10 from 2018 to June 2025).',
      }),
    },
  },
  {
    id: 'stateSupportNearPoor',
    group: 'voluntary-si',
    controller: 'state',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: hộ cận nghèo', en: 'State support, voluntary SI: near-poor' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 40,
      source: law({
        vi: 'Từ 01/7/2025: 40% mức đóng tối thiểu cho hộ cận nghèo (trước đó 25%).',
        en: 'From 1 July 2025: 40% of the minimum premium for near-poor households (25% before).',
      }),
    },
  },
  {
    id: 'stateSupportOther',
    group: 'voluntary-si',
    controller: 'state',
    label: { vi: 'Nhà nước hỗ trợ BHXH tự nguyện: đối tượng khác', en: 'State support, voluntary SI: others' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 20,
      source: law({
        vi: 'Từ 01/7/2025: 20% mức đóng tối thiểu cho đối tượng khác (trước đó 10%).',
        en: 'From 1 July 2025: 20% of the minimum premium for other participants (10% before).',
      }),
    },
  },
  {
    id: 'cityTopupPoor',
    group: 'voluntary-si',
    controller: 'city',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: hộ nghèo', en: 'City top-up, voluntary SI: poor' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: localTopup,
  },
  {
    id: 'cityTopupNearPoor',
    group: 'voluntary-si',
    controller: 'city',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: hộ cận nghèo', en: 'City top-up, voluntary SI: near-poor' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: localTopup,
  },
  {
    id: 'cityTopupOther',
    group: 'voluntary-si',
    controller: 'city',
    label: { vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện: đối tượng khác', en: 'City top-up, voluntary SI: others' },
    unit: 'percent-of-min-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'on-request',
    national: localTopup,
  },
  {
    id: 'ruralPovertyLine',
    group: 'voluntary-si',
    controller: 'state',
    label: { vi: 'Chuẩn nghèo nông thôn (thu nhập tối thiểu đóng BHXH tự nguyện)', en: 'Rural poverty line (minimum voluntary SI income)' },
    unit: 'vnd-million-per-month',
    // The legal floor: the voluntary SI income basis cannot be below the rural poverty line in
    // force, VND 1.5 million to the end of 2026 (Decree 351/2025/ND-CP keeps the 2022-2025 line).
    min: 1.5,
    max: 5,
    step: 0.1,
    enters: ['voluntarySubsidy', 'voluntaryPremium'],
    sampling: 'on-request',
    national: {
      default: 1.5,
      source: law({
        vi: '1,5 triệu đồng/tháng từ 2022 đến hết 2026 (NĐ 07/2021, NĐ 351/2025), 2,2 triệu từ 2027; mức đóng tối thiểu là 22% (330.000 đồng). Không thể thấp hơn chuẩn nghèo đang áp dụng.',
        en: 'VND 1.5 million a month from 2022 to the end of 2026 (Decrees 07/2021, 351/2025), 2.2 million from 2027; the minimum premium is 22% of it (VND 330,000). It cannot go below the poverty line in force.',
      }),
    },
  },
  {
    id: 'voluntaryShareNearPoor',
    group: 'voluntary-si',
    controller: 'assumption',
    label: { vi: 'Tỷ trọng hộ cận nghèo trong người tham gia tự nguyện', en: 'Near-poor share of voluntary participants' },
    unit: 'percent',
    min: 0,
    max: 50,
    step: 1,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'always',
    statusQuoFact: true,
    national: assumedMix,
  },
  {
    id: 'voluntarySharePoor',
    group: 'voluntary-si',
    controller: 'assumption',
    label: { vi: 'Tỷ trọng hộ nghèo trong người tham gia tự nguyện', en: 'Poor share of voluntary participants' },
    unit: 'percent',
    min: 0,
    max: 50,
    step: 1,
    enters: VOLUNTARY_SUBSIDY,
    sampling: 'always',
    statusQuoFact: true,
    national: assumedMix,
  },

  // Health insurance.
  {
    id: 'hiPremiumRate',
    group: 'hi',
    controller: 'state',
    label: { vi: 'Mức đóng BHYT (% lương cơ sở)', en: 'HI premium rate (% of base salary)' },
    unit: 'percent',
    min: 0,
    max: 10,
    step: 0.1,
    enters: ['hiSubsidy', 'hiPremium'],
    sampling: 'on-request',
    national: { default: 4.5, source: law({ vi: 'Mức đóng BHYT: 4,5% lương cơ sở.', en: 'HI premium: 4.5% of the base salary.' }) },
  },
  {
    id: 'householdHiSupport',
    group: 'hi',
    controller: 'city',
    label: { vi: 'Hỗ trợ mức đóng BHYT hộ gia đình', en: 'Support for household HI premiums' },
    unit: 'percent-of-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 0,
      source: assumption({
        vi: 'Luật không có hỗ trợ chung cho BHYT hộ gia đình ngoài thang đóng; cơ sở là 0.',
        en: 'The law gives household HI premiums no general support beyond the ladder; 0 is the baseline.',
      }),
    },
  },
  {
    id: 'nearPoorHiSupport',
    group: 'hi',
    controller: 'city',
    label: { vi: 'Hỗ trợ mức đóng BHYT hộ cận nghèo', en: 'Support for near-poor HI premiums' },
    unit: 'percent-of-premium',
    // The legal floor: the state pays at least 70%; a city can only add to it.
    min: 70,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 70,
      source: law({
        vi: 'Nhà nước hỗ trợ tối thiểu 70% mức đóng BHYT cho người thuộc hộ cận nghèo; thành phố có thể hỗ trợ thêm, không thể thấp hơn.',
        en: 'The state pays at least 70% of the HI premium of near-poor household members; a city may add to it, not go below.',
      }),
    },
  },
  {
    id: 'householdMember2',
    group: 'hi',
    controller: 'state',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 2', en: 'Household ladder: 2nd member' },
    unit: 'percent-of-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: {
      default: 70,
      source: law({
        vi: 'Mức đóng hộ gia đình: người thứ 1 đến thứ 5 đóng 100/70/60/50/40% (Luật BHYT, NĐ 146/2018 điều 7).',
        en: 'Household ladder 100/70/60/50/40% of the premium for the 1st..5th member (Law on HI, Decree 146/2018 art. 7).',
      }),
    },
  },
  {
    id: 'householdMember3',
    group: 'hi',
    controller: 'state',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 3', en: 'Household ladder: 3rd member' },
    unit: 'percent-of-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: { default: 60, source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }) },
  },
  {
    id: 'householdMember4',
    group: 'hi',
    controller: 'state',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 4', en: 'Household ladder: 4th member' },
    unit: 'percent-of-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: { default: 50, source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }) },
  },
  {
    id: 'householdMember5',
    group: 'hi',
    controller: 'state',
    label: { vi: 'Thang đóng hộ gia đình: người thứ 5 trở đi', en: 'Household ladder: 5th member on' },
    unit: 'percent-of-premium',
    min: 0,
    max: 100,
    step: 5,
    enters: HI_SUBSIDY,
    sampling: 'on-request',
    national: { default: 40, source: law({ vi: 'Mức đóng hộ gia đình 100/70/60/50/40%.', en: 'Household ladder 100/70/60/50/40%.' }) },
  },
  {
    id: 'hiCardsGranted',
    group: 'hi',
    controller: 'city',
    label: { vi: 'Thẻ BHYT được cấp miễn phí (số người)', en: 'Free HI cards granted (people)' },
    unit: 'people',
    min: 0,
    max: 500_000,
    step: 1000,
    enters: ['hiCards'],
    sampling: 'on-request',
    national: {
      default: 0,
      source: assumption({
        vi: 'Người chưa có thẻ được ngân sách đóng 100% BHYT theo nhóm có tên (một số lượng, không phải độ co giãn); 0 = không có ngoài số liệu. Lịch chính sách cộng thêm từ ngày hiệu lực.',
        en: 'People without a card whose HI premium a budget pays in full, by named group (a count, not an elasticity); 0 = none beyond the data. The policy calendar adds them from its dates.',
      }),
    },
  },
  {
    id: 'hiCoverageCeiling',
    group: 'hi',
    controller: 'assumption',
    label: { vi: 'Trần bao phủ BHYT', en: 'HI coverage ceiling' },
    unit: 'percent',
    min: 90,
    max: 100,
    step: 0.1,
    enters: ['hiCeiling'],
    sampling: 'on-request',
    national: {
      default: 100,
      source: assumption({
        vi: 'Bao phủ không vượt 100%; trần thấp hơn mô tả nhóm khó tiếp cận.',
        en: 'Coverage cannot exceed 100%; a lower ceiling models people who cannot be reached.',
      }),
    },
  },

  // Base salary and compulsory contributions.
  {
    id: 'baseSalary',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Lương cơ sở', en: 'Base salary' },
    unit: 'vnd-million-per-month',
    min: 1,
    max: 6,
    step: 0.01,
    enters: ['hiSubsidy', 'hiPremium', 'wageCap'],
    sampling: 'on-request',
    national: {
      default: 2.34,
      source: law({
        vi: '1,49 triệu (7/2019), 1,8 triệu (7/2023), 2,34 triệu đồng (7/2024).',
        en: 'VND 1.49 million (Jul 2019), 1.8 million (Jul 2023), 2.34 million (Jul 2024).',
      }),
    },
  },
  {
    id: 'employerSiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người sử dụng lao động đóng BHXH', en: 'Employer SI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 40,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: {
      default: 17.5,
      source: law({
        vi: 'Người sử dụng lao động: BHXH 17,5%, BHYT 3%, BHTN 1%; người lao động: BHXH 8%, BHYT 1,5%, BHTN 1% (tổng 32%).',
        en: 'Employer 17.5% SI, 3% HI, 1% UI; employee 8% SI, 1.5% HI, 1% UI (32% in all).',
      }),
    },
  },
  {
    id: 'employeeSiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người lao động đóng BHXH', en: 'Employee SI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 20,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: { default: 8, source: law({ vi: 'Người lao động đóng BHXH 8%.', en: 'Employee 8% SI.' }) },
  },
  {
    id: 'employerHiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người sử dụng lao động đóng BHYT', en: 'Employer HI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 10,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: { default: 3, source: law({ vi: 'Người sử dụng lao động đóng BHYT 3%.', en: 'Employer 3% HI.' }) },
  },
  {
    id: 'employeeHiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người lao động đóng BHYT', en: 'Employee HI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 10,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: { default: 1.5, source: law({ vi: 'Người lao động đóng BHYT 1,5%.', en: 'Employee 1.5% HI.' }) },
  },
  {
    id: 'employerUiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người sử dụng lao động đóng BHTN', en: 'Employer UI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 5,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: { default: 1, source: law({ vi: 'Người sử dụng lao động đóng BHTN 1%.', en: 'Employer 1% UI.' }) },
  },
  {
    id: 'employeeUiRate',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Người lao động đóng BHTN', en: 'Employee UI rate' },
    unit: 'percent-of-wage',
    min: 0,
    max: 5,
    step: 0.5,
    enters: CONTRIBUTION_RATES,
    sampling: 'on-request',
    national: { default: 1, source: law({ vi: 'Người lao động đóng BHTN 1%.', en: 'Employee 1% UI.' }) },
  },
  {
    id: 'wageCapMultiple',
    group: 'compulsory',
    controller: 'state',
    label: { vi: 'Mức trần tiền lương đóng (lần lương cơ sở)', en: 'Wage cap (multiple of base salary)' },
    unit: 'multiple',
    min: 5,
    max: 50,
    step: 1,
    enters: ['wageCap'],
    sampling: 'on-request',
    national: {
      default: 20,
      source: law({
        vi: 'Tiền lương đóng BHXH, BHYT tối đa bằng 20 lần lương cơ sở.',
        en: 'The SI/HI wage base is capped at 20 times the base salary.',
      }),
    },
  },
  // The region's: its revenue and participants say how fast insured wages grow.
  {
    id: 'insuredWageGrowth',
    group: 'compulsory',
    controller: 'assumption',
    label: { vi: 'Tăng tiền lương đóng bình quân', en: 'Average insured wage growth' },
    unit: 'percent-per-year',
    min: -10,
    max: 30,
    step: 0.5,
    enters: ['wageGrowth'],
    sampling: 'on-request',
  },

  // Labour force and population: the region's figures.
  {
    id: 'labourForceGrowth',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Tăng lực lượng lao động trong độ tuổi', en: 'Working-age labour force growth' },
    unit: 'percent-per-year',
    min: -5,
    max: 10,
    step: 0.1,
    enters: ['labourGrowth'],
    sampling: 'on-request',
  },
  {
    id: 'labourForceSize',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Lực lượng lao động trong độ tuổi (số gần nhất)', en: 'Working-age labour force (latest figure)' },
    unit: 'people',
    min: 2_500_000,
    max: 10_000_000,
    step: 10_000,
    enters: ['labourSize'],
    sampling: 'on-request',
  },
  // The voluntary SI share's own base: farmers and informal-sector workers (Plan No. 20/KH-UBND, 2021).
  {
    id: 'informalWorkforceGrowth',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Tăng lao động khu vực phi chính thức (mẫu số BHXH tự nguyện)', en: 'Informal workforce growth (voluntary SI base)' },
    unit: 'percent-per-year',
    min: -10,
    max: 10,
    step: 0.1,
    enters: ['informalGrowth'],
    sampling: 'on-request',
    national: {
      default: 0,
      source: assumption({
        vi: 'Chỉ một số liệu suy ra mẫu số này, nên dự báo giữ nguyên mức gần nhất (0%/năm).',
        en: 'Only one figure implies this base, so the forecast holds it at its latest level (0% a year).',
      }),
    },
  },
  {
    id: 'informalWorkforceSize',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Lao động khu vực phi chính thức (mẫu số BHXH tự nguyện, số gần nhất)', en: 'Informal workforce (voluntary SI base, latest figure)' },
    unit: 'people',
    min: 500_000,
    max: 10_000_000,
    step: 10_000,
    enters: ['informalSize'],
    sampling: 'on-request',
  },
  {
    id: 'populationGrowth',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Tăng dân số', en: 'Population growth' },
    unit: 'percent-per-year',
    min: -3,
    max: 5,
    step: 0.1,
    enters: ['populationGrowth'],
    sampling: 'on-request',
  },
  {
    id: 'formalisation',
    group: 'labour',
    controller: 'city',
    label: { vi: 'Chính thức hóa thêm (chuyển sang BHXH bắt buộc)', en: 'Extra formalisation (into compulsory SI)' },
    unit: 'percent-per-year',
    min: 0,
    max: 10,
    step: 0.1,
    enters: ['formalisation'],
    sampling: 'on-request',
    national: {
      default: 0,
      source: assumption({
        vi: 'Tỷ lệ lao động phi chính thức chuyển sang BHXH bắt buộc mỗi năm, ngoài xu hướng đã có trong dự báo (% lao động phi chính thức).',
        en: 'Yearly shift of informal workers into compulsory SI beyond the trend already in the forecast, % of informal workers.',
      }),
    },
  },
  {
    id: 'employmentElasticity',
    group: 'labour',
    controller: 'assumption',
    label: { vi: 'Độ co giãn số người tham gia theo lao động', en: 'Participation elasticity to the labour force' },
    unit: 'percent',
    min: 0,
    max: 200,
    step: 5,
    enters: ['employment'],
    sampling: 'always',
    national: {
      default: 100,
      source: assumption({
        vi: 'Mức thay đổi tăng lực lượng lao động truyền sang số người tham gia BHXH bắt buộc và BHTN (100% = tương ứng một-một).',
        en: 'How much of a change in labour-force growth passes into compulsory SI and UI participants (100% = one for one).',
      }),
      distribution: { low: 50, mid: 100, high: 120 },
    },
  },

  // Collection.
  {
    id: 'latePaymentRate',
    group: 'collection',
    controller: 'city',
    label: { vi: 'Tỷ lệ chậm đóng', en: 'Late-payment rate' },
    unit: 'percent',
    min: 0,
    max: 30,
    step: 0.1,
    enters: ['collection'],
    sampling: 'on-request',
  },
  {
    id: 'collectionRate',
    group: 'collection',
    controller: 'city',
    label: { vi: 'Tỷ lệ thu được (so với phải thu)', en: 'Collection rate (of amounts due)' },
    unit: 'percent',
    min: 50,
    max: 110,
    step: 0.5,
    enters: ['collection'],
    sampling: 'on-request',
    national: {
      default: 100,
      source: assumption({
        vi: 'So với mức thu đã đạt trong số liệu (100 = như số liệu).',
        en: 'Relative to the collection achieved in the history (100 = as in the data).',
      }),
    },
  },

  // Behaviour.
  {
    id: 'takeUpResponse',
    group: 'behaviour',
    controller: 'assumption',
    label: { vi: 'Phản ứng tham gia theo mức hỗ trợ (giả định)', en: 'Take-up response to subsidy (assumption)' },
    unit: 'pp-per-10pp',
    min: 0,
    max: 5,
    step: 0.05,
    enters: ['takeUp'],
    sampling: 'always',
    national: {
      default: 0.3,
      source: assumption({
        vi: 'Điểm % số người chưa tham gia sẽ tham gia cho mỗi 10 điểm % hỗ trợ mức đóng; thấp 0,1 / giữa 0,3 / cao 0,6. Bằng chứng Việt Nam: thử nghiệm ngẫu nhiên theo cụm (Wagstaff, Nguyen, Dao & Bales, Health Economics 25(6), 2016; 3.000 hộ, 20 xã): phiếu giảm 25% phí BHYT chỉ làm tỷ lệ tham gia tăng khoảng 1 điểm %, không có ý nghĩa thống kê (6,3% nhóm đối chứng so với 7,2%), tức khoảng 0,4 điểm cho mỗi 10 điểm.',
        en: 'Percentage points of the non-participating pool who join per 10 points of premium support; low 0.1 / mid 0.3 / high 0.6. Vietnamese evidence: a cluster-randomised trial (Wagstaff, Nguyen, Dao & Bales, Health Economics 25(6), 2016; 3,000 households in 20 communes): a voucher for 25% off the HI premium raised enrolment by about 1 percentage point, not significant (6.3% in the control group against 7.2%), about 0.4 points per 10 points.',
      }),
      distribution: { low: 0.1, mid: 0.3, high: 0.6 },
    },
  },
  {
    id: 'takeUpExitShare',
    group: 'behaviour',
    controller: 'assumption',
    label: { vi: 'Tốc độ rời bỏ khi giảm hỗ trợ, so với tốc độ tham gia mới (giả định)', en: 'Leaving when support falls, against joining when it rises (assumption)' },
    unit: 'percent',
    min: 0,
    max: 100,
    step: 5,
    enters: ['takeUp'],
    sampling: 'always',
    national: {
      default: 50,
      source: assumption({
        vi: 'Giả định, không có nghiên cứu Việt Nam: khi hỗ trợ giảm, người đang đóng rời bỏ chậm hơn người mới tham gia khi hỗ trợ tăng (đã có số năm đóng để hưởng lương hưu, thói quen); thấp 25% / giữa 50% / cao 100% (đối xứng). Một thử nghiệm ở Nicaragua (Thornton và cộng sự, 2009) thấy dưới 10% còn tham gia một năm sau khi hết hỗ trợ, nên mức cao giữ khả năng đối xứng.',
        en: 'An assumption, with no Vietnamese study behind it: when support falls, members who already pay leave more slowly than newcomers join when it rises (contribution years towards a pension, habit); low 25% / mid 50% / high 100% (symmetric). A trial in Nicaragua (Thornton et al., 2009) found under 10% still enrolled a year after a subsidy ended, so the high end keeps a symmetric response possible.',
      }),
      distribution: { low: 25, mid: 50, high: 100 },
    },
  },
];

const BY_ID = new Map(LEVERS.map((l) => [l.id, l]));

/** A lever's region-free definition (label, unit, range, how it acts), or undefined for an unknown id. */
export function leverById(id: string): LeverSpec | undefined {
  return BY_ID.get(id);
}

export type { LeverValues } from './lever-values.ts';

/** What a region says about the levers: its own defaults and its dated support rules. */
export interface RegionPolicy {
  /** By lever id: the region's default, its source and, if uncertain, its distribution. */
  levers: Readonly<Record<string, LeverSetting>>;
  /** The region's own dated instruments (its top-ups, free HI cards), merged with the national calendar by date. */
  calendar: readonly PolicyEntry[];
}

/** The levers one engine runs with: the registry with a region's defaults. */
export interface LeverSet {
  readonly list: readonly LeverDef[];
  byId(id: string): LeverDef | undefined;
  /** Every lever at its default (a new object each call). */
  defaults(): LeverValues;
  /** The national and regional policy calendar, by date. */
  readonly calendar: readonly PolicyEntry[];
  /** The levers that the calendar's entries in force on `date` set, with their values. */
  inForce(date: string): LeverValues;
  /** The scenario's lever values through time: `values` from `leversFrom`, then each entry applied from its date. */
  steps(values: LeverValues, span: ScenarioSpan): PolicyStep[];
  /** The range a value of the lever may take given the other values (legal bounds; a top-up cannot take support past the premium). */
  legalRange(id: string, values: LeverValues): [number, number];
}

function checkSetting(spec: LeverSpec, s: LeverSetting): void {
  const inRange = (v: number) => Number.isFinite(v) && v >= spec.min && v <= spec.max;
  if (!inRange(s.default)) throw new RangeError(`lever ${spec.id}: default ${s.default} is outside ${spec.min}..${spec.max}`);
  const d = s.distribution;
  if (d && !(inRange(d.low) && inRange(d.high) && d.low <= d.mid && d.mid <= d.high))
    throw new RangeError(`lever ${spec.id}: distribution must have ${spec.min} <= low <= mid <= high <= ${spec.max}`);
  if (spec.sampling === 'always' && !d) throw new RangeError(`lever ${spec.id} is always sampled and needs a distribution`);
}

/** Merges a region's policy into the registry; refuses unknown ids, values out of range, missing defaults and calendar values off a lever's range. */
export function createLeverSet(policy: RegionPolicy): LeverSet {
  for (const id of Object.keys(policy.levers)) if (!BY_ID.has(id)) throw new RangeError(`region policy: unknown lever "${id}"`);
  const missing = LEVERS.filter((s) => !s.national && !policy.levers[s.id]).map((s) => s.id);
  if (missing.length > 0) throw new RangeError(`region policy: no default for ${missing.join(', ')}`);
  const list: LeverDef[] = LEVERS.map(({ national, ...spec }) => {
    const setting = policy.levers[spec.id] ?? national!;
    checkSetting(spec, setting);
    return { ...spec, ...setting };
  });
  const byId = new Map(list.map((l) => [l.id, l]));
  const calendar = [...NATIONAL_CALENDAR, ...policy.calendar].sort((a, b) => a.from.localeCompare(b.from));
  for (const entry of calendar) {
    for (const [id, value] of Object.entries(entry.values ?? {})) {
      const def = byId.get(id);
      if (!def || !(value >= def.min && value <= def.max))
        throw new RangeError(`policy entry ${entry.id} from ${entry.from}: ${id} = ${value} is not a lever value`);
    }
  }
  const defaults = () => Object.fromEntries(list.map((l) => [l.id, l.default]));
  const inForce = (date: string) => {
    const values: LeverValues = {};
    for (const entry of calendar) if (entry.from <= date && entry.values) Object.assign(values, entry.values);
    return values;
  };
  const clamp = (id: string, value: number) => {
    const def = byId.get(id)!;
    return Math.min(def.max, Math.max(def.min, value));
  };
  return {
    list,
    calendar,
    byId: (id) => byId.get(id),
    defaults,
    inForce,
    steps: (values, span) => policySteps(calendar, values, defaults(), span, (date) => inForce(dayBefore(date)), clamp),
    legalRange(id, values) {
      const def = byId.get(id)!;
      const state = TOPUP_OF_STATE[id];
      const max = state === undefined ? def.max : Math.min(def.max, Math.max(def.min, 100 - values[state]!));
      return [def.min, max];
    },
  };
}

/** A city top-up and the state support it adds to: together they cannot pass 100% of the premium. */
const TOPUP_OF_STATE: Readonly<Record<string, string>> = {
  cityTopupPoor: 'stateSupportPoor',
  cityTopupNearPoor: 'stateSupportNearPoor',
  cityTopupOther: 'stateSupportOther',
};

/** The day before an ISO date (the rules in force just before an entry). */
const dayBefore = (date: IsoDate): IsoDate => addDays(date, -1);
