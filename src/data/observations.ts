// Every figure in the five seed reports that bears on participation, coverage, revenue,
// expenditure, benefits or targets, with the sentence it came from. Derived figures carry
// the rule that produced them; tests recompute each one.
import type { Observation } from '../engine/io/observation-schema.ts';
import { derivedFigure, figure, seed } from './builders.ts';
import { SEED_FEB_2024, SEED_H1_2025, SEED_SEP_2025, SEED_YEAR_2024 } from './sources.ts';

// ---- Late February 2024 (The Hanoi Times) -------------------------------------------------
const FEB_2024 = '2024-02-29';
const febHi = seed(
  SEED_FEB_2024,
  'Deputy Director of the Hanoi Social Security Vu Duc Thuat said that as of late February, the number of health insurance enrollments in the capital city reached 7.9 million, or 89.61% of the city’s registered population.',
);
const febVoluntary = seed(
  SEED_FEB_2024,
  'Voluntary social insurance has been signed up by 82,009 people, about 57.91% of the target set for 2024.',
);
const febCompulsory = seed(
  SEED_FEB_2024,
  'Meanwhile, the number of people enrolled in compulsory social insurance reached 1.8 million, 87.8% of the target.',
);
const febUi = seed(
  SEED_FEB_2024,
  'The number of persons paying unemployment insurance contributions was over 1.6 million, or 94.1% of the target.',
);
const febContributors = seed(
  SEED_FEB_2024,
  'The number of contributors to voluntary social insurance was more than 37,000, or 5.19% of the target.',
);

export const hiParticipantsFeb2024 = figure('hi.participants', FEB_2024, 7_900_000, febHi, { qualifier: 'about' });
const hiCoverageFeb2024 = figure('hi.coverage', FEB_2024, 89.61, febHi, {
  denominator: 'registered-population',
  notes:
    'Share of the registered population, not the resident population used in the other coverage figures; and February is the early-year low, when cards that lapsed at year end are not yet renewed.',
});
export const voluntaryFeb2024 = figure('si.voluntary.participants', FEB_2024, 82_009, febVoluntary);
const voluntaryPctPlanFeb2024 = figure('si.voluntary.pct-plan', FEB_2024, 57.91, febVoluntary, { qualifier: 'about' });
export const compulsoryFeb2024 = figure('si.compulsory.participants', FEB_2024, 1_800_000, febCompulsory, { qualifier: 'about' });
const compulsoryPctPlanFeb2024 = figure('si.compulsory.pct-plan', FEB_2024, 87.8, febCompulsory);
export const uiFeb2024 = figure('ui.participants', FEB_2024, 1_600_000, febUi, { qualifier: 'over' });
const uiPctPlanFeb2024 = figure('ui.pct-plan', FEB_2024, 94.1, febUi);
export const contributorsFeb2024 = figure('si.voluntary.contributors', FEB_2024, 37_000, febContributors, {
  qualifier: 'over',
  notes:
    'Reported in the same article as 82,009 voluntary SI participants; 37,000 at 5.19% implies a plan of about 713,000, five times the plan implied by 82,009 at 57.91%. Likely a different measure (e.g. new contributors or the national plan); kept as reported.',
});
const contributorsPctPlanFeb2024 = figure('si.voluntary.contributors-pct-plan', FEB_2024, 5.19, febContributors);

