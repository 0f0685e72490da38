// `cast seek --cheapest`: of the city's top-ups (or the levers named), the least budget cost that
// meets a target, with each candidate's setting and cost in VND billion.
import { cheapestSeek, type CheapestAnswer, type CheapestOption, type Engine, type SupportCost } from '../../engine/index.ts';
import { COST_UNIT } from '../cost-text.ts';
import { asUserError } from '../errors.ts';
import { formatNumber, renderTable } from '../table.ts';
import { openScenario, pct, withLevers, type RunFlags } from './scenario.ts';

export interface CheapestOptions extends RunFlags {
  target: string;
  probability: number | 'median';
  deadline?: string;
  levers?: string[];
}

const n1 = (v: number) => formatNumber(v, 1);
const costText = (c: SupportCost) => `${n1(c.total)} (city ${n1(c.city)}, state ${n1(c.state)})`;

function settingText(o: CheapestOption): string {
  const a = o.answer;
  if (a.status === 'not-reachable') return `not reachable within the legal range (best ${formatNumber(a.best.value, 2)})`;
  return `${formatNumber(a.value, 2)}${a.status === 'already-met' ? ' (already met)' : ''}`;
}

function describe(answer: CheapestAnswer, leversFrom: string): string {
  const what = answer.probability === 'median' ? 'the median reaches the target' : `P(meet) >= ${pct(answer.probability)}`;
  const t = answer.target;
  const period = `${COST_UNIT}, ${leversFrom} to 31 Dec ${t.deadline.slice(0, 4)}, median`;
  const head = `${t.id} (${formatNumber(t.value, 2)} by ${t.deadline}): the cheapest way that ${what}`;
  const verdict =
    answer.status === 'found'
      ? `cheapest: ${answer.best.lever} = ${formatNumber((answer.best.answer as { value: number }).value, 2)}, support costing ${costText(answer.best.cost!)} ${period}`
      : answer.status === 'already-met'
        ? `already met at the scenario's levers (support costing ${costText(answer.current)} ${period})`
        : 'not reachable within the legal range of any lever';
  const table = renderTable(answer.options, [
    { header: 'lever', cell: (o) => o.lever },
    { header: 'least setting (% of the minimum premium)', cell: settingText },
    { header: `support cost (${COST_UNIT})`, cell: (o) => (o.cost ? costText(o.cost) : '-'), align: 'right' },
  ]);
  return `${head}\n${verdict}\nat the current levers: ${costText(answer.current)} ${period}\n\n${table}`;
}

export function cheapestCommand(core: Engine, path: string, options: CheapestOptions): string {
  const loaded = withLevers(openScenario(core, path, options));
  const answer = asUserError(() =>
    cheapestSeek(loaded.engine, loaded.settings, {
      targetId: options.target,
      probability: options.probability,
      ...(options.deadline ? { deadline: options.deadline } : {}),
      ...(options.levers ? { levers: options.levers } : {}),
    }),
  );
  if (options.json)
    return JSON.stringify(
      {
        ...answer,
        target: answer.target.id,
        unit: COST_UNIT,
        costPeriod: { from: loaded.settings.leversFrom, to: `${answer.target.deadline.slice(0, 4)}-12-31` },
        options: answer.options.map((o) => ({ ...o, answer: { ...o.answer, target: o.answer.target.id } })),
        ...(answer.status === 'found' ? { best: { ...answer.best, answer: { ...answer.best.answer, target: answer.target.id } } } : {}),
      },
      null,
      2,
    );
  return describe(answer, loaded.settings.leversFrom);
}
