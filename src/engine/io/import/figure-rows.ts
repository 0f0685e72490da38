// Figures and targets read from a long or wide sheet: each value cell with its row's metric,
// period, unit, qualifier, region and source. A cell with a problem is reported at its place and
// left out; the other cells of the sheet are read on. Texts that repeat down a sheet (metric
// names, units, periods) are read once.
import { msg, type Message } from '../../messages.ts';
import { quoted } from '../issues.ts';
import type { StyleDecision } from '../number-style.ts';
import { REGION_PATTERN, type Qualifier, type Region } from '../observation-schema.ts';
import type { GridCell } from '../table/grid.ts';
import type { SheetPlan } from './layout.ts';
import type { MetricMatcher } from './metric-match.ts';
import { numberWords, readQualifier, readValue, scaled } from './numbers.ts';
import { periodProblem, readPeriodCell, readPeriodText, type Period } from './periods.ts';
import type { ImportedFigure } from './reading.ts';
import { rangeName, type SheetView } from './sheet-view.ts';
import { readUnit, type UnitScale } from './units.ts';

export interface RowContext {
  view: SheetView;
  plan: SheetPlan;
  matcher: MetricMatcher;
  style: StyleDecision<string>;
  place(r: number, c: number): string;
  problem(r: number, c: number, text: Message): void;
}

/** A step that failed: what, and in which column of the row. */
interface Failed {
  problem: Message;
  c: number;
}
const failed = (step: object): step is Failed => 'problem' in step;

/** What a row says of every figure in it: metric, its stated unit, qualifier column, region, source. */
interface RowFacts {
  metric: string;
  stated: UnitScale | null;
  qualifier: Qualifier | null;
  region: Region;
  source: string;
}

/** A function of a text, computed once per distinct text (for one sheet's reading). */
function memo<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

function rowFacts(ctx: RowContext, unitOf: (text: string) => UnitScale | null, r: number): RowFacts | Failed {
  const { view, plan, matcher } = ctx;
  const roles = plan.roles;
  const metricC = plan.metricColumn!;
  const text = view.text(r, metricC);
  if (text === '') return { problem: msg('importNoMetric'), c: metricC };
  // The name beside an id column (the template's Tên chỉ tiêu), for a proposed metric's name.
  const nameCol = roles.metricName ?? (roles.id && roles.metric ? roles.metric : undefined);
  const matched = matcher.match(text, nameCol ? view.text(r, nameCol.c) : '', ctx.place(r, metricC));
  if ('key' in matched) return { problem: matched, c: metricC };

  const stated: { scale: UnitScale; c: number }[] = [];
  if (roles.unit) {
    const unitText = view.text(r, roles.unit.c);
    if (unitText !== '') {
      const scale = unitOf(unitText);
      if (!scale) return { problem: msg('importUnitUnknown', { unit: quoted(unitText) }), c: roles.unit.c };
      stated.push({ scale, c: roles.unit.c });
    }
  }
  const headerUnit = plan.shape === 'long' ? roles.value?.unit : null;
  if (headerUnit) stated.push({ scale: headerUnit, c: roles.value!.c });
  if (matched.unit) stated.push({ scale: matched.unit, c: metricC });
  const other = stated.find((s) => s.scale.unit !== stated[0]!.scale.unit);
  if (other) return { problem: msg('importUnitConflict', { first: stated[0]!.scale.unit, second: other.scale.unit }), c: other.c };
  const known = matcher.unitOf(matched.id);
  if (stated[0] && known && stated[0].scale.unit !== known)
    return { problem: msg('unitMismatch', { metric: matched.id, unit: known, got: stated[0].scale.unit }), c: stated[0].c };

  let qualifier: Qualifier | null = null;
  if (roles.qualifier) {
    const q = view.text(r, roles.qualifier.c);
    qualifier = q === '' ? null : readQualifier(q);
    if (q !== '' && !qualifier) return { problem: msg('importQualifierUnknown', { text: quoted(q) }), c: roles.qualifier.c };
  }
  const region = roles.region ? view.text(r, roles.region.c) : '';
  if (region !== '' && !REGION_PATTERN.test(region)) return { problem: msg('regionName'), c: roles.region!.c };
  return {
    metric: matched.id,
    stated: stated[0]?.scale ?? null,
    qualifier,
    region,
    source: roles.source ? view.text(r, roles.source.c) : '',
  };
}

