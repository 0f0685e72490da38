// Hanoi's side of the levers: the city's own voluntary SI top-ups and the figures of its reports
// (labour force, population, late payment, wage growth), each with its source. National law and
// generic assumptions stay in the engine's lever registry (src/engine/scenario/levers.ts).
import type { Bilingual, LeverSource, RegionPolicy } from '../engine/index.ts';
import { HANOI_CALENDAR } from './policy-calendar.ts';

const law = (note: Bilingual): LeverSource => ({ kind: 'law', note });
const data = (note: Bilingual): LeverSource => ({ kind: 'data', note });
const assumption = (note: Bilingual): LeverSource => ({ kind: 'assumption', note });

export const HANOI_POLICY: RegionPolicy = {
  levers: {
    cityTopupPoor: {
      default: 30,
      source: law({
        vi: 'Hà Nội hỗ trợ thêm trên cùng mức đóng: +30/+25/+10 từ 8/2022 đến 2025; +50/+60/+10 từ 2026 (theo báo cáo).',
        en: 'Hanoi top-up on the same base, reported as +30/+25/+10 from August 2022 to 2025; +50/+60/+10 from 2026.',
      }),
    },
    cityTopupNearPoor: {
      default: 25,
      source: law({
        vi: 'Hà Nội hỗ trợ thêm cho hộ cận nghèo: +25% (2022-2025), +60% từ 2026 (theo báo cáo).',
        en: 'Hanoi top-up for near-poor households: +25% (2022-2025), +60% from 2026 as reported.',
      }),
    },
    cityTopupOther: {
      default: 10,
      source: law({
        vi: 'Hà Nội hỗ trợ thêm cho đối tượng khác: +10% (2022-2025 và từ 2026). Cùng mức 30/25/10 của Nhà nước, thành phố hỗ trợ gấp đôi: "cao gấp hai lần mức quy định chung" (The Hanoi Times, 3/2024).',
        en: 'Hanoi top-up for other participants: +10% (2022-2025 and from 2026). With the state’s 30/25/10, the city doubled the support: "twice as high as the general regulation" (The Hanoi Times, March 2024).',
      }),
    },
    householdHiSupport: {
      default: 0,
      source: assumption({
        vi: 'Báo cáo không nêu hỗ trợ chung của thành phố cho BHYT hộ gia đình; cơ sở là 0.',
        en: 'No general city support for household HI premiums is reported; 0 is the baseline.',
      }),
    },
    insuredWageGrowth: {
      default: 7,
      source: assumption({
        vi: 'Thu năm 2024 tăng 14,8% khi số người tham gia tăng khoảng 5-6%: tiền lương đóng tăng khoảng 7-8%/năm; giả định 7.',
        en: 'Revenue grew 14.8% in 2024 with participants up about 5-6%: about 7-8% a year from wages; 7 assumed.',
      }),
      distribution: { low: 4, mid: 7, high: 10 },
    },
    labourForceGrowth: {
      default: 2.5,
      source: data({
        vi: 'Một chuỗi lực lượng lao động trong độ tuổi cho cả tỷ lệ BHXH bắt buộc và BHTN, suy ra từ tỷ lệ BHTN: 4.678.555 (12/2024) lên 4.736.889 (6/2025), khoảng 2,5%/năm. "Gần 48%" (9/2025) là cận trên của tỷ lệ BHXH bắt buộc, nên chỉ cho cận dưới (trên 4,79 triệu), không dùng làm giá trị.',
        en: 'One working-age labour force series for both the compulsory SI and the UI share, implied by the UI share: 4,678,555 (Dec 2024) to 4,736,889 (Jun 2025), about 2.5% a year. "Nearly 48%" (Sep 2025) bounds the compulsory SI share from above, so it only gives a lower bound (over 4.79 million), not a value.',
      }),
      distribution: { low: 1.5, mid: 2.5, high: 3.5 },
    },
    labourForceSize: {
      default: 4_736_889,
      source: data({
        vi: '2.133.021 người tham gia BHTN = 45,03% lực lượng lao động trong độ tuổi (30/6/2025).',
        en: '2,133,021 UI participants = 45.03% of the working-age labour force (30 June 2025).',
      }),
      // The reports imply 4.68-4.79 million between Dec 2024 and Sep 2025.
      distribution: { low: 4_600_000, mid: 4_736_889, high: 4_900_000 },
    },
    informalWorkforceSize: {
      default: 3_199_231,
      source: data({
        vi: '112.293 người tham gia BHXH tự nguyện = 3,51% (30/6/2025): mẫu số khoảng 3,20 triệu, khác với 4,74 triệu của tỷ lệ BHTN; kế hoạch 2021 (KH 20/KH-UBND) định nghĩa là nông dân và lao động khu vực phi chính thức.',
        en: '112,293 voluntary SI participants = 3.51% (30 June 2025): a base of about 3.20 million, not the 4.74 million of the UI share; the 2021 plan (No. 20/KH-UBND) defines it as farmers and informal-sector workers.',
      }),
      distribution: { low: 3_000_000, mid: 3_199_231, high: 3_400_000 },
    },
    voluntarySharePoor: {
      default: 0,
      source: data({
        vi: 'Hà Nội không còn hộ nghèo theo chuẩn quốc gia từ cuối năm 2024 (tỷ lệ 0,03% cuối 2023 về 0%: The Hanoi Times, theo Sở LĐ-TB&XH). Cao 0,5%: giả định cho hộ tái nghèo.',
        en: 'Hanoi has had no poor households by the national standard since the end of 2024 (0.03% at the end of 2023 to zero: The Hanoi Times, citing the city’s Department of Labour). High 0.5%: an assumption for households falling back into poverty.',
      }),
      distribution: { low: 0, mid: 0, high: 0.5 },
    },
    voluntaryShareNearPoor: {
      default: 1,
      source: data({
        vi: 'Hộ cận nghèo: 0,77% hộ nông thôn (9.570 hộ, cuối 2024: Kinh tế & Đô thị); 0,99% toàn thành phố cuối 2022 (TTXVN). Tỷ trọng trong người tham gia BHXH tự nguyện chưa được công bố: giả định 1% (0,5 đến 3%).',
        en: 'Near-poor households: 0.77% of rural households (9,570, end of 2024: Kinh tế & Đô thị); 0.99% city-wide at the end of 2022 (VNA). Their share of voluntary SI members is not published: 1% assumed (0.5 to 3%).',
      }),
      distribution: { low: 0.5, mid: 1, high: 3 },
    },
    takeUpResponse: {
      default: 0.3,
      source: assumption({
        vi: 'Điểm % số người chưa tham gia sẽ tham gia cho mỗi 10 điểm % hỗ trợ mức đóng; thấp 0,1 / giữa 0,3 / cao 0,6. Bằng chứng Việt Nam: thử nghiệm ngẫu nhiên theo cụm (Wagstaff, Nguyen, Dao & Bales, Health Economics 25(6), 2016; 3.000 hộ, 20 xã): phiếu giảm 25% phí BHYT chỉ làm tỷ lệ tham gia tăng khoảng 1 điểm %, không có ý nghĩa thống kê (6,3% nhóm đối chứng so với 7,2%), tức khoảng 0,4 điểm cho mỗi 10 điểm. Hà Nội: Nhà nước tăng hỗ trợ đối tượng khác từ 10% lên 20% từ 01/7/2025, nhưng quý III/2025 BHXH tự nguyện tăng +16.274 người (+14,5%), bằng tốc độ quý III/2024 (tối đa +12.453, +14,5%): không thấy tăng tốc, tức dưới khoảng 0,2 điểm cho mỗi 10 điểm.',
        en: 'Percentage points of the non-participating pool who join per 10 points of premium support; low 0.1 / mid 0.3 / high 0.6. Vietnamese evidence: a cluster-randomised trial (Wagstaff, Nguyen, Dao & Bales, Health Economics 25(6), 2016; 3,000 households in 20 communes): a voucher for 25% off the HI premium raised enrolment by about 1 percentage point, not significant (6.3% in the control group against 7.2%), about 0.4 points per 10 points. Hanoi: state support for others rose from 10% to 20% on 1 July 2025, yet voluntary SI grew +16,274 (+14.5%) in Q3 2025, the same rate as in Q3 2024 (at most +12,453, +14.5%): no visible acceleration, under about 0.2 points per 10 points.',
      }),
      distribution: { low: 0.1, mid: 0.3, high: 0.6 },
    },
    populationGrowth: {
      default: 0.7,
      source: data({
        vi: 'Suy ra từ tỷ lệ bao phủ BHYT: 8.577.163 (12/2024) lên 8.622.855 (9/2025), khoảng 0,7%/năm.',
        en: 'Implied by HI coverage: 8,577,163 (Dec 2024) to 8,622,855 (Sep 2025), about 0.7% a year.',
      }),
      distribution: { low: 0.3, mid: 0.7, high: 1.2 },
    },
    latePaymentRate: {
      default: 2.08,
      source: data({
        vi: 'Chậm đóng phải tính lãi: 2,08% năm 2024 (2,34% năm 2023).',
        en: 'Late payment subject to interest: 2.08% in 2024 (2.34% in 2023).',
      }),
    },
  },
  calendar: HANOI_CALENDAR,
};
