// What a metric is, independent of any one figure: its unit, kind, denominator and labels.
import type { Denominator, Kind, Unit } from './observation-schema.ts';

export type Scheme = 'HI' | 'SI-compulsory' | 'SI-voluntary' | 'SI' | 'UI' | 'all-schemes' | 'benefits' | 'administration' | 'other';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface MetricDef {
  id: string;
  label: Bilingual;
  unit: Unit;
  kind: Kind;
  denominator?: Denominator;
  /** For a share: the metric counted in its numerator (hi.coverage -> hi.participants). */
  numerator?: string;
  scheme: Scheme;
  /**
   * For a head count: the head count whose change of last year to 31 December it assumes when its
   * own figures lack one (compulsory SI borrows UI's; see simulation/stock-year-end.ts).
   */
  yearEndPatternFrom?: string;
  /** Headline metrics are the ones with yearly targets; the rest are context. */
  headline: boolean;
  note?: Bilingual;
}
