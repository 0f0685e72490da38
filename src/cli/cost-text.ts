// The budget cost of a run for the terminal and for JSON: every figure with its unit and period.
import type { BudgetCost, CostPeriod, CostRange } from '../engine/index.ts';
import { formatNumber, renderTable } from './table.ts';

export const COST_UNIT = 'VND billion';
export const PER_ADDED_UNIT = 'VND million per added member';

/** The cost as `--json` prints it: the engine's figures with their units named. */
export function costJson(cost: BudgetCost | null) {
  return cost && { unit: COST_UNIT, perAddedMemberUnit: PER_ADDED_UNIT, addedMembersUnit: 'people', ...cost };
}

const n1 = (v: number) => formatNumber(v, 1);
const band = (r: CostRange) => `${n1(r.p50)} (${n1(r.p10)} to ${n1(r.p90)})`;

/** "2025, 2025-10-01 to 2025-12-31 (3 months)". */
export function periodLabel(p: Pick<CostPeriod, 'year' | 'from' | 'to' | 'months'>): string {
  return `${p.year}, ${p.from} to ${p.to} (${p.months} month${p.months === 1 ? '' : 's'})`;
}

/** Cost per added member, or why it is not defined. */
export function perAddedText(p: CostPeriod): string {
  return p.perAddedMember ? `${band(p.perAddedMember)} ${PER_ADDED_UNIT}` : 'not defined (no added members)';
}

/** The cost table and the cost per added member; `who` names the run in a comparison ("A: "). */
export function costText(cost: BudgetCost | null, who = ''): string {
  if (!cost || cost.periods.length === 0) return '';
  const table = renderTable(cost.periods, [
    { header: 'period', cell: periodLabel },
    { header: 'baseline city', cell: (p) => n1(p.baseline.city.p50), align: 'right' },
    { header: 'baseline state', cell: (p) => n1(p.baseline.state.p50), align: 'right' },
    { header: 'scenario city', cell: (p) => band(p.scenario.city), align: 'right' },
    { header: 'scenario state', cell: (p) => band(p.scenario.state), align: 'right' },
    { header: 'extra (city + state)', cell: (p) => band(p.extra.total), align: 'right' },
    { header: 'added members', cell: (p) => formatNumber(Math.round(p.addedMembers.p50), 0), align: 'right' },
  ]);
  const ratios = cost.periods.map((p) => `  ${p.year}: ${perAddedText(p)}`).join('\n');
  return `\n\n${who}Budget cost of voluntary SI support, ${COST_UNIT} per period (median, 10-90% range):\n${table}\nCost per added member against the baseline:\n${ratios}`;
}
