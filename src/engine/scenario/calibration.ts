// Parameters the data can identify, calibrated on the latest full year of the region's figures:
// revenue = compulsory wage bill x rates x collection + voluntary SI premiums + HI premiums of
// people outside compulsory SI. The last two are priced by law; the compulsory part is the
// remainder, which gives the average insured wage.
import type { Dataset } from '../io/dataset.ts';
import type { Region } from '../io/observation-schema.ts';
import { MessageError, msg } from '../messages.ts';
import { compulsoryRate, collectionFactor, hiFullPremium, voluntaryFullPremium } from './policy.ts';
import type { LeverValues } from './levers.ts';

export interface RevenueCalibration {
  year: number;
  revenue: number;
  /** Mean participants over the year's figures (early-year lows excluded). */
  compulsory: number;
  voluntary: number;
  hiOutsideCompulsory: number;
  /** Base salary averaged over the year (VND million a month). */
  baseSalary: number;
  /** Components in VND billion; they sum to `revenue`. */
  components: { compulsory: number; voluntary: number; hiOther: number };
  /** Shares of revenue by component (sum to 1). */
  shares: { compulsory: number; voluntary: number; hiOther: number };
  /** Average insured wage implied by the compulsory component (VND million a month). */
  insuredWage: number;
  /** Observation ids used. */
  basisIds: string[];
}

/** Base salary in force, by start date (VND million a month), for averaging over a year. */
export const BASE_SALARY_HISTORY: ReadonlyArray<[string, number]> = [
  ['2019-07-01', 1.49],
  ['2023-07-01', 1.8],
  ['2024-07-01', 2.34],
];

export function averageBaseSalary(year: number): number {
  let total = 0;
  for (let m = 1; m <= 12; m++) {
    const date = `${year}-${String(m).padStart(2, '0')}-15`;
    const inForce = BASE_SALARY_HISTORY.filter(([from]) => from <= date).at(-1);
    total += inForce ? inForce[1] : BASE_SALARY_HISTORY[0]![1];
  }
  return total / 12;
}

function yearMean(dataset: Dataset, region: Region, metric: string, year: number, basis: string[]): number {
  const points = dataset.observations.filter(
    (o) => o.metric === metric && o.region === region && o.asOf.startsWith(`${year}-`) && Number(o.asOf.slice(5, 7)) > 3,
  );
  if (points.length === 0) throw new MessageError(msg('calibrationNoFigures', { metric, year }));
  basis.push(...points.map((p) => p.id));
  return points.reduce((a, p) => a + p.value, 0) / points.length;
}

/** Calibrates on the latest year with a full-year revenue figure. */
export function calibrateRevenue(dataset: Dataset, region: Region, defaults: LeverValues): RevenueCalibration {
  const full = dataset.observations
    .filter((o) => o.metric === 'revenue.total' && o.region === region && o.asOf.endsWith('-12-31'))
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
    .at(-1);
  if (!full) throw new MessageError(msg('calibrationNoRevenue', { region }));
  const year = Number(full.asOf.slice(0, 4));
  const basisIds = [full.id];
  const compulsory = yearMean(dataset, region, 'si.compulsory.participants', year, basisIds);
  const voluntary = yearMean(dataset, region, 'si.voluntary.participants', year, basisIds);
  const hi = yearMean(dataset, region, 'hi.participants', year, basisIds);
  const baseSalary = averageBaseSalary(year);
  // People x VND million a month x 12 months -> VND billion: divide by 1,000.
  const voluntaryPart = (voluntary * voluntaryFullPremium(defaults) * 12) / 1000;
  // The HI premium at the base salary averaged over the year.
  const hiOther = ((hi - compulsory) * hiFullPremium({ ...defaults, baseSalary }) * 12) / 1000;
  const compulsoryPart = full.value - voluntaryPart - hiOther;
  const insuredWage = (compulsoryPart * 1000) / (compulsory * 12 * compulsoryRate(defaults) * collectionFactor(defaults));
  return {
    year,
    revenue: full.value,
    compulsory,
    voluntary,
    hiOutsideCompulsory: hi - compulsory,
    baseSalary,
    components: { compulsory: compulsoryPart, voluntary: voluntaryPart, hiOther },
    shares: { compulsory: compulsoryPart / full.value, voluntary: voluntaryPart / full.value, hiOther: hiOther / full.value },
    insuredWage,
    basisIds,
  };
}
