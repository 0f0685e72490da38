// The engine's public surface: the UI, the CLI, the worker and the tests import from here. The
// package is marked free of side effects (package.json), so the main thread's bundle keeps only
// what it uses (serialising, bounds, messages): parsing and simulating stay in the worker.
export { createEngine, type Engine, type EngineConfig, type ScenarioChecks, type SimulationOverrides } from './engine.ts';
export { createEngineCore, type EngineCore } from './engine-core.ts';
export { loadScenarioChecks } from './load-checks.ts';
export {
  EngineService,
  type CompareRequest,
  type ImportFile,
  type LeverSettings,
  type LoadChecks,
  type OpenedScenario,
  type Outcome,
} from './service.ts';
export type { ImportChoices, ImportMode, ImportPreview, Revision } from './io/import/plan.ts';
export { proposedAsOwn } from './io/import/plan.ts';
export type { ImportReading, ProposedMetric, SheetReading } from './io/import/reading.ts';
export type { OwnMetric } from './io/own-metrics.ts';
export { WORKBOOK_LIMITS } from './io/workbook/limits.ts';
export {
  DATASET_FORMAT,
  datasetFileOf,
  parseDatasetText,
  scenarioDataOf,
  serializeDatasetFile,
  type DatasetFile,
} from './io/dataset-file.ts';

// Data and files
export type { Dataset } from './io/dataset.ts';
export type { Bilingual, MetricDef } from './io/metric.ts';
export type { Denominator, Kind, Observation, Qualifier, Region, Source, Target, Unit } from './io/observation-schema.ts';
export { REGION_PATTERN } from './io/observation-schema.ts';
export type { EmbeddedDataset, ScenarioContext } from './io/scenario-dataset.ts';
export type { AnswerKind, CellType, ScenarioCell } from './io/scenario-cells.ts';
export type { Scenario, ScenarioData, Variant } from './io/scenario-schema.ts';
export { serializeScenario } from './io/scenario-serialize.ts';
export { CELL_LIMITS, SCENARIO_FORMAT, SCENARIO_LIMITS, SCENARIO_VERSION } from './io/scenario-limits.ts';
export { CSV_LIMITS, MAX_DATE, MIN_DATE } from './io/limits.ts';
export { cellBoundsIssue } from './io/cell-bounds.ts';
export { readCsvSeries, readDate, readNumber, type CsvSeries } from './io/csv-series.ts';
export { decodeText } from './io/text-decode.ts';

// Problems and messages
export { formatIssue, issue, quoted, sizeMessage, type Validated, type ValidationIssue } from './io/issues.ts';
export {
  MESSAGES_EN,
  MessageError,
  english,
  isMessage,
  msg,
  renderMessage,
  textOf,
  type Message,
  type MessageKey,
  type MessageParam,
} from './messages.ts';

// Forecasting
export { autoForecast, type ForecastResult } from './forecast/auto.ts';
export { futureDates } from './forecast/future-dates.ts';
export type { ValueScale } from './models/types.ts';
export type { ConsistencyFinding } from './series/consistency.ts';
export { impliedLatestShare, type ImpliedShare } from './series/implied-latest.ts';
export { newestObservation } from './series/newest-observation.ts';

// Scenarios
export type { ScenarioEngine, ScenarioResult, MetricResult, Bands, CrossingResult, TargetOutcome, TargetResult } from './scenario/run.ts';
export type { CompareResult, VariantDifference, VariantFigures } from './scenario/compare.ts';
export {
  costDifference,
  type BudgetCost,
  type CostDifference,
  type CostPeriod,
  type CostRange,
  type PeriodCost,
  type PeriodDifference,
} from './scenario/cost.ts';
export { HI_COSTED_LEVERS, type HiCostPeriod, type HiLever } from './scenario/hi-cost.ts';
export {
  LEVERS,
  leverById,
  type LeverDef,
  type LeverDistribution,
  type LeverSet,
  type LeverSetting,
  type LeverSource,
  type LeverSpec,
  type LeverUnit,
  type LeverValues,
  type LeverController,
  type RegionPolicy,
} from './scenario/levers.ts';
export {
  entryEffect,
  type CalendarSource,
  type EntryEffect,
  type Instrument,
  type PolicyEntry,
  type PolicyStep,
  type ScenarioSpan,
} from './scenario/calendar.ts';
export { goalSeek, type GoalSeekAnswer, type GoalSeekQuery } from './scenario/goal-seek.ts';
export {
  cheapestSeek,
  CITY_COSTED_LEVERS,
  type CheapestAnswer,
  type CheapestOption,
  type CheapestQuery,
  type SupportCost,
} from './scenario/cheapest.ts';
export { sensitivity, type ProgressCallback, type Tornado, type TornadoBar } from './scenario/sensitivity.ts';

// Time
export { isIsoDate, toDecimalYear, yearEnd, yearOf, type IsoDate } from './time.ts';