// ---- Full-year 2024 (VSS news) --------------------------------------------------------------
const DEC_2024 = '2024-12-31';
const DEC_2023 = '2023-12-31';
const yearHi = seed(
  SEED_YEAR_2024,
  "Health insurance coverage reached 95.25% of the population, with 8,169,748 people participating, an increase of 227,554 people (2.9%) compared to 2023, exceeding the target set by the City People's Council and the City People's Committee by 0.8%.",
);
const yearUi = seed(
  SEED_YEAR_2024,
  'The number of unemployment insurance participants was 2,100,671, an increase of 110,444 people (5.55%) compared to 2023, accounting for 44.9% of the working-age labor force and surpassing the assigned target by 4.9%.',
);
const yearRevenue = seed(
  SEED_YEAR_2024,
  'Hanoi Social Security office exceeded the revenue target assigned by Vietnam Social Security, with total revenue from social insurance, health insurance, and unemployment insurance reaching VND 70,577.2 billion, an increase of VND 9,122.1 billion (14.8%) compared to 2023, achieving 105% of the 2024 target.',
);
const yearLate = seed(SEED_YEAR_2024, 'The rate of late payment subject to interest was 2.08%, down 0.26% from 2023.');
const yearBenefits = seed(
  SEED_YEAR_2024,
  'In 2024, Hanoi city Social Security office processed social and unemployment insurance benefits for 638,982 cases, with total payment exceeding VND 9,221 billion.',
);
const yearLumpSum = seed(
  SEED_YEAR_2024,
  'Among them, 40,323 people received lump-sum social insurance benefits, a decrease of 1,531 people (3.66%) compared to 2023.',
);
const yearPension = seed(
  SEED_YEAR_2024,
  'Regarding pension and monthly social insurance benefits payment, 596,000 beneficiaries received a total of VND 45,131 billion, with 99.04% of payments made via personal bank accounts.',
);
const yearMedical = seed(
  SEED_YEAR_2024,
  'For health insurance-covered medical payment, a total of VND 25,376.395 billion was paid, including VND 6,776.878 billion for outpatient treatment and VND 18,599.517 billion for inpatient treatment.',
);
const yearInspections = seed(
  SEED_YEAR_2024,
  'Hanoi Social Security Office conducted 5,041 inspections and audits, promptly detecting and addressing violations.',
);
const yearRecovered = seed(
  SEED_YEAR_2024,
  'A total of VND 500 billion was recovered from late social, health and unemployment insurance premiums payment for 704 workers, amounting to VND 16.2 billion.',
);
const yearImproper = seed(
  SEED_YEAR_2024,
  'Additionally, VND 871.8 million was repaid because of improper benefit payments under regulation.',
);
const yearVssid = seed(
  SEED_YEAR_2024,
  'Across the city, more than 4.18 million people have registered for electronic transactions and use the VssID – Digital Social Insurance application.',
);
const yearNewborn = seed(
  SEED_YEAR_2024,
  'Especially, the implementation of the Government’s Project 06 has been effectively carried out by Hanoi city Social security office, with 156,589 cases of integrated birth registration and health insurance card issuance for children under six years old, as well as over 1,082 cases of funeral allowance processing through the system.',
);

