// The city's yearly targets: stated ones with their sentence, implied ones with their rule.
import type { Target } from '../engine/io/observation-schema.ts';
import { published, seed, target } from './builders.ts';
import {
  compulsoryFeb2024,
  compulsorySep2025,
  contributorsFeb2024,
  hiCoverageJun2025,
  revenueDec2024,
  revenueSep2025,
  uiFeb2024,
  uiSep2025,
  uiShareDec2024,
  uiShareJun2025,
  voluntaryFeb2024,
  voluntaryShareJun2025,
  vnRevenue2023,
} from './observations.ts';
import { LAO_DONG_AUG_2025, SEED_FEB_2024, SEED_PLAN_2021 } from './sources.ts';

const plan2021 = seed(
  SEED_PLAN_2021,
  "VGP – The Ha Noi People’s Committee recently issued Plan No. 20/KH-UBND on implementing social security and health insurance tasks in 2021, targeting to increase health insurance coverage to 91.5% of the city's population this year.",
);
const plan2021Si = seed(
  SEED_PLAN_2021,
  'Under the plan, the percentage of workers participating in compulsory social insurance will reach 39% of the total working-age population, while the rate of workers participating unemployment insurance will be 37%.',
);
const plan2021Voluntary = seed(
  SEED_PLAN_2021,
  'In addition, the percentage of workers participating in voluntary social insurance is expected to make up 1% of the working-age population (farmers and workers in the informal sector).',
);
const plan2024Hi = seed(
  SEED_FEB_2024,
  "Hanoi's social security system must continue to expand health insurance coverage to 94.5% of the population by 2024, according to a document recently released by the municipal People's Committee.",
);

const END_2021 = '2021-12-31';
const END_2024 = '2024-12-31';
const END_2025 = '2025-12-31';

export const TARGETS: readonly Target[] = [
  // 2021 plan (Plan No. 20/KH-UBND)
  target('hi.coverage', END_2021, 91.5, plan2021),
  target('si.compulsory.share', END_2021, 39, plan2021Si),
  target('ui.share', END_2021, 37, plan2021Si),
  target('si.voluntary.share', END_2021, 1, plan2021Voluntary),

  // 2024
  target('hi.coverage', END_2024, 94.5, plan2024Hi, {
    notes: 'The 2024 results report says coverage of 95.25% exceeded the target "by 0.8%": 95.25 - 94.5 = 0.75, consistent after rounding.',
  }),
  target(
    'si.compulsory.participants',
    END_2024,
    2_050_114,
    { base: compulsoryFeb2024, method: 'divide-by-percent', by: 87.8, decimals: 0, rule: '1.8 million is 87.8% of the target' },
    {
      qualifier: 'about',
      notes: 'Approximate: 1.8 million is a rounded figure.',
    },
  ),
  target(
    'ui.participants',
    END_2024,
    1_700_319,
    { base: uiFeb2024, method: 'divide-by-percent', by: 94.1, decimals: 0, rule: '"over 1.6 million" is 94.1% of the target' },
    {
      qualifier: 'about',
      notes:
        'Approximate. The year-end report says 2,100,671 "surpassed the assigned target by 4.9%", which suggests a different target (see the consistency report).',
    },
  ),
  target('ui.share', END_2024, 40, {
    base: uiShareDec2024,
    method: 'subtract',
    by: 4.9,
    decimals: 1,
    rule: '44.9% of the working-age labour force surpassed the target by 4.9 (read as percentage points)',
  }),
  target(
    'si.voluntary.participants',
    END_2024,
    141_615,
    { base: voluntaryFeb2024, method: 'divide-by-percent', by: 57.91, decimals: 0, rule: '82,009 is about 57.91% of the 2024 target' },
    { qualifier: 'about', notes: 'Approximate: the report says "about 57.91%".' },
  ),
  target(
    'si.voluntary.contributors',
    END_2024,
    712_909,
    { base: contributorsFeb2024, method: 'divide-by-percent', by: 5.19, decimals: 0, rule: '"more than 37,000" is 5.19% of the target' },
    {
      qualifier: 'about',
      notes: 'Implausible against the 141,615 voluntary SI target implied the same day; kept as reported and flagged.',
    },
  ),
  target('revenue.total', END_2024, 67_216.4, {
    base: revenueDec2024,
    method: 'divide-by-percent',
    by: 105,
    decimals: 1,
    rule: 'VND 70,577.2 billion is 105% of the 2024 revenue target',
  }),

  // 2025
  target('hi.coverage', END_2025, 95.5, {
    base: hiCoverageJun2025,
    method: 'subtract',
    by: 0.01,
    decimals: 2,
    rule: '95.51% exceeds the 2025 target by 0.01 (percentage points)',
  }),
  target('si.voluntary.share', END_2025, 3.5, {
    base: voluntaryShareJun2025,
    method: 'subtract',
    by: 0.01,
    decimals: 2,
    rule: '3.51% exceeds the 2025 target by 0.01 (percentage points)',
  }),
  target('ui.share', END_2025, 45, {
    base: uiShareJun2025,
    method: 'subtract',
    by: 0.03,
    decimals: 2,
    rule: '45.03% exceeds the 2025 target by 0.03 (percentage points)',
  }),
  target(
    'si.compulsory.share',
    END_2025,
    47.5,
    published(
      LAO_DONG_AUG_2025,
      '2025年、ハノイ市が割り当てた計画によると、医療保険(BHYT)の普及率は人口の95.5%を占めています。強制社会保険(BHXH)の加入率は労働年齢人口の47.5%を占めています。',
    ),
    {
      notes:
        'In English: "Under the plan Hanoi assigned for 2025, HI coverage is 95.5% of the population; compulsory SI participation is 47.5% of the working-age population." The same report gives UI 45% and voluntary SI as "35%" (a slip of the translation for 3.5%, the target the mid-year report implies).',
    },
  ),
  target(
    'si.compulsory.participants',
    END_2025,
    2_497_556,
    { base: compulsorySep2025, method: 'divide-by-percent', by: 92.05, decimals: 0, rule: '2.299 million is 92.05% of the plan' },
    {
      qualifier: 'about',
    },
  ),
  target(
    'ui.participants',
    END_2025,
    2_394_502,
    { base: uiSep2025, method: 'divide-by-percent', by: 93.13, decimals: 0, rule: '2.23 million is 93.13% of the plan' },
    {
      qualifier: 'about',
    },
  ),
  target('revenue.total', END_2025, 76_384, {
    base: revenueSep2025,
    method: 'divide-by-percent',
    by: 74.28,
    decimals: 1,
    rule: 'VND 56,738 billion is 74.28% of the yearly plan',
  }),

  // Vietnam, 2023
  target(
    'revenue.total',
    '2023-12-31',
    465_437,
    {
      base: vnRevenue2023,
      method: 'divide-by-percent',
      by: 101.41,
      decimals: 0,
      rule: "VND 472 trillion is 1.41% above the Prime Minister's target",
    },
    {
      region: 'Vietnam',
    },
  ),
];
