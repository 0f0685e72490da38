// Which layout a sheet is in and where its header is. The header is the first of the sheet's
// first rows whose cells name columns (a title above it, merged across, is passed over):
//   long     one row per figure: metric, date, value (and unit, region, source, qualifier)
//   targets  the same with a deadline (Hạn) instead of a date, or any layout on a sheet named for
//            targets (Chỉ tiêu kế hoạch, Kế hoạch, Mục tiêu, Targets)
//   wide     one row per metric, one column per period (date cells or labels: Quý III/2025, 2025)
//   metrics  own metrics defined (Chỉ tiêu riêng, Metrics): id, labels, unit, kind, denominator
// A header of two rows, a merged group above its columns ("Năm 2025" over "Quý I" .. "Quý IV"),
// reads each column as the group's period ("Quý I năm 2025"). A merged header cell over columns
// that hold values is refused with its range: which of them holds the figure cannot be known.
import { msg, type Message } from '../../messages.ts';
import { quoted } from '../issues.ts';
import { cellPlace, type MergedRange } from '../table/grid.ts';
import { headerRole, type ColumnRole } from './headers.ts';
import { nameKey } from './normalize.ts';
import { readPeriodCell, readPeriodText, type Period } from './periods.ts';
import { labelText, rangeName, sheetWidth, type SheetView } from './sheet-view.ts';
import type { UnitScale } from './units.ts';
import type { Workbook } from '../table/grid.ts';

/** Rows searched for the header (title rows, a logo's empty rows and notes come first in reports). */
export const HEADER_ROWS = 20;

const TARGET_SHEETS = ['Chỉ tiêu kế hoạch', 'Kế hoạch', 'Mục tiêu', 'Targets', 'Target'].map(nameKey);
const METRIC_SHEETS = ['Chỉ tiêu riêng', 'Metrics'].map(nameKey);
const namedFor = (names: readonly string[], sheet: string) => names.some((n) => nameKey(sheet).startsWith(n));

export interface HeaderColumn {
  c: number;
  /** The header as written (the lower cell of a two-row header). */
  text: string;
  role: ColumnRole | null;
  unit: UnitScale | null;
}

export interface PeriodColumn extends HeaderColumn {
  period: Period;
}

export interface SheetPlan {
  layout: 'long' | 'wide' | 'targets' | 'metrics';
  /** Periods across (wide) or one figure a row (long); a targets sheet may be either. */
  shape: 'long' | 'wide';
  /** The header row (0-based; the lower row of a two-row header). */
  headerRow: number;
  dataStart: number;
  roles: Partial<Record<ColumnRole, HeaderColumn>>;
  /** The column naming each row's metric (an id or a name). */
  metricColumn: number | null;
  periods: PeriodColumn[];
  /** Header cells that look like periods but are none (31/02/2025), as problems. */
  problems: { r: number; c: number; text: Message }[];
}

export type PlanResult = { plan: SheetPlan } | { skip: Message; at?: { r: number; c: number } };

interface Candidate {
  row: number;
  dataStart: number;
  columns: (HeaderColumn & { period: Period | Message | null })[];
}

/** The header columns of row r read alone, or under the merged groups of row r (two rows). */
function candidates(view: SheetView, r: number, width: number): Candidate[] {
  const out: Candidate[] = [];
  const groups = view.grid.merged.filter(
    (m) => m.r0 === r && m.r1 === r && m.c1 > m.c0 && range(m.c0, m.c1).some((c) => view.cell(r + 1, c) !== null),
  );
  if (groups.length > 0) {
    const columns = range(0, width - 1).map((c) => {
      const own = view.cell(r + 1, c);
      const above = view.merged(r, c);
      const cell = own ?? (above && above.c0 === c && above.r0 === r && above.r1 > r ? view.cell(r, c) : null);
      // The column's group: the merged range above it, or the cell above it when that is no vertical merge.
      const group = groups.find((g) => c >= g.c0 && c <= g.c1)?.c0 ?? (above ? undefined : c);
      const groupText = group === undefined ? '' : labelText(view.cell(r, group));
      return column(c, cell && labelText(cell), cell && readPeriodCellWithGroup(cell, groupText));
    });
    out.push({ row: r + 1, dataStart: r + 2, columns });
  }
  const below = view.grid.merged.filter((m) => m.r0 === r && m.r1 > r).reduce((end, m) => Math.max(end, m.r1 + 1), r + 1);
  const columns = range(0, width - 1).map((c) => {
    const cell = view.cell(r, c);
    return column(c, cell && labelText(cell), cell && readPeriodCell(cell));
  });
  out.push({ row: r, dataStart: below, columns });
  return out;
}

