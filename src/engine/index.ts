// The engine's public surface: the UI, the CLI, the worker and the tests import from here.
// Type-only imports cost nothing at run time; the values below are the engine's entry points.
export { createEngine, type Engine, type EngineConfig, type SimulationOverrides } from './engine.ts';
export { EngineService, type CompareRequest, type LeverSettings, type OpenedScenario, type Outcome } from './service.ts';
export type { Dataset } from './io/dataset.ts';
export { formatIssue, issue, sizeMessage, type Validated, type ValidationIssue } from './io/issues.ts';
export {
  MESSAGES_EN,
  MessageError,
  isMessage,
  msg,
  renderMessage,
  textOf,
  type Message,
  type MessageKey,
  type MessageParam,
} from './messages.ts';
export type { Bilingual, MetricDef } from './io/metric.ts';
export type { Denominator, Kind, Observation, Qualifier, Region, Source, Target, Unit } from './io/observation-schema.ts';
export type { EmbeddedDataset, ScenarioContext } from './io/scenario-dataset.ts';
export type { AnswerKind, ScenarioCell } from './io/scenario-cells.ts';
export type { Comparison, Scenario, ScenarioData } from './io/scenario-schema.ts';
export { serializeScenario } from './io/scenario-serialize.ts';
export type { ScenarioEngine, ScenarioResult, MetricResult, Bands, CrossingResult, TargetOutcome, TargetResult } from './scenario/run.ts';
export type { CompareResult } from './scenario/compare.ts';
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
  type RegionPolicy,
  type SupportRule,
} from './scenario/levers.ts';
export type { GoalSeekAnswer, GoalSeekQuery } from './scenario/goal-seek.ts';
export type { ProgressCallback, Tornado } from './scenario/sensitivity.ts';
export type { ConsistencyFinding } from './series/consistency.ts';
