// The five reports the embedded dataset comes from (copies in src/data/seeds/).

export interface SeedReport {
  file: string;
  publisher: string;
  published: string;
  period: string;
  url?: string;
}

export const SEED_FEB_2024 = '000_765de540d3db1d04.txt';
export const SEED_PLAN_2021 = '001_f4750916a540c498.txt';
export const SEED_YEAR_2024 = '002_d8ec15ea85ab6afb.txt';
export const SEED_SEP_2025 = '003_96c23edc86e09998.txt';
export const SEED_H1_2025 = '004_17f981d050d4e2f6.txt';

/**
 * Lao Động's report on Hanoi's results to the end of August 2025, with the city's 2025 plan; read in
 * its Japanese edition (the Vietnamese original was not retrieved), so the quote is that edition's.
 */
export const LAO_DONG_AUG_2025 =
  'Lao Động, "Gần 96% người dân Hà Nội có BHYT, cán đích sớm chỉ tiêu 2025" (to end-Aug 2025), ja.laodong.vn/xa-hoi/gan-96-nguoi-dan-ha-noi-co-bhyt-can-dich-som-chi-tieu-2025-1573041.ldo';

export const SEED_REPORTS: readonly SeedReport[] = [
  { file: SEED_PLAN_2021, publisher: 'Government portal (VGP)', published: '2021-01-28', period: "Hanoi's 2021 plan (targets)" },
  { file: SEED_FEB_2024, publisher: 'The Hanoi Times', published: '2024-03 (about)', period: 'late February 2024; national 2023' },
  {
    file: SEED_YEAR_2024,
    publisher: 'Vietnam Social Security (VSS) news',
    published: '2025-03-01',
    period: 'full-year 2024; 2025 solutions',
  },
  {
    file: SEED_H1_2025,
    publisher: 'Hanoi Moi',
    published: '2025 (mid-year)',
    period: 'January-June 2025',
    url: 'https://hanoimoi.vn/ha-noi-bao-hiem-xa-hoi-khu-vuc-i-van-hanh-hieu-qua-mo-hinh-moi-thu-chi-deu-tang-cao-705181.html',
  },
  {
    file: SEED_SEP_2025,
    publisher: 'Hanoi Moi via Vietnam.vn',
    published: '2025-11-04',
    period: 'January-September 2025',
    url: 'https://hanoimoi.vn/bao-hiem-xa-hoi-tp-ha-noi-phan-dau-hoan-thanh-som-cac-chi-tieu-an-sinh-xa-hoi-722053.html',
  },
];