function readPeriodCellWithGroup(cell: NonNullable<ReturnType<SheetView['cell']>>, group: string | undefined) {
  const alone = readPeriodCell(cell);
  if (alone !== null || !group) return alone;
  return readPeriodText(`${labelText(cell)} ${group}`);
}

function column(c: number, text: string | null, period: Period | Message | null) {
  const role = text ? headerRole(text) : null;
  return { c, text: text ?? '', role: role?.role ?? null, unit: role?.unit ?? null, period: role ? null : period };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const isPeriod = (p: Period | Message | null): p is Period => p !== null && !('key' in p);

/** The layout a candidate header gives, or null when its row is no header. */
function classify(sheet: string, cand: Candidate): SheetPlan | null {
  const roles: Partial<Record<ColumnRole, HeaderColumn>> = {};
  for (const col of cand.columns) if (col.role && !roles[col.role]) roles[col.role] = col;
  const metric = roles.id ?? roles.metric ?? roles.metricName;
  const base = { headerRow: cand.row, dataStart: cand.dataStart, roles, periods: [] as PeriodColumn[], problems: [] };
  const forTargets = namedFor(TARGET_SHEETS, sheet);
  if ((roles.id ?? roles.metric) && (roles.labelVi ?? roles.labelEn ?? (namedFor(METRIC_SHEETS, sheet) ? roles.metricName : undefined)))
    return { ...base, layout: 'metrics', shape: 'long', metricColumn: null };
  if (metric && roles.value && (roles.date ?? roles.deadline))
    return { ...base, layout: roles.deadline || forTargets ? 'targets' : 'long', shape: 'long', metricColumn: metric.c };
  const periodLike = cand.columns.filter((col) => col.period !== null);
  const first = periodLike[0];
  if (!first || (periodLike.length < 2 && !metric)) return null;
  const metricColumn = metric?.c ?? 0;
  if (metricColumn >= first.c) return null;
  return {
    ...base,
    layout: forTargets ? 'targets' : 'wide',
    shape: 'wide',
    metricColumn,
    periods: periodLike.filter((col) => isPeriod(col.period)).map((col) => ({ ...col, period: col.period as Period })),
    problems: periodLike.flatMap((col) => (isPeriod(col.period) ? [] : [{ r: cand.row, c: col.c, text: col.period! }])),
  };
}

/** A column role named twice, or a merged header cell over columns with values: the sheet cannot be read as it is. */
function headerProblem(book: Workbook, view: SheetView, plan: SheetPlan, cand: Candidate): PlanResult | null {
  const sheet = view.grid.name;
  const seen = new Map<ColumnRole, HeaderColumn>();
  for (const col of cand.columns) {
    if (!col.role) continue;
    const first = seen.get(col.role);
    if (first)
      return {
        skip: msg('importColumnTwice', {
          first: quoted(first.text),
          second: quoted(col.text),
          place: cellPlace(book, sheet, plan.headerRow, first.c),
        }),
        at: { r: plan.headerRow, c: col.c },
      };
    seen.set(col.role, col);
  }
  const used = new Set([...Object.values(plan.roles).map((col) => col.c), ...plan.periods.map((col) => col.c)]);
  const rows = view.grid.rows.length;
  const spans = view.grid.merged.filter(
    (m: MergedRange) => m.r0 <= plan.headerRow && m.r1 >= plan.headerRow && m.c1 > m.c0 && used.has(m.c0),
  );
  for (const m of spans) {
    for (let r = plan.dataStart; r < rows; r++) {
      if (range(m.c0 + 1, m.c1).some((c) => view.cell(r, c) !== null))
        return {
          skip: msg('importMergedHeader', { header: quoted(labelText(view.cell(m.r0, m.c0))), range: rangeName(m) }),
          at: { r: m.r0, c: m.c0 },
        };
    }
  }
  return null;
}

/** The sheet's layout and header, or why it is skipped (with the cell to name when it is a problem). */
export function planSheet(book: Workbook, view: SheetView): PlanResult {
  const width = sheetWidth(view.grid);
  const last = Math.min(HEADER_ROWS, view.grid.rows.length);
  for (let r = 0; r < last; r++) {
    for (const cand of candidates(view, r, width)) {
      const plan = classify(view.grid.name, cand);
      if (plan) return headerProblem(book, view, plan, cand) ?? { plan };
    }
  }
  if (view.grid.rows.every((row, r) => row.every((_, c) => view.cell(r, c) === null))) return { skip: msg('importSheetEmpty') };
  return { skip: msg('importNoHeader', { rows: HEADER_ROWS }) };
}
