// The import's interpreter: a workbook (an .xlsx file or a CSV file as a grid) to an ImportReading.
// Each sheet's layout is found from its header (layout.ts); metrics sheets are read first, so that
// figures may name the own metrics they define; each data sheet decides how it writes numbers
// (falling back on the file's decision); figures and targets come from every data sheet, and a
// figure the file gives twice (same metric, region and date) is a problem naming both places.
// Hidden sheets are listed and skipped unless chosen; with `sheet` chosen, only it is read for
// figures (metrics sheets still define their metrics).
import { msg, type Message } from '../../messages.ts';
import { cappedIssues } from '../capped-issues.ts';
import { CSV_LIMITS } from '../limits.ts';
import type { MetricDef } from '../metric.ts';
import { decideStyle, type StyleDecision } from '../number-style.ts';
import { cellPlace, type Workbook } from '../table/grid.ts';
import { numberTexts, readFigureRows } from './figure-rows.ts';
import { planSheet, type SheetPlan } from './layout.ts';
import { metricMatcher } from './metric-match.ts';
import { readDefinitions } from './metrics-sheet.ts';
import type { DefinedMetric, ImportedFigure, ImportedTarget, ImportPlace, ImportReading, SheetReading } from './reading.ts';
import { sheetView, type SheetView } from './sheet-view.ts';

export interface InterpretOptions {
  /** The one sheet to read figures from (a hidden one too); others are listed as not chosen. */
  sheet?: string;
}

interface Planned {
  reading: SheetReading;
  view: SheetView;
  plan: SheetPlan;
}

export function interpretWorkbook(book: Workbook, metrics: readonly MetricDef[], options: InterpretOptions = {}): ImportReading {
  const issues = cappedIssues(CSV_LIMITS.issues);
  const at = (sheet: string, r: number, c: number) => cellPlace(book, sheet, r, c);
  const sheetWhere = (sheet: string) => (book.format === 'csv' ? book.fileName : sheet);
  const chosen = options.sheet;
  if (chosen !== undefined && !book.sheets.some((s) => s.name === chosen))
    issues.add(
      book.fileName,
      msg('importNoSuchSheet', { sheet: JSON.stringify(chosen), known: book.sheets.map((s) => s.name).join(', ') }),
    );

  // Which sheets are read, in which layout; the rest with the reason they are not.
  const sheets: SheetReading[] = [];
  const planned: Planned[] = [];
  const unreported = new Set<SheetReading>();
  for (const grid of book.sheets) {
    const reading: SheetReading = { name: grid.name, hidden: grid.hidden, layout: null, figures: 0, targets: 0, metrics: 0 };
    sheets.push(reading);
    if (grid.hidden && chosen !== grid.name) {
      reading.skipped = msg('importSheetHidden');
      continue;
    }
    const view = sheetView(grid);
    const result = planSheet(book, view);
    if ('skip' in result) {
      reading.skipped = result.skip;
      if (result.at) issues.add(at(grid.name, result.at.r, result.at.c), result.skip);
      else if (result.skip.key !== 'importSheetEmpty') unreported.add(reading);
      continue;
    }
    const { plan } = result;
    reading.headerRow = plan.headerRow + 1;
    if (chosen !== undefined && chosen !== grid.name && plan.layout !== 'metrics') {
      reading.skipped = msg('importSheetNotChosen');
      continue;
    }
    reading.layout = plan.layout;
    for (const p of plan.problems) issues.add(at(grid.name, p.r, p.c), p.text);
    planned.push({ reading, view, plan });
  }

  // Own metrics first: figures may name them.
  const definedMetrics: DefinedMetric[] = [];
  // An own metric the notebook has already (scheme 'other') may be defined again, as a template it exported does.
  const catalogue = new Set(metrics.filter((m) => m.scheme !== 'other').map((m) => m.id.toLowerCase()));
  const defined = new Set<string>();
  for (const { reading, view, plan } of planned.filter((p) => p.plan.layout === 'metrics')) {
    const rows = readDefinitions({ view, plan, catalogue, defined, problem: (r, c, text) => issues.add(at(reading.name, r, c), text) });
    for (const row of rows) definedMetrics.push({ ...row.metric, place: { sheet: reading.name, cell: at(reading.name, row.r, row.c) } });
    reading.metrics = rows.length;
  }

  const matcher = metricMatcher([...metrics, ...definedMetrics]);
  const data = planned.filter((p) => p.plan.layout !== 'metrics');
  const contexts = data.map(({ reading, view, plan }) => {
    const place = (r: number, c: number) => at(reading.name, r, c);
    return { reading, view, plan, place, own: decideStyle(numberTexts({ view, plan, place })) };
  });
  // A sheet with no value that shows its style takes the file's (the first sheet's that shows one).
  const fileStyle: StyleDecision<string> = contexts.find((c) => c.own.style !== null)?.own ?? { style: null, basis: null };

  const figures: ImportedFigure[] = [];
  const targets: ImportedTarget[] = [];
  for (const { view, plan, place, own } of contexts) {
    const rows = readFigureRows({
      view,
      plan,
      matcher,
      style: own.style !== null ? own : fileStyle,
      place,
      problem: (r, c, text) => issues.add(place(r, c), text),
    });
    if (plan.layout !== 'targets') figures.push(...rows);
    else for (const { date, ...target } of rows) targets.push({ ...target, deadline: date });
  }

  const add = (where: string, text: Message) => issues.add(where, text);
  const keptFigures = withoutDuplicates(figures, (f) => f.date, add);
  const keptTargets = withoutDuplicates(targets, (t) => t.deadline, add);
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const count = (list: readonly { place: ImportPlace }[], field: 'figures' | 'targets') => {
    for (const item of list) bySheet.get(item.place.sheet)![field]++;
  };
  count(keptFigures, 'figures');
  count(keptTargets, 'targets');

  const newMetrics = matcher.proposals();
  if (keptFigures.length + keptTargets.length + definedMetrics.length === 0) {
    // Nothing at all: why each sheet was passed over is then the file's problem.
    for (const reading of unreported) issues.add(sheetWhere(reading.name), reading.skipped!);
    issues.add(book.fileName, msg('importNothingRead'));
  }
  return {
    fileName: book.fileName,
    format: book.format,
    sheets,
    figures: keptFigures,
    targets: keptTargets,
    newMetrics,
    definedMetrics,
    problems: issues.list(book.fileName),
  };
}