export const hiCoverageDec2024 = figure('hi.coverage', DEC_2024, 95.25, yearHi);
export const hiParticipantsDec2024 = figure('hi.participants', DEC_2024, 8_169_748, yearHi);
const hiParticipantsDec2023 = derivedFigure('hi.participants', DEC_2023, 7_942_194, {
  base: hiParticipantsDec2024,
  method: 'subtract',
  by: 227_554,
  decimals: 0,
  rule: 'end-2023 = end-2024 participants minus the stated increase of 227,554',
});
export const uiDec2024 = figure('ui.participants', DEC_2024, 2_100_671, yearUi);
const uiDec2023 = derivedFigure('ui.participants', DEC_2023, 1_990_227, {
  base: uiDec2024,
  method: 'subtract',
  by: 110_444,
  decimals: 0,
  rule: 'end-2023 = end-2024 participants minus the stated increase of 110,444',
});
export const uiShareDec2024 = figure('ui.share', DEC_2024, 44.9, yearUi);
export const revenueDec2024 = figure('revenue.total', DEC_2024, 70_577.2, yearRevenue);
const revenueDec2023 = derivedFigure('revenue.total', DEC_2023, 61_455.1, {
  base: revenueDec2024,
  method: 'subtract',
  by: 9_122.1,
  decimals: 1,
  rule: '2023 revenue = 2024 revenue minus the stated increase of VND 9,122.1 billion',
});
const revenuePctPlanDec2024 = figure('revenue.pct-plan', DEC_2024, 105, yearRevenue);
const lateRateDec2024 = figure('arrears.late-rate', DEC_2024, 2.08, yearLate);
const lateRateDec2023 = derivedFigure('arrears.late-rate', DEC_2023, 2.34, {
  base: lateRateDec2024,
  method: 'add',
  by: 0.26,
  decimals: 2,
  rule: '2023 rate = 2024 rate plus the stated fall of 0.26 (read as percentage points)',
});
const benefitCases2024 = figure('benefits.si-ui.cases', DEC_2024, 638_982, yearBenefits);
const benefitPaid2024 = figure('benefits.si-ui.paid', DEC_2024, 9_221, yearBenefits, { qualifier: 'over' });
const lumpSum2024 = figure('benefits.lump-sum.people', DEC_2024, 40_323, yearLumpSum);
const lumpSum2023 = derivedFigure('benefits.lump-sum.people', DEC_2023, 41_854, {
  base: lumpSum2024,
  method: 'add',
  by: 1_531,
  decimals: 0,
  rule: '2023 = 2024 plus the stated decrease of 1,531 people',
});
const pensionBeneficiaries2024 = figure('pension.beneficiaries', DEC_2024, 596_000, yearPension, { qualifier: 'about' });
const pensionPaid2024 = figure('pension.paid', DEC_2024, 45_131, yearPension);
// The report states no total: its three payments add up to at least this much.
const expenditure2024 = derivedFigure(
  'expenditure.total',
  DEC_2024,
  79_728.4,
  {
    base: pensionPaid2024,
    method: 'add',
    by: 9_221 + 25_376.395,
    decimals: 1,
    rule: '2024 expenditure = pensions and monthly benefits 45,131 + SI and UI benefits "exceeding 9,221" + HI medical payments 25,376.395 (VND billion)',
  },
  {
    qualifier: 'over',
    notes: 'The sum of the three payments the report states; SI and UI benefits "exceeded" 9,221 and other spending (administration) is not stated, so a lower bound. Revenue was 70,577.2.',
  },
);
const pensionBank2024 = figure('pension.bank-share', DEC_2024, 99.04, yearPension);
export const medicalPaid2024 = figure('hi.medical.paid', DEC_2024, 25_376.395, yearMedical);
export const medicalOutpatient2024 = figure('hi.medical.outpatient', DEC_2024, 6_776.878, yearMedical);
export const medicalInpatient2024 = figure('hi.medical.inpatient', DEC_2024, 18_599.517, yearMedical);
const inspections2024 = figure('inspection.count', DEC_2024, 5_041, yearInspections);
const recovered2024 = figure('arrears.recovered', DEC_2024, 500, yearRecovered, {
  notes: 'The sentence is garbled in the source; read as VND 500 billion of late premiums recovered in the year.',
});
const restoredWorkers2024 = figure('inspection.workers-restored', DEC_2024, 704, yearRecovered, {
  notes: 'Read as: for 704 workers, VND 16.2 billion of premiums were recovered (the sentence is garbled in the source).',
});
const restoredAmount2024 = figure('inspection.amount-restored', DEC_2024, 16.2, yearRecovered);
const improperRepaid2024 = figure('benefits.improper-repaid', DEC_2024, 0.8718, yearImproper, {
  notes: 'VND 871.8 million, stored in VND billion.',
});
const vssid2024 = figure('vssid.registered', DEC_2024, 4_180_000, yearVssid, { qualifier: 'over' });
const newborn2024 = figure('hi.newborn-cards', DEC_2024, 156_589, yearNewborn);

