// A goal-seek answer in words: the lever value needed (and the value the slider can be set to),
// "already met", or "not reachable" with the best the lever's range can do.
import { leverById, type GoalSeekAnswer, type LeverSpec } from '../../../engine/index.ts';
import { formatValue, type Lang } from '../../i18n/format.ts';
import { formatProbability } from './answer-rows.ts';
import { formatLever, stepDecimals } from './lever-view.ts';
import { text } from '../../i18n/text.ts';

export interface SeekView {
  status: GoalSeekAnswer['status'];
  text: string;
  achievedText: string;
  /** What "Apply" sets the lever to, or null when nothing is to change. */
  apply: { value: number; text: string } | null;
}

/** The search stops between steps; round towards the side that still meets the goal, within range. */
export function onStep(value: number, def: Pick<LeverSpec, 'min' | 'max' | 'step'>, up: boolean): number {
  const steps = (value - def.min) / def.step;
  const k = up ? Math.ceil(steps - 1e-9) : Math.floor(steps + 1e-9);
  const v = Number((def.min + k * def.step).toFixed(stepDecimals(def.step)));
  return Math.min(def.max, Math.max(def.min, v));
}

export function seekView(answer: GoalSeekAnswer, lang: Lang): SeekView | null {
  const def = leverById(answer.lever);
  if (!def) return null;
  const lever = def.label[lang];
  const exact = (v: number) => formatLever(v, def, lang, 1);
  const achieved = (a: number) =>
    answer.probability === 'median'
      ? text('seekAchievedMedian', lang, { value: formatValue(answer.target.value + a, answer.target.unit, lang) })
      : text('seekAchievedProb', lang, { p: formatProbability(a, lang) });
  const apply = (value: number) => ({ value, text: text('seekApplyLabel', lang, { lever, value: formatLever(value, def, lang) }) });
  switch (answer.status) {
    case 'found': {
      const value = onStep(answer.value, def, answer.atMax >= answer.atMin);
      return {
        status: answer.status,
        text: text('seekFound', lang, { lever, value: exact(answer.value) }),
        achievedText: achieved(answer.achieved),
        apply: apply(value),
      };
    }
    case 'already-met':
      return {
        status: answer.status,
        text: text('seekAlreadyMet', lang, { lever, value: exact(answer.value) }),
        achievedText: achieved(answer.achieved),
        apply: null,
      };
    case 'not-reachable':
      return {
        status: answer.status,
        text: text('seekNotReachable', lang, {
          lever,
          min: formatLever(def.min, def, lang),
          max: formatLever(def.max, def, lang),
          value: exact(answer.best.value),
        }),
        achievedText: achieved(answer.best.achieved),
        apply: apply(answer.best.value),
      };
  }
}