/**
 * Figures (or targets) without the ones the file gives twice for the same metric, region and date:
 * the second of two equal ones is dropped; of two that differ neither is kept (which is right cannot
 * be known). Each is reported at the second's place, naming the first's.
 */
function withoutDuplicates<T extends { metric: string; region?: string; value: number; qualifier: string; place: ImportPlace }>(
  items: readonly T[],
  dateOf: (item: T) => string,
  problem: (where: string, text: Message) => void,
): T[] {
  // By metric, region and date in nested maps: a joined string key costs more on 100,000 figures.
  const firstOf = new Map<string, Map<string, Map<string, T>>>();
  const dropped = new Set<T>();
  for (const item of items) {
    let byRegion = firstOf.get(item.metric);
    if (!byRegion) firstOf.set(item.metric, (byRegion = new Map()));
    let byDate = byRegion.get(item.region ?? '');
    if (!byDate) byRegion.set(item.region ?? '', (byDate = new Map()));
    const first = byDate.get(dateOf(item));
    if (!first) {
      byDate.set(dateOf(item), item);
      continue;
    }
    dropped.add(item);
    const params = {
      metric: item.metric,
      region: item.region ? msg('importInRegion', { region: item.region }) : '',
      date: dateOf(item),
      first: first.place.cell,
    };
    if (first.value === item.value && first.qualifier === item.qualifier) problem(item.place.cell, msg('importDuplicateSame', params));
    else {
      dropped.add(first);
      problem(item.place.cell, msg('importDuplicateConflict', { ...params, value: item.value, firstValue: first.value }));
    }
  }
  return dropped.size === 0 ? [...items] : items.filter((item) => !dropped.has(item));
}