// ---- January-June 2025 (Hanoi Moi) ---------------------------------------------------------
const JUN_2025 = '2025-06-30';
const JUN_2024 = '2024-06-30';
const h1Hi = seed(
  SEED_H1_2025,
  'Specifically, the number of people participating in health insurance (excluding the armed forces) is 8,175,922 people, an increase of 197,951 people, an increase of 2.48% over the same period in 2024; the health insurance coverage rate reaches 95.51% of the population (exceeding 0.01% compared to the assigned target in 2025); the number of people participating in compulsory social insurance is 2,200,462 people, an increase of 125,177 people, an increase of 6.03% over the same period in 2024.',
);
const h1Voluntary = seed(
  SEED_H1_2025,
  'The number of people participating in voluntary social insurance is 112,293 people, an increase of 26,179 people, an increase of 30.87% over the same period in 2024; accounting for 3.51% of the working-age workforce (exceeding 0.01% of the assigned target for 2025).',
);
const h1Ui = seed(
  SEED_H1_2025,
  'Regarding the rate of workers participating in unemployment insurance, the number of participants is 2,133,021 people, an increase of 124,860 people, an increase of 6.22% over the same period in 2024; accounting for 45.03% of the working-age workforce (exceeding 0.03% compared to the assigned target in 2025).',
);
const h1Revenue = seed(
  SEED_H1_2025,
  'Estimated revenue from social insurance, health insurance, and unemployment insurance by the end of June 2025 is VND 38,306 billion, an increase of VND 6,793 billion, an increase of 21.56% over the same period in 2024.',
);
const h1Expenditure = seed(
  SEED_H1_2025,
  'Expenditure is VND 43,272.8 billion, an increase of VND 5,783.9 billion, an increase of 15.43% over the same period in 2024...',
);

export const hiParticipantsJun2025 = figure('hi.participants', JUN_2025, 8_175_922, h1Hi, {
  notes: 'Excludes the armed forces (the other participant counts do not say).',
});
const hiParticipantsJun2024 = derivedFigure(
  'hi.participants',
  JUN_2024,
  7_977_971,
  {
    base: hiParticipantsJun2025,
    method: 'subtract',
    by: 197_951,
    decimals: 0,
    rule: 'mid-2024 = mid-2025 minus the stated increase of 197,951',
  },
  { notes: 'Excludes the armed forces.' },
);
export const hiCoverageJun2025 = figure('hi.coverage', JUN_2025, 95.51, h1Hi);
export const compulsoryJun2025 = figure('si.compulsory.participants', JUN_2025, 2_200_462, h1Hi);
const compulsoryJun2024 = derivedFigure('si.compulsory.participants', JUN_2024, 2_075_285, {
  base: compulsoryJun2025,
  method: 'subtract',
  by: 125_177,
  decimals: 0,
  rule: 'mid-2024 = mid-2025 minus the stated increase of 125,177',
});
export const voluntaryJun2025 = figure('si.voluntary.participants', JUN_2025, 112_293, h1Voluntary);
const voluntaryJun2024 = derivedFigure(
  'si.voluntary.participants',
  JUN_2024,
  86_114,
  { base: voluntaryJun2025, method: 'subtract', by: 26_179, decimals: 0, rule: 'mid-2024 = mid-2025 minus the stated increase of 26,179' },
  { notes: 'The report also says +30.87%, which would give 85,805; the stated head-count increase is used (see the consistency report).' },
);
export const voluntaryShareJun2025 = figure('si.voluntary.share', JUN_2025, 3.51, h1Voluntary);
export const uiJun2025 = figure('ui.participants', JUN_2025, 2_133_021, h1Ui);
const uiJun2024 = derivedFigure('ui.participants', JUN_2024, 2_008_161, {
  base: uiJun2025,
  method: 'subtract',
  by: 124_860,
  decimals: 0,
  rule: 'mid-2024 = mid-2025 minus the stated increase of 124,860',
});
export const uiShareJun2025 = figure('ui.share', JUN_2025, 45.03, h1Ui);
export const revenueJun2025 = figure('revenue.total', JUN_2025, 38_306, h1Revenue, {
  qualifier: 'about',
  notes: 'An estimate at the time of the report.',
});
export const revenueJun2024 = derivedFigure('revenue.total', JUN_2024, 31_513, {
  base: revenueJun2025,
  method: 'subtract',
  by: 6_793,
  decimals: 0,
  rule: 'Jan-Jun 2024 = Jan-Jun 2025 minus the stated increase of VND 6,793 billion',
});
const expenditureJun2025 = figure('expenditure.total', JUN_2025, 43_272.8, h1Expenditure);
const expenditureJun2024 = derivedFigure('expenditure.total', JUN_2024, 37_488.9, {
  base: expenditureJun2025,
  method: 'subtract',
  by: 5_783.9,
  decimals: 1,
  rule: 'Jan-Jun 2024 = Jan-Jun 2025 minus the stated increase of VND 5,783.9 billion',
});

