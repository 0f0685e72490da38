// The import template: the current dataset in the long layout the workbook importer reads, so a
// user can add rows and import the file back. The layout (sheet names, headers, unit and qualifier
// words) is a file format shared with the importer: change it only together with the reader.
// - Số liệu / Data: one figure per row, Ngày a date cell;
// - Chỉ tiêu kế hoạch / Targets: one target per row, Hạn a date cell;
// - Chỉ tiêu riêng / Metrics: the metrics that are not built in (the user's own), with their
//   kind and denominator as the engine names them (stock, ytd-flow, share; population, plan, ...).
// Regions are written as the data name them ("Hanoi"), so a row reads back to the same region.
import type { Dataset, MetricDef, Observation, Qualifier, Target, Unit } from '../../engine/index.ts';
import type { Lang } from '../i18n/format.ts';
import { boldCell, columnWidths, dateCell, textCell, valueCell, type SheetRow, type SheetSpec } from './sheet-cells.ts';
import { metricNamer, sortedRecords } from './sheet-records.ts';

type Words = Record<Lang, string>;

export const TEMPLATE_SHEETS = {
  figures: { vi: 'Số liệu', en: 'Data' },
  targets: { vi: 'Chỉ tiêu kế hoạch', en: 'Targets' },
  metrics: { vi: 'Chỉ tiêu riêng', en: 'Metrics' },
} as const satisfies Record<string, Words>;

export const TEMPLATE_HEADERS = {
  figures: {
    vi: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn', 'Ngày', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn'],
    en: ['metric', 'metric name', 'region', 'date', 'value', 'unit', 'qualifier', 'source'],
  },
  targets: {
    vi: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Địa bàn', 'Hạn', 'Giá trị', 'Đơn vị', 'Mức', 'Nguồn'],
    en: ['metric', 'metric name', 'region', 'deadline', 'value', 'unit', 'qualifier', 'source'],
  },
  metrics: {
    vi: ['Mã', 'Tên tiếng Việt', 'Tên tiếng Anh', 'Đơn vị', 'Loại', 'Mẫu số'],
    en: ['id', 'Vietnamese name', 'English name', 'unit', 'kind', 'denominator'],
  },
} as const satisfies Record<keyof typeof TEMPLATE_SHEETS, Record<Lang, readonly string[]>>;

export const TEMPLATE_UNITS: Record<Unit, Words> = {
  people: { vi: 'người', en: 'people' },
  percent: { vi: '%', en: '%' },
  'VND billion': { vi: 'tỷ đồng', en: 'VND billion' },
  cases: { vi: 'lượt', en: 'cases' },
};

export const TEMPLATE_QUALIFIERS: Record<Qualifier, Words> = {
  exact: { vi: 'chính xác', en: 'exact' },
  about: { vi: 'khoảng', en: 'about' },
  over: { vi: 'trên', en: 'over' },
  under: { vi: 'dưới', en: 'under' },
};

export interface TemplateInput {
  dataset: Dataset;
  /** Every metric the dataset may use (labels come from here). */
  metrics: readonly MetricDef[];
  /** Ids of the built-in catalogue; the other metrics are listed as the user's own. */
  builtIn: ReadonlySet<string>;
  lang: Lang;
}

const header = (words: readonly string[]): SheetRow => words.map(boldCell);

function sheet(name: string, rows: SheetRow[]): SheetSpec {
  return { name, rows, widths: columnWidths(rows), frozenRows: 1 };
}

export function templateSheets({ dataset, metrics, builtIn, lang }: TemplateInput): SheetSpec[] {
  const name = metricNamer(metrics, lang);
  const row = (r: Observation | Target, date: string): SheetRow => [
    textCell(r.metric),
    textCell(name(r.metric)),
    textCell(r.region),
    dateCell(date),
    valueCell(r.value, r.unit),
    textCell(TEMPLATE_UNITS[r.unit][lang]),
    textCell(TEMPLATE_QUALIFIERS[r.qualifier][lang]),
    textCell(r.source.document),
  ];
  const figures = sortedRecords(dataset.observations, metrics, (o) => o.asOf).map((o) => row(o, o.asOf));
  const targets = sortedRecords(dataset.targets, metrics, (t) => t.deadline).map((t) => row(t, t.deadline));
  const own = metrics
    .filter((m) => !builtIn.has(m.id))
    .map((m): SheetRow => [
      textCell(m.id),
      textCell(m.label.vi),
      textCell(m.label.en),
      textCell(TEMPLATE_UNITS[m.unit][lang]),
      textCell(m.kind),
      textCell(m.denominator),
    ]);
  return [
    sheet(TEMPLATE_SHEETS.figures[lang], [header(TEMPLATE_HEADERS.figures[lang]), ...figures]),
    sheet(TEMPLATE_SHEETS.targets[lang], [header(TEMPLATE_HEADERS.targets[lang]), ...targets]),
    sheet(TEMPLATE_SHEETS.metrics[lang], [header(TEMPLATE_HEADERS.metrics[lang]), ...own]),
  ];
}
