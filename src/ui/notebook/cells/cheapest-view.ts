// "The cheapest way" in words: the cheapest lever's setting and what the support then costs (VND
// billion, city and state, over the years from the levers' start to the deadline), every
// candidate beside it, "already met" or "not reachable within the legal range".
import { leverById, type CheapestAnswer, type SupportCost } from '../../../engine/index.ts';
import { formatDate, formatValue, type Lang } from '../../i18n/format.ts';
import { text } from '../../i18n/text.ts';
import { formatLever } from './lever-view.ts';
import { onStep } from './seek-view.ts';

export interface CheapestView {
  status: CheapestAnswer['status'];
  text: string;
  currentText: string;
  /** Each candidate, cheapest first. */
  options: string[];
  /** What "Apply" sets, or null. */
  apply: { lever: string; value: number } | null;
}

const money = (v: number, lang: Lang) => formatValue(v, 'VND billion', lang);
const label = (id: string, lang: Lang) => leverById(id)?.label[lang] ?? id;

export function cheapestView(answer: CheapestAnswer, leversFrom: string, lang: Lang): CheapestView {
  const period = text('seekCheapestPeriod', lang, { from: formatDate(leversFrom, lang), year: answer.target.deadline.slice(0, 4) });
  const costWords = (c: SupportCost) => ({ cost: money(c.total, lang), city: money(c.city, lang), state: money(c.state, lang), period });
  const setting = (lever: string, value: number) => {
    const def = leverById(lever);
    return def ? formatLever(onStep(value, def, true), def, lang) : String(value);
  };
  const options = answer.options.map((o) =>
    o.cost && o.answer.status !== 'not-reachable'
      ? text('seekCheapestOption', lang, { lever: label(o.lever, lang), value: setting(o.lever, o.answer.value), cost: money(o.cost.total, lang) })
      : text('seekCheapestOptionOut', lang, { lever: label(o.lever, lang) }),
  );
  const base = { status: answer.status, currentText: text('seekCheapestCurrent', lang, { cost: money(answer.current.total, lang) }), options };
  switch (answer.status) {
    case 'found': {
      const { best } = answer;
      const value = best.answer.status === 'not-reachable' ? 0 : best.answer.value;
      const def = leverById(best.lever);
      return {
        ...base,
        text: text('seekCheapestFound', lang, { lever: label(best.lever, lang), value: setting(best.lever, value), ...costWords(best.cost!) }),
        apply: def ? { lever: best.lever, value: onStep(value, def, true) } : null,
      };
    }
    case 'already-met':
      return { ...base, text: text('seekCheapestAlreadyMet', lang, costWords(answer.current)), apply: null };
    case 'not-reachable':
      return {
        ...base,
        text: text('seekCheapestNotReachable', lang, { levers: answer.options.map((o) => label(o.lever, lang)).join(', ') }),
        apply: null,
      };
  }
}