// ---- January-September 2025 (Hanoi Moi via Vietnam.vn) -------------------------------------
const SEP_2025 = '2025-09-30';
const SEP_2024 = '2024-09-30';
const sepCompulsory = seed(
  SEED_SEP_2025,
  'By the end of September, the entire city had 2.299 million people participating in compulsory social insurance, reaching 92.05% of the plan, an increase of more than 182 thousand people compared to the same period, accounting for nearly 48% of the working-age workforce.',
);
const sepUi = seed(
  SEED_SEP_2025,
  'Unemployment insurance (UI) had 2.23 million participants, equivalent to 93.13% of the plan, an increase of more than 185 thousand people.',
);
const sepVoluntary = seed(
  SEED_SEP_2025,
  'Notably, voluntary social insurance continued to expand, reaching 128,567 people, an increase of over 30,000 people compared to the same period, demonstrating the effectiveness of communication work and flexible policy advocacy.',
);
const sepHi = seed(
  SEED_SEP_2025,
  "Health insurance (HI) covered 8.24 million people, equivalent to 95.56% of the capital's population - the highest level ever.",
);
const sepRevenue = seed(
  SEED_SEP_2025,
  'Total revenue from social insurance, health insurance and unemployment insurance reached over VND56,738 billion, up 14.66% over the same period, equivalent to 74.28% of the yearly plan.',
);
const sepReview = seed(
  SEED_SEP_2025,
  'In addition, Hanoi Social Insurance has reviewed data of over 22,000 units, exploited and added new contributions at 2,383 units with over 9,300 employees, contributing to preventing revenue loss and ensuring fairness in policy implementation.',
);
const sepNewborn = seed(
  SEED_SEP_2025,
  "Implementing the Government 's Project 06, Hanoi Social Security has synchronized health insurance card data with citizen identification cards for 7.79 million people, and simultaneously linked birth registration procedures - issuing health insurance cards for more than 200,000 children.",
);
const sepPension = seed(
  SEED_SEP_2025,
  'Pension and social insurance benefits were paid on time and safely, with 99.46% paid through personal accounts - an important step in promoting cashless payments.',
);
const sepPensionPaid = seed(
  SEED_SEP_2025,
  'The total amount of monthly pension and benefits paid in the past 9 months reached 36,831 billion VND, ensuring benefits for more than 600,000 people.',
);
const sepMedical = seed(
  SEED_SEP_2025,
  "In the field of health insurance examination and treatment, the cost of health insurance examination and treatment in 9 months reached 21,763 billion VND, an increase of 16.7% over the same period, with more than 10.3 million medical examinations and treatments, demonstrating people's trust in the health insurance system.",
);