/** One value cell read with its row's facts and its period. */
function figure(ctx: RowContext, facts: RowFacts, r: number, c: number, cell: GridCell, period: Period): ImportedFigure | Failed {
  const { matcher } = ctx;
  const rowUnit = facts.stated?.unit ?? matcher.unitOf(facts.metric);
  const read = readValue(cell, { style: ctx.style, unit: rowUnit });
  if ('key' in read) return { problem: read, c };
  if (read.unit && rowUnit && read.unit !== rowUnit)
    return { problem: msg('unitMismatch', { metric: facts.metric, unit: rowUnit, got: read.unit }), c };
  const value = read.scaled || !facts.stated ? read.value : scaled(read.value, facts.stated.factor);
  if (value < 0) return { problem: msg('notNegative', { got: value }), c };
  if (facts.qualifier && read.qualifier && facts.qualifier !== read.qualifier)
    return { problem: msg('importQualifierConflict', { column: facts.qualifier, cell: read.qualifier }), c };
  const unit = facts.stated?.unit ?? read.unit;
  matcher.note(facts.metric, unit, period.kind);
  const out: ImportedFigure = {
    metric: facts.metric,
    date: period.date,
    period: period.kind,
    value,
    qualifier: facts.qualifier ?? read.qualifier ?? 'exact',
    place: { sheet: ctx.view.grid.name, cell: ctx.place(r, c) },
  };
  if (facts.region !== '') out.region = facts.region;
  if (unit) out.unit = unit;
  if (facts.source !== '') out.source = facts.source;
  return out;
}

/** An empty value cell is nothing to read, unless a merged range swallowed it (one value over several rows or periods). */
function emptyValue(ctx: RowContext, r: number, c: number): void {
  const range = ctx.view.merged(r, c);
  if (range) ctx.problem(r, c, msg('importMergedValue', { range: rangeName(range) }));
}

/** The figures (targets, on a targets sheet: `date` is then the deadline) of a long or wide sheet, reporting each cell that cannot be read. */
export function readFigureRows(ctx: RowContext): ImportedFigure[] {
  const { view, plan } = ctx;
  const out: ImportedFigure[] = [];
  const unitOf = memo(readUnit);
  const periodOfText = memo(readPeriodText);
  const keep = (step: ImportedFigure | Failed, r: number) => {
    if (failed(step)) ctx.problem(r, step.c, step.problem);
    else out.push(step);
  };
  const periodAt = (r: number, c: number): Period | Failed => {
    const cell = view.filled(r, c);
    if (!cell) return { problem: msg('csvDateEmpty'), c };
    const period = cell.kind === 'text' ? periodOfText(cell.text) : readPeriodCell(cell);
    if (period === null) return { problem: periodProblem(cell), c };
    return 'key' in period ? { problem: period, c } : period;
  };
  const dateCol = plan.roles.deadline ?? plan.roles.date;
  for (let r = plan.dataStart; r < view.grid.rows.length; r++) {
    if (plan.shape === 'long') {
      const c = plan.roles.value!.c;
      const cell = view.cell(r, c);
      if (!cell) {
        emptyValue(ctx, r, c);
        continue;
      }
      const facts = rowFacts(ctx, unitOf, r);
      if (failed(facts)) {
        keep(facts, r);
        continue;
      }
      const period = periodAt(r, dateCol!.c);
      keep(failed(period) ? period : figure(ctx, facts, r, c, cell, period), r);
    } else {
      let facts: RowFacts | Failed | null = null;
      for (const col of plan.periods) {
        const cell = view.cell(r, col.c);
        if (!cell) {
          emptyValue(ctx, r, col.c);
          continue;
        }
        facts ??= rowFacts(ctx, unitOf, r);
        if (failed(facts)) {
          keep(facts, r);
          break;
        }
        keep(figure(ctx, facts, r, col.c, cell, col.period), r);
      }
    }
  }
  return out;
}

/** The number texts of a sheet's value cells, in order, for deciding how it writes numbers. */
export function* numberTexts(ctx: Pick<RowContext, 'view' | 'plan' | 'place'>): Generator<{ text: string; place: string }> {
  const { view, plan } = ctx;
  const columns = plan.shape === 'long' ? [plan.roles.value!.c] : plan.periods.map((p) => p.c);
  for (let r = plan.dataStart; r < view.grid.rows.length; r++)
    for (const c of columns) {
      const cell = view.cell(r, c);
      const core = cell?.kind === 'text' ? numberWords(cell.text)?.core : undefined;
      if (core) yield { text: core, place: ctx.place(r, c) };
    }
}
