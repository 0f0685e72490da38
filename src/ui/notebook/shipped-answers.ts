// The first answers of the notebook the app ships with, computed when the app is built
// (shipped-answers-plugin.ts) by the same engine on the same data, on PREVIEW_PATHS paths: the very
// numbers the worker's quick first answers would be. When that exact file opens, they show at once
// (labelled a preview, as the worker's would be) while the worker starts and computes the full ones.
import type { OpenedScenario, ScenarioResult } from '../../engine/index.ts';

/** Paths of the quick preview shown first (opening a notebook, moving a lever), before the full run's numbers. */
export const PREVIEW_PATHS = 1000;

export interface ShippedAnswers {
  /** The shipped file's exact text: the answers are for this text only. */
  text: string;
  /** The engine's answer to opening it on PREVIEW_PATHS paths. */
  opened: OpenedScenario;
  /** Its run at the file's own levers on those paths. */
  result: ScenarioResult;
}
