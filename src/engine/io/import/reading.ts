// What the interpreter reads from a workbook or CSV file, before anything in the notebook changes:
// figures and targets with the place each came from, names it does not know (offered as new
// metrics, never guessed), and every problem with its place. The preview (import/plan.ts) turns a
// reading into what would be added or replaced.
import type { IsoDate } from '../../time.ts';
import type { Message } from '../../messages.ts';
import type { ValidationIssue } from '../issues.ts';
import type { Kind, Qualifier, Region, Unit } from '../observation-schema.ts';
import type { OwnMetric } from '../own-metrics.ts';
import type { PeriodKind } from './periods.ts';

/** Where a figure was read: the file, the sheet (a CSV's file name) and the cell ("Sheet1!C7", "file.csv:7"). */
export interface ImportPlace {
  sheet: string;
  cell: string;
}

export interface ImportedFigure {
  /** A catalogue metric's id, or the id of a proposed new metric (`newMetrics`). */
  metric: string;
  /** The region the row names, when the file has a region column. */
  region?: Region;
  date: IsoDate;
  value: number;
  /** "trên 1,6 triệu" is 'over', "gần 48%" 'under' (read from the cell's words; 'exact' otherwise). */
  qualifier: Qualifier;
  /** The unit the file states (a unit column, or the header's "(%)", "(người)", "(tỷ đồng)"). */
  unit?: Unit;
  /** A source column's text. */
  source?: string;
  /** How the period was written: a day, a month, a quarter, year to date (9 tháng 2025) or a year; `date` is its end. */
  period: PeriodKind;
  place: ImportPlace;
}

export interface ImportedTarget {
  metric: string;
  region?: Region;
  deadline: IsoDate;
  /** How the deadline was written (Năm 2025 is a year, read as its last day). */
  period: PeriodKind;
  value: number;
  qualifier: Qualifier;
  unit?: Unit;
  source?: string;
  place: ImportPlace;
}

/** A metric name the catalogue does not know: offered to the user as a new metric of their own. */
export interface ProposedMetric {
  /** The proposed id (a slug of the name, unique against the catalogue): "own.so-don-vi-no-dong". */
  id: string;
  /** The name as written in the file. */
  name: string;
  /** What the figures suggest: a unit the file states, and 'share' for percent ('ytd-flow' when a figure is year to date). */
  unit: Unit;
  /** Whether a figure stated `unit`; when none did, it is only the first choice offered and the user picks. */
  unitStated: boolean;
  kind: Kind;
  /** Where the name appears (its first few places). */
  places: string[];
}

/** An own metric a metrics sheet (Chỉ tiêu riêng, Metrics) defines, with the row it came from. */
export interface DefinedMetric extends OwnMetric {
  place: ImportPlace;
}

export type SheetLayout = 'long' | 'wide' | 'targets' | 'metrics';

export interface SheetReading {
  name: string;
  hidden: boolean;
  /** The layout read, or null when the sheet was skipped (with the reason). */
  layout: SheetLayout | null;
  skipped?: Message;
  /** The header's row as shown (1-based; the lower row of a two-row header), when one was found. */
  headerRow?: number;
  figures: number;
  targets: number;
  /** Own metrics defined (a metrics sheet). */
  metrics: number;
}

export interface ImportReading {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: SheetReading[];
  figures: ImportedFigure[];
  targets: ImportedTarget[];
  newMetrics: ProposedMetric[];
  /** Own metrics the file defines in a metrics sheet; figures name them like catalogue metrics. */
  definedMetrics: DefinedMetric[];
  /** Every problem with its place (`Sheet1!C7: cannot read value "x"`); rows with a problem are left out. */
  problems: ValidationIssue[];
}
