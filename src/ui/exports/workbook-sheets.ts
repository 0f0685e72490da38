// The Excel workbook export as plain data, in the UI's language: three sheets, each opening with a
// title row that names the scenario's region.
// - Answers: one row per target: plan, deadline, the year-end median and 80% range with P(meet)
//   beside the baseline's, the dates it is reached; then the targets whose deadline has passed,
//   with the outcome the data show.
// - Projections: one block per metric headed by its name and unit: by date, the median and the
//   80% and 95% bands, the baseline's beside the scenario's.
// - Dataset: every figure, then every target, with its provenance.
// Values are numbers formatted by unit, probabilities shares shown as percentages, dates date cells.
import type {
  Bilingual,
  Dataset,
  MetricDef,
  Observation,
  Region,
  ScenarioResult,
  Source,
  Target,
  TargetOutcome,
} from '../../engine/index.ts';
import { formatLocalDateTime, unitWord, type Lang } from '../i18n/format.ts';
import { regionName } from '../i18n/region.ts';
import type { StringKey } from '../i18n/strings.ts';
import { denominatorWord } from '../i18n/terms.ts';
import { text, type Vars } from '../i18n/text.ts';
import { outcomeRow } from '../views/preview-rows.ts';
import {
  boldCell,
  columnWidths,
  dateCell,
  numberCell,
  PROBABILITY_FORMAT,
  textCell,
  UNIT_FORMATS,
  valueCell,
  type SheetCell,
  type SheetRow,
  type SheetSpec,
} from './sheet-cells.ts';
import { metricNamer, sortedRecords } from './sheet-records.ts';
import { TEMPLATE_QUALIFIERS } from './template-sheets.ts';

export interface WorkbookInput {
  result: ScenarioResult;
  dataset: Dataset;
  /** The region the scenario is about, and how the dataset names its regions. */
  region: Region;
  regionNames: Readonly<Record<Region, Bilingual>>;
  /** Every metric the dataset may use (labels and units come from here). */
  metrics: readonly MetricDef[];
  scenarioTitle: string;
  lang: Lang;
}

/** Shown when a metric has no definition (no unit to format by). */
const GENERAL_FORMAT = 'General';

function titledSheet(nameKey: StringKey, input: WorkbookInput, body: SheetRow[], frozenRows: number): SheetSpec {
  const { lang } = input;
  const name = text(nameKey, lang);
  const region = regionName(input.region, input.regionNames, lang);
  const title = text('workbookTitle', lang, { sheet: name, region, scenario: input.scenarioTitle });
  const rows = [[boldCell(title)], ...body];
  return { name, rows, widths: columnWidths(rows), frozenRows };
}

// ---- answers ------------------------------------------------------------------------------------

function answerRows(input: WorkbookInput): SheetRow[] {
  const { result, lang } = input;
  const name = metricNamer(input.metrics, lang);
  const t = (key: StringKey, vars: Vars = {}) => text(key, lang, vars);
  const median = t('workbookMedian');
  const probMeet = t('previewProbMeet');
  const header = [
    t('target'),
    t('workbookId'),
    t('region'),
    t('workbookUnit'),
    t('deadline'),
    t('previewPlan'),
    t('previewOutcomeResult'),
    median,
    t('workbookBand80Low'),
    t('workbookBand80High'),
    probMeet,
    t('workbookBaselineOf', { column: median }),
    t('workbookBaselineOf', { column: probMeet }),
    t('workbookReachedOn'),
    t('workbookDateMedian'),
    t('workbookDateEarly'),
    t('workbookDateLate'),
    t('workbookProbByDeadline'),
    t('workbookEvidenceDate'),
    t('workbookEvidenceValue'),
    t('notes'),
  ].map(boldCell);
  const lead = (target: Target): SheetCell[] => [
    textCell(name(target.metric)),
    textCell(target.id),
    textCell(regionName(target.region, input.regionNames, lang)),
    textCell(unitWord(target.unit, lang)),
    dateCell(target.deadline),
    valueCell(target.value, target.unit),
  ];
  const probability = (p: number) => numberCell(p, PROBABILITY_FORMAT);
  // A forecast's columns (median to P(reached by the deadline)), empty for a passed deadline.
  const FORECAST_COLUMNS = 11;
  const forecasts = [...result.targets]
    .sort((a, b) => a.target.deadline.localeCompare(b.target.deadline))
    .map(({ target, yearEnd, baselineYearEnd, probMeet, baselineProbMeet, crossing }): SheetRow => [
      ...lead(target),
      textCell(t('workbookForecast')),
      valueCell(yearEnd.p50, target.unit),
      valueCell(yearEnd.p10, target.unit),
      valueCell(yearEnd.p90, target.unit),
      probability(probMeet),
      valueCell(baselineYearEnd.p50, target.unit),
      probability(baselineProbMeet),
      dateCell(crossing.alreadyReachedOn),
      dateCell(crossing.medianDate),
      dateCell(crossing.p10Date),
      dateCell(crossing.p90Date),
      probability(crossing.probByDeadline),
    ]);
  const passed = [...result.outcomes]
    .sort((a, b) => b.target.deadline.localeCompare(a.target.deadline))
    .map((o: TargetOutcome): SheetRow => {
      const shown = outcomeRow(o, lang);
      const evidence = 'evidence' in o ? o.evidence : null;
      return [
        ...lead(o.target),
        textCell(shown.statusText),
        ...Array<SheetCell>(FORECAST_COLUMNS).fill(null),
        dateCell(evidence?.date),
        valueCell(evidence?.value, o.target.unit),
        textCell(shown.detailText),
      ];
    });
  return [header, ...forecasts, ...passed];
}