export const compulsorySep2025 = figure('si.compulsory.participants', SEP_2025, 2_299_000, sepCompulsory, { qualifier: 'about' });
const compulsorySep2024 = derivedFigure(
  'si.compulsory.participants',
  SEP_2024,
  2_117_000,
  {
    base: compulsorySep2025,
    method: 'subtract',
    by: 182_000,
    decimals: 0,
    rule: 'Sep 2024 = Sep 2025 minus the stated increase of "more than 182 thousand"',
  },
  { qualifier: 'under' },
);
const compulsoryPctPlanSep2025 = figure('si.compulsory.pct-plan', SEP_2025, 92.05, sepCompulsory);
export const compulsoryShareSep2025 = figure('si.compulsory.share', SEP_2025, 48, sepCompulsory, { qualifier: 'under' });
export const uiSep2025 = figure('ui.participants', SEP_2025, 2_230_000, sepUi, { qualifier: 'about' });
const uiSep2024 = derivedFigure(
  'ui.participants',
  SEP_2024,
  2_045_000,
  {
    base: uiSep2025,
    method: 'subtract',
    by: 185_000,
    decimals: 0,
    rule: 'Sep 2024 = Sep 2025 minus the stated increase of "more than 185 thousand"',
  },
  { qualifier: 'under' },
);
const uiPctPlanSep2025 = figure('ui.pct-plan', SEP_2025, 93.13, sepUi);
export const voluntarySep2025 = figure('si.voluntary.participants', SEP_2025, 128_567, sepVoluntary);
const voluntarySep2024 = derivedFigure(
  'si.voluntary.participants',
  SEP_2024,
  98_567,
  {
    base: voluntarySep2025,
    method: 'subtract',
    by: 30_000,
    decimals: 0,
    rule: 'Sep 2024 = Sep 2025 minus the stated increase of "over 30,000"',
  },
  { qualifier: 'under' },
);
export const hiParticipantsSep2025 = figure('hi.participants', SEP_2025, 8_240_000, sepHi, { qualifier: 'about' });
export const hiCoverageSep2025 = figure('hi.coverage', SEP_2025, 95.56, sepHi);
export const revenueSep2025 = figure('revenue.total', SEP_2025, 56_738, sepRevenue, { qualifier: 'over' });
export const revenueSep2024 = derivedFigure('revenue.total', SEP_2024, 49_483.7, {
  base: revenueSep2025,
  method: 'divide-by-growth',
  by: 14.66,
  decimals: 1,
  rule: 'Jan-Sep 2024 = Jan-Sep 2025 divided by 1.1466 (the stated 14.66% increase)',
});
export const revenuePctPlanSep2025 = figure('revenue.pct-plan', SEP_2025, 74.28, sepRevenue);
const unitsReviewedSep2025 = figure('enforcement.units-reviewed', SEP_2025, 22_000, sepReview, { qualifier: 'over' });
const unitsAddedSep2025 = figure('enforcement.units-added', SEP_2025, 2_383, sepReview);
const workersAddedSep2025 = figure('enforcement.workers-added', SEP_2025, 9_300, sepReview, { qualifier: 'over' });
const newbornSep2025 = figure('hi.newborn-cards', SEP_2025, 200_000, sepNewborn, {
  qualifier: 'over',
  notes: 'The report does not say whether this counts 2025 only or since Project 06 began; compare with 156,589 for 2024 with care.',
});
const pensionBankSep2025 = figure('pension.bank-share', SEP_2025, 99.46, sepPension);
const pensionPaidSep2025 = figure('pension.paid', SEP_2025, 36_831, sepPensionPaid);
const pensionBeneficiariesSep2025 = figure('pension.beneficiaries', SEP_2025, 600_000, sepPensionPaid, { qualifier: 'over' });
const medicalPaidSep2025 = figure('hi.medical.paid', SEP_2025, 21_763, sepMedical);
const medicalPaidSep2024 = derivedFigure('hi.medical.paid', SEP_2024, 18_648.7, {
  base: medicalPaidSep2025,
  method: 'divide-by-growth',
  by: 16.7,
  decimals: 1,
  rule: 'Jan-Sep 2024 = Jan-Sep 2025 divided by 1.167 (the stated 16.7% increase)',
});
const medicalVisitsSep2025 = figure('hi.medical.visits', SEP_2025, 10_300_000, sepMedical, { qualifier: 'over' });

// ---- Vietnam, 2023 (The Hanoi Times, quoting VSS) -------------------------------------------
const vnHiSource = seed(
  SEED_FEB_2024,
  "According to the Vietnam Social Security (VSS), health insurance now covers 93.35% of the country's population, exceeding the target set in the government's resolution on the\u00a0socio-economic development plan\u00a0for 2023.",
);
const vnRevenueSource = seed(
  SEED_FEB_2024,
  'Last year, the total premium from social insurance, unemployment insurance, and health insurance reached over VND472 trillion (US$19.24 billion), an increase of 8.55% over the previous year, 1.41% higher than the target set by the Prime Minister, while the total expenditure was VND439 trillion.',
);
const vnLabourSource = seed(
  SEED_FEB_2024,
  'Meanwhile, the rate of people joining social insurance reached 39.25% of the labor force or 18.25 million people.',
);
const vnUiSource = seed(SEED_FEB_2024, 'The rate for unemployment insurance was 31.58%, or 14.69 million people, said the VSS.');
const VN = { region: 'Vietnam' } as const;

