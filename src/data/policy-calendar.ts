// Hanoi's own dated instruments: the People's Council resolutions on the city's top-up of
// voluntary SI premiums and on HI premiums it pays in full. Each entry is checked against the
// published text named in its sources; what could not be checked says so (`status`, `caveat`).
// National instruments are in the engine (src/engine/scenario/calendar.ts).
import type { PolicyEntry } from '../engine/index.ts';

const RESOLUTION_19: PolicyEntry['instrument'] = {
  name: { vi: 'Nghị quyết 19/2025/NQ-HĐND của HĐND thành phố Hà Nội', en: 'Hanoi People’s Council Resolution 19/2025/NQ-HĐND' },
  number: '19/2025/NQ-HĐND',
  issued: '2025-07-09',
};
const RESOLUTION_19_SOURCES: PolicyEntry['sources'] = [
  { publisher: 'Lao Động', url: 'https://news.laodong.vn/tu-van-phap-luat/muc-ho-tro-ve-bao-hiem-y-te-cho-doi-tuong-chinh-sach-xa-hoi-tai-ha-noi-1547434.ldo' },
  { publisher: 'Hà Nội Mới (Vietnam.vn)', date: '2025-07-09', url: 'https://thongtin.vietnam.vn/en/ha-noi-hang-nghin-nguoi-se-duoc-ho-tro-dong-bao-hiem-xa-hoi-tu-nguyen-bao-hiem-y-te' },
];

/**
 * People given a free HI card by Resolution 19/2025 (aged 70-74, mild disabilities, ethnic
 * minorities, without a card and outside compulsory HI): no published count was found, so this is
 * an assumption (order of magnitude: a few percent of Hanoi's 8.6 million people are aged 70-74,
 * and about 5% of the population has no card). The planner edits it as the lever hiCardsGranted.
 */
export const ASSUMED_FREE_CARD_GROUP = 10_000;

export const HANOI_CALENDAR: readonly PolicyEntry[] = [
  {
    id: 'hanoi-topup-2022',
    from: '2022-08-01',
    issuer: 'city',
    instrument: {
      name: { vi: 'Nghị quyết của HĐND thành phố Hà Nội năm 2022 (theo báo cáo: 03/2022/NQ-HĐND)', en: 'Hanoi People’s Council resolution of 2022 (reported as 03/2022/NQ-HĐND)' },
      number: '03/2022/NQ-HĐND',
    },
    changes: {
      vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện +30% (hộ nghèo), +25% (cận nghèo), +10% (đối tượng khác) từ 8/2022 đến hết 2025.',
      en: 'City top-up of voluntary SI premiums +30% (poor), +25% (near-poor), +10% (others) from August 2022 to the end of 2025.',
    },
    values: { cityTopupPoor: 30, cityTopupNearPoor: 25, cityTopupOther: 10 },
    sources: [{ publisher: 'VietnamPlus (VNA)', date: '2022-08-24', url: 'https://en.vietnamplus.vn/first-hanoi-district-to-help-the-poor-participate-in-voluntary-social-insurance/236177.vnp' }],
    status: 'reported',
    caveat: {
      vi: 'Số hiệu nghị quyết chưa tìm được văn bản; các mức suy ra từ bài về quận Long Biên (nhà nước + thành phố + quận = 100%, thành phố 10% cho người thoát cận nghèo).',
      en: 'The resolution’s number not found in a published text; the levels are inferred from the Long Biên district report (state + city + district = 100%; the city’s 10% for those leaving near-poverty).',
    },
  },
  {
    id: 'hanoi-topup-2026',
    from: '2026-01-01',
    issuer: 'city',
    instrument: RESOLUTION_19,
    changes: {
      vi: 'Thành phố hỗ trợ thêm BHXH tự nguyện +50% (hộ nghèo), +60% (cận nghèo), +10% (đối tượng khác) mức đóng theo chuẩn nghèo nông thôn.',
      en: 'City top-up of voluntary SI premiums +50% (poor), +60% (near-poor), +10% (others) of the premium at the rural poverty line.',
    },
    values: { cityTopupPoor: 50, cityTopupNearPoor: 60, cityTopupOther: 10 },
    sources: RESOLUTION_19_SOURCES,
    status: 'verified',
  },
  {
    id: 'hanoi-free-hi-2026',
    from: '2026-01-01',
    issuer: 'city',
    instrument: RESOLUTION_19,
    changes: {
      vi: 'Ngân sách thành phố đóng 100% BHYT cho người 70 đến dưới 75 tuổi, người khuyết tật nhẹ, người dân tộc thiểu số chưa có thẻ và không thuộc diện bắt buộc; 100% trong 36 tháng cho người vừa thoát nghèo, cận nghèo.',
      en: 'The city budget pays the whole HI premium of people aged 70 to under 75, with mild disabilities, or of ethnic minorities, without a card and outside compulsory HI; 100% for 36 months for those just out of (near-)poverty.',
    },
    values: { hiCardsGranted: ASSUMED_FREE_CARD_GROUP },
    sources: RESOLUTION_19_SOURCES,
    status: 'verified',
    caveat: {
      vi: 'Nhóm được đối chiếu với văn bản; số người (10.000) là giả định: chưa tìm được số liệu công bố.',
      en: 'The groups are checked against the text; their size (10,000 people) is an assumption: no published count was found.',
    },
  },
];
