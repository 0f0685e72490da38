// The policy calendar: instruments that take effect on dates, each with what it changes and the
// published text it was checked against. An entry that sets lever values is also a dated rule of
// the lever set (levers.ts, `inForce`): its values are the policy in force from its date. A
// scenario's levers are the policy from `leversFrom`; entries dated after it change the levers
// they set by their own step (new value minus the value in force the day before) from their date
// (entries already in the data, whose status quo the defaults are, are not applied again),
// on top of the planner's settings, so "the city top-up doubled" stays doubled when a resolution
// raises the top-up for one group. National instruments live here; a region's in its data
// (src/data/policy-calendar.ts).
import type { Bilingual } from '../io/metric.ts';
import type { IsoDate } from '../time.ts';
import type { LeverValues } from './lever-values.ts';

export type Issuer = 'state' | 'city';

export interface Instrument {
  /** "Nghị định 159/2025/NĐ-CP", "Law No. 41/2024/QH15": the instrument's name and number. */
  name: Bilingual;
  /** Its number as published, e.g. "159/2025/NĐ-CP". */
  number: string;
  /** Date signed or passed, where the published text gives it. */
  issued?: IsoDate;
}

/** Where the entry was checked: a published page (publisher, date, address). */
export interface CalendarSource {
  publisher: string;
  /** The page's own date, where it shows one. */
  date?: IsoDate;
  url: string;
}

export interface PolicyEntry {
  id: string;
  /** In force from this day. */
  from: IsoDate;
  issuer: Issuer;
  instrument: Instrument;
  changes: Bilingual;
  /** Lever values in force from `from` (absent: the model has no lever for what it changes). */
  values?: LeverValues;
  sources: readonly CalendarSource[];
  /**
   * 'verified': date, instrument and values read in the published text above; 'reported': named in
   * reports but its own text or number not found (the note says what is not verified).
   */
  status: 'verified' | 'reported';
  /** What is an assumption or unverified in the entry, if anything. */
  caveat?: Bilingual;
}

/**
 * How a scenario treats an entry: in force in the data already (the lever defaults are the data's
 * status quo), in force when the levers start (the scenario's own values say it), applied from its
 * date, after the horizon, or context only (the model has no lever for what it changes).
 */
export type EntryEffect = 'in-data' | 'at-start' | 'applied' | 'beyond-horizon' | 'not-modelled';

/** The dates a scenario's calendar is read against: the data's latest figure, the levers' start, the horizon. */
export interface ScenarioSpan {
  dataEnd: IsoDate;
  leversFrom: IsoDate;
  horizon: IsoDate;
}

export function entryEffect(entry: PolicyEntry, span: ScenarioSpan): EntryEffect {
  if (entry.from <= span.dataEnd) return 'in-data';
  if (entry.from <= span.leversFrom) return 'at-start';
  if (!entry.values) return 'not-modelled';
  return entry.from <= span.horizon ? 'applied' : 'beyond-horizon';
}

/** The lever values of the scenario from a date: one step per date of an applied entry. */
export interface PolicyStep {
  from: IsoDate;
  values: LeverValues;
}

/**
 * The scenario's lever values through time: `values` from `leversFrom`, then at each applied
 * entry's date the entry's change added to the levers it sets, clamped to each lever's range.
 * Entries in force in the data or when the levers start are not applied again.
 * `before(date)` is the rule-set value in force the day before (or undefined: the lever's default).
 */
export function policySteps(
  entries: readonly PolicyEntry[],
  values: LeverValues,
  defaults: LeverValues,
  span: ScenarioSpan,
  inForceBefore: (date: IsoDate) => LeverValues,
  clamp: (id: string, value: number) => number,
): PolicyStep[] {
  const steps: PolicyStep[] = [{ from: span.leversFrom, values }];
  const applied = entries.filter((e) => entryEffect(e, span) === 'applied');
  for (const entry of applied) {
    const before = inForceBefore(entry.from);
    const previous = steps[steps.length - 1]!;
    const next = { ...previous.values };
    for (const [id, value] of Object.entries(entry.values!)) next[id] = clamp(id, next[id]! + value - (before[id] ?? defaults[id]!));
    if (previous.from === entry.from) previous.values = next;
    else steps.push({ from: entry.from, values: next });
  }
  return steps;
}