export function answersSheet(input: WorkbookInput): SheetSpec {
  return titledSheet('workbookSheetAnswers', input, answerRows(input), 2);
}

// ---- projections --------------------------------------------------------------------------------

const BANDS = ['p50', 'p10', 'p90', 'p2_5', 'p97_5'] as const;
const BAND_KEYS = ['workbookMedian', 'workbookBand80Low', 'workbookBand80High', 'workbookBand95Low', 'workbookBand95High'] as const;

export function projectionsSheet(input: WorkbookInput): SheetSpec {
  const { result, lang } = input;
  const name = metricNamer(input.metrics, lang);
  const defs = new Map(input.metrics.map((m) => [m.id, m]));
  const bandHeaders = BAND_KEYS.map((k) => text(k, lang));
  const header = [
    text('workbookDate', lang),
    ...bandHeaders,
    ...bandHeaders.map((column) => text('workbookBaselineOf', lang, { column })),
  ].map(boldCell);
  const blocks = result.metrics.flatMap((m, i): SheetRow[] => {
    const unit = defs.get(m.metric)?.unit;
    const format = unit ? UNIT_FORMATS[unit] : GENERAL_FORMAT;
    const heading = unit ? text('workbookMetricUnit', lang, { metric: name(m.metric), unit: unitWord(unit, lang) }) : name(m.metric);
    const rows = result.dates.map((date, d): SheetRow => {
      const scenario = m.bands[d];
      const baseline = m.baseline[d];
      return [
        dateCell(date),
        ...BANDS.map((b) => numberCell(scenario?.[b], format)),
        ...BANDS.map((b) => numberCell(baseline?.[b], format)),
      ];
    });
    return [...(i > 0 ? [[]] : []), [boldCell(heading)], header, ...rows];
  });
  return titledSheet('workbookSheetProjections', input, blocks, 1);
}

// ---- dataset ------------------------------------------------------------------------------------

const ORIGIN_KEYS: Record<Source['origin'], StringKey> = {
  seed: 'workbookOriginSeed',
  user: 'workbookOriginUser',
  reference: 'workbookOriginReference',
};

export function datasetSheet(input: WorkbookInput): SheetSpec {
  const { dataset, metrics, lang } = input;
  const name = metricNamer(metrics, lang);
  const header = (dateKey: StringKey) =>
    (
      [
        'workbookId',
        'workbookMetricId',
        'metric',
        'region',
        dateKey,
        'workbookValue',
        'workbookUnit',
        'workbookQualifier',
        'workbookDenominator',
        'workbookDocument',
        'workbookQuote',
        'workbookPlace',
        'workbookOrigin',
        'workbookEnteredAt',
        'derivedRule',
        'notes',
      ] as const
    ).map((k) => boldCell(text(k, lang)));
  const row = (r: Observation | Target, date: string, denominator: string | undefined): SheetRow => {
    const { source } = r;
    return [
      textCell(r.id),
      textCell(r.metric),
      textCell(name(r.metric)),
      textCell(regionName(r.region, input.regionNames, lang)),
      dateCell(date),
      valueCell(r.value, r.unit),
      textCell(unitWord(r.unit, lang)),
      textCell(TEMPLATE_QUALIFIERS[r.qualifier][lang]),
      textCell(denominator && denominatorWord(denominator, lang)),
      textCell(source.document),
      textCell(source.quote),
      textCell(source.place),
      textCell(text(ORIGIN_KEYS[source.origin], lang)),
      textCell(source.at && formatLocalDateTime(source.at, lang)),
      textCell(r.derived?.rule),
      textCell(r.notes),
    ];
  };
  const figures = sortedRecords(dataset.observations, metrics, (o) => o.asOf).map((o) => row(o, o.asOf, o.denominator));
  const targets = sortedRecords(dataset.targets, metrics, (t) => t.deadline).map((t) => row(t, t.deadline, undefined));
  const body: SheetRow[] = [
    [boldCell(text('workbookFigures', lang))],
    header('workbookDate'),
    ...figures,
    [],
    [boldCell(text('workbookTargets', lang))],
    header('deadline'),
    ...targets,
  ];
  return titledSheet('workbookSheetDataset', input, body, 1);
}

export function workbookSheets(input: WorkbookInput): SheetSpec[] {
  return [answersSheet(input), projectionsSheet(input), datasetSheet(input)];
}
