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

/** Figures taken from the project's domain notes (law and plans), not from a seed report. */
export const REFERENCE_DOMAIN_NOTES = 'ARCHITECTURE.md domain notes (Hanoi 2025 plan)';

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