/** The state's instruments (the region's are in its data). Sorted by date. */
export const NATIONAL_CALENDAR: readonly PolicyEntry[] = [
  {
    id: 'state-support-2018',
    from: '2018-01-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 134/2015/NĐ-CP (theo báo cáo)', en: 'Decree 134/2015/ND-CP (as reported)' },
      number: '134/2015/NĐ-CP',
    },
    changes: {
      vi: 'Nhà nước hỗ trợ BHXH tự nguyện 30% (hộ nghèo), 25% (cận nghèo), 10% (đối tượng khác) mức đóng theo chuẩn nghèo nông thôn.',
      en: 'State support for voluntary SI: 30% (poor), 25% (near-poor), 10% (others) of the premium at the rural poverty line.',
    },
    values: { stateSupportPoor: 30, stateSupportNearPoor: 25, stateSupportOther: 10 },
    sources: [{ publisher: 'Vietnam.vn (Tuổi Trẻ)', url: 'https://vietnam.vn/en/de-xuat-ho-tro-dong-bao-hiem-y-te-bao-hiem-xa-hoi-ap-dung-tu-1-1-2026' }],
    status: 'reported',
    caveat: {
      vi: 'Số hiệu và mức 30/25/10 chưa đối chiếu được với văn bản gốc; các mức được đặt trong số liệu trước 7/2025.',
      en: 'Number and the 30/25/10 levels not checked against the decree’s own text; they lie in the data before July 2025.',
    },
  },
  {
    id: 'poverty-line-2022',
    from: '2022-01-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 07/2021/NĐ-CP về chuẩn nghèo đa chiều 2021-2025', en: 'Decree 07/2021/ND-CP, multidimensional poverty standard 2021-2025' },
      number: '07/2021/NĐ-CP',
      issued: '2021-01-27',
    },
    changes: {
      vi: 'Chuẩn nghèo thu nhập 2022-2025: nông thôn 1,5 triệu, thành thị 2 triệu đồng/người/tháng; mức đóng BHXH tự nguyện thấp nhất là 22% chuẩn nghèo nông thôn.',
      en: 'Income poverty line 2022-2025: rural VND 1.5 million, urban 2 million per person a month; the lowest voluntary SI premium is 22% of the rural line.',
    },
    values: { ruralPovertyLine: 1.5 },
    sources: [{ publisher: 'VietnamPlus (VNA)', url: 'https://fr.vietnamplus.vn/publication-des-criteres-de-pauvrete-multidimensionnelle-pour-la-periode-20222025/155136.vnp' }],
    status: 'verified',
  },
  {
    id: 'base-salary-2024',
    from: '2024-07-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 73/2024/NĐ-CP về lương cơ sở', en: 'Decree 73/2024/ND-CP on the base salary' },
      number: '73/2024/NĐ-CP',
      issued: '2024-06-30',
    },
    changes: {
      vi: 'Lương cơ sở từ 1,8 lên 2,34 triệu đồng/tháng: kéo theo mức đóng BHYT 4,5% lương cơ sở và mức trần tiền lương đóng (20 lần).',
      en: 'Base salary from VND 1.8 to 2.34 million a month: moves the HI premium (4.5% of it) and the wage cap (20 times it).',
    },
    values: { baseSalary: 2.34 },
    sources: [{ publisher: 'Mondaq (Duane Morris Vietnam)', date: '2024-07-05', url: 'https://www.mondaq.com/employee-benefits-compensation/1488976/legal-alert-on-the-new-decree-regulating-minimum-salary' }],
    status: 'verified',
  },
  {
    id: 'si-law-2024',
    from: '2025-07-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Luật Bảo hiểm xã hội số 41/2024/QH15', en: 'Law on Social Insurance No. 41/2024/QH15' },
      number: '41/2024/QH15',
    },
    changes: {
      vi: 'Thời gian đóng tối thiểu để hưởng lương hưu từ 20 xuống 15 năm; hạn chế rút BHXH một lần với người tham gia từ 1/7/2025; thêm nhóm bắt buộc; trợ cấp hưu trí xã hội cho người từ 75 tuổi.',
      en: 'Minimum contribution period for a pension cut from 20 to 15 years; lump-sum withdrawal limited for those joining from 1 July 2025; new compulsory groups; a social pension from age 75.',
    },
    sources: [
      { publisher: 'LawNet', date: '2024-08-31', url: 'https://lawnet.vn/en/laws/official-reduction-of-minimum-social-insurance-contribution-period-to-be-eligible-to-receive-pensions-in-vietnam-from-ju-170934.html' },
      { publisher: 'ASL Gate', url: 'https://aslgate.com/changes-to-social-insurance-schemes-in-vietnam-from-july-2025/' },
    ],
    status: 'verified',
    caveat: {
      vi: 'Ngày hiệu lực, 15 năm và hạn chế rút một lần đã đối chiếu; nhóm bắt buộc mới và trợ cấp hưu trí xã hội từ 75 tuổi theo báo cáo. Mô hình không có đòn bẩy cho các thay đổi này: chúng nằm trong số liệu từ 7/2025.',
      en: 'Date, the 15 years and the lump-sum limits checked; the new compulsory groups and the social pension at 75 as reported. The model has no lever for these: they are in the data from July 2025.',
    },
  },
  {
    id: 'decree-159-2025',
    from: '2025-07-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 159/2025/NĐ-CP hướng dẫn BHXH tự nguyện', en: 'Decree 159/2025/ND-CP on voluntary SI' },
      number: '159/2025/NĐ-CP',
    },
    changes: {
      vi: 'Nhà nước hỗ trợ 50% (hộ nghèo), 40% (cận nghèo), 30% (dân tộc thiểu số), 20% (đối tượng khác) mức đóng theo chuẩn nghèo nông thôn, tối đa 10 năm (120 tháng).',
      en: 'State support of 50% (poor), 40% (near-poor), 30% (ethnic minorities), 20% (others) of the premium at the rural poverty line, for at most 10 years (120 months).',
    },
    values: { stateSupportPoor: 50, stateSupportNearPoor: 40, stateSupportOther: 20 },
    sources: [{ publisher: 'Vietnam.vn', url: 'https://thongtin.vietnam.vn/en/muc-ho-tro-cho-nguoi-tham-gia-bao-hiem-xa-hoi-tu-nguyen' }],
    status: 'verified',
  },
  {
    id: 'minimum-wage-2026',
    from: '2026-01-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 293/2025/NĐ-CP về lương tối thiểu', en: 'Decree 293/2025/ND-CP on minimum wages' },
      number: '293/2025/NĐ-CP',
      issued: '2025-11-10',
    },
    changes: {
      vi: 'Lương tối thiểu vùng tăng bình quân 7,2%: vùng I từ 4.960.000 lên 5.310.000 đồng/tháng. Mô hình không có đòn bẩy lương tối thiểu; tăng tiền lương đóng là một giả định.',
      en: 'Regional minimum wages up 7.2% on average: Region I from VND 4,960,000 to 5,310,000 a month. The model has no minimum-wage lever; insured wage growth is an assumption.',
    },
    sources: [
      { publisher: 'Lao Động', url: 'https://news.laodong.vn/thoi-su/chinh-thuc-tang-luong-toi-thieu-vung-tu-112026-1606919.ldo' },
      { publisher: 'Mondaq (Duane Morris Vietnam)', date: '2025-11-19', url: 'https://www.mondaq.com/employee-benefits-compensation/1706644/decree-on-statutory-minimum-wages-what-you-must-know' },
    ],
    status: 'verified',
  },
  {
    id: 'poverty-line-2027',
    from: '2027-01-01',
    issuer: 'state',
    instrument: {
      name: { vi: 'Nghị định 351/2025/NĐ-CP về chuẩn nghèo đa chiều 2026-2030', en: 'Decree 351/2025/ND-CP, multidimensional poverty standard 2026-2030' },
      number: '351/2025/NĐ-CP',
    },
    changes: {
      vi: 'Giữ chuẩn nghèo 2022-2025 đến hết 31/12/2026; từ 2027 chuẩn nghèo nông thôn 2,2 triệu, thành thị 2,8 triệu đồng/người/tháng: mức đóng BHXH tự nguyện thấp nhất lên 484.000 đồng.',
      en: 'Keeps the 2022-2025 standard to 31 December 2026; from 2027 the rural line is VND 2.2 million, urban 2.8 million per person a month: the lowest voluntary SI premium rises to VND 484,000.',
    },
    values: { ruralPovertyLine: 2.2 },
    sources: [
      { publisher: 'Sài Gòn Giải Phóng', date: '2025-12-31', url: 'https://www.sggp.org.vn/nang-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2027-2030-post831518.html' },
      { publisher: 'Huế Ngày Nay', url: 'https://huengaynay.vn/chinh-tri-xa-hoi/an-sinh-xa-hoi/chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-161540.html' },
    ],
    status: 'verified',
  },
];