const vnHiCoverage2023 = figure('hi.coverage', DEC_2023, 93.35, vnHiSource, VN);
export const vnRevenue2023 = figure('revenue.total', DEC_2023, 472_000, vnRevenueSource, {
  ...VN,
  qualifier: 'over',
  notes: 'VND 472 trillion.',
});
const vnRevenue2022 = derivedFigure(
  'revenue.total',
  '2022-12-31',
  434_823,
  {
    base: vnRevenue2023,
    method: 'divide-by-growth',
    by: 8.55,
    decimals: 0,
    rule: '2022 = 2023 divided by 1.0855 (the stated 8.55% increase)',
  },
  VN,
);
const vnRevenuePctPlan2023 = figure('revenue.pct-plan', DEC_2023, 101.41, vnRevenueSource, {
  ...VN,
  notes: '"1.41% higher than the target", read as 101.41% of plan.',
});
const vnExpenditure2023 = figure('expenditure.total', DEC_2023, 439_000, vnRevenueSource, { ...VN, notes: 'VND 439 trillion.' });
const vnSi2023 = figure('si.total.participants', DEC_2023, 18_250_000, vnLabourSource, VN);
const vnSiShare2023 = figure('si.total.share', DEC_2023, 39.25, vnLabourSource, VN);
const vnUi2023 = figure('ui.participants', DEC_2023, 14_690_000, vnUiSource, VN);
const vnUiShare2023 = figure('ui.share', DEC_2023, 31.58, vnUiSource, { ...VN, denominator: 'labour-force' });

export const OBSERVATIONS: readonly Observation[] = [
  hiParticipantsFeb2024,
  hiCoverageFeb2024,
  voluntaryFeb2024,
  voluntaryPctPlanFeb2024,
  compulsoryFeb2024,
  compulsoryPctPlanFeb2024,
  uiFeb2024,
  uiPctPlanFeb2024,
  contributorsFeb2024,
  contributorsPctPlanFeb2024,
  hiCoverageDec2024,
  hiParticipantsDec2024,
  hiParticipantsDec2023,
  uiDec2024,
  uiDec2023,
  uiShareDec2024,
  revenueDec2024,
  revenueDec2023,
  revenuePctPlanDec2024,
  lateRateDec2024,
  lateRateDec2023,
  benefitCases2024,
  benefitPaid2024,
  lumpSum2024,
  lumpSum2023,
  pensionBeneficiaries2024,
  pensionPaid2024,
  expenditure2024,
  pensionBank2024,
  medicalPaid2024,
  medicalOutpatient2024,
  medicalInpatient2024,
  inspections2024,
  recovered2024,
  restoredWorkers2024,
  restoredAmount2024,
  improperRepaid2024,
  vssid2024,
  newborn2024,
  hiParticipantsJun2025,
  hiParticipantsJun2024,
  hiCoverageJun2025,
  compulsoryJun2025,
  compulsoryJun2024,
  voluntaryJun2025,
  voluntaryJun2024,
  voluntaryShareJun2025,
  uiJun2025,
  uiJun2024,
  uiShareJun2025,
  revenueJun2025,
  revenueJun2024,
  expenditureJun2025,
  expenditureJun2024,
  compulsorySep2025,
  compulsorySep2024,
  compulsoryPctPlanSep2025,
  compulsoryShareSep2025,
  uiSep2025,
  uiSep2024,
  uiPctPlanSep2025,
  voluntarySep2025,
  voluntarySep2024,
  hiParticipantsSep2025,
  hiCoverageSep2025,
  revenueSep2025,
  revenueSep2024,
  revenuePctPlanSep2025,
  unitsReviewedSep2025,
  unitsAddedSep2025,
  workersAddedSep2025,
  newbornSep2025,
  pensionBankSep2025,
  pensionPaidSep2025,
  pensionBeneficiariesSep2025,
  medicalPaidSep2025,
  medicalPaidSep2024,
  medicalVisitsSep2025,
  vnHiCoverage2023,
  vnRevenue2023,
  vnRevenue2022,
  vnRevenuePctPlan2023,
  vnExpenditure2023,
  vnSi2023,
  vnSiShare2023,
  vnUi2023,
  vnUiShare2023,
];
