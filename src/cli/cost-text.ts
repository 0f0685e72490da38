// The budget cost of a run for the terminal and for JSON: every figure with its unit and period.
import type { BudgetCost, CostPeriod, CostRange, HiCostPeriod } from '../engine/index.ts';
import { formatNumber, renderTable } from './table.ts';

export const COST_UNIT = 'VND billion';
export const PER_ADDED_UNIT = 'VND million per added member';

export const PER_ADDED_HI_UNIT = 'VND million per added HI participant';

/** The cost as `--json` prints it: the engine's figures with their units named. */
export function costJson(cost: BudgetCost | null) {
  return (
    cost && {
      unit: COST_UNIT,
      perAddedMemberUnit: PER_ADDED_UNIT,
      addedMembersUnit: 'people',
      hiUnits: { cost: COST_UNIT, perAddedMember: PER_ADDED_HI_UNIT, addedMembers: 'HI participants', recipients: 'people' },
      ...cost,
    }
  );
}

const n1 = (v: number) => formatNumber(v, 1);
const band = (r: CostRange) => `${n1(r.p50)} (${n1(r.p10)} to ${n1(r.p90)})`;

/** "2025, 2025-10-01 to 2025-12-31 (3 months)". */
export function periodLabel(p: Pick<CostPeriod, 'year' | 'from' | 'to' | 'months'>): string {
  return `${p.year}, ${p.from} to ${p.to} (${p.months} month${p.months === 1 ? '' : 's'})`;
}

/** Cost per added member, or why it is not defined. */
export function perAddedText(p: CostPeriod, unit = PER_ADDED_UNIT): string {
  return p.perAddedMember ? `${band(p.perAddedMember)} ${unit}` : 'not defined (no added members)';
}

const people = (r: CostRange) => formatNumber(Math.round(r.p50), 0);

/** The HI support's table: each lever's cost by payer and the people it pays for. */
function hiText(periods: readonly HiCostPeriod[], who: string): string {
  if (periods.length === 0) return '';
  const table = renderTable(periods, [
    { header: 'period', cell: periodLabel },
    { header: 'free cards, city', cell: (p) => band(p.byLever.hiCardsGranted.scenario.city), align: 'right' },
    { header: 'cards (people)', cell: (p) => people(p.recipients.hiCardsGranted), align: 'right' },
    { header: 'household support, city', cell: (p) => band(p.byLever.householdHiSupport.scenario.city), align: 'right' },
    { header: 'household members', cell: (p) => people(p.recipients.householdHiSupport), align: 'right' },
    { header: 'near-poor, state', cell: (p) => band(p.byLever.nearPoorHiSupport.scenario.state), align: 'right' },
    { header: 'near-poor, city', cell: (p) => band(p.byLever.nearPoorHiSupport.scenario.city), align: 'right' },
    { header: 'near-poor members', cell: (p) => people(p.recipients.nearPoorHiSupport), align: 'right' },
    { header: 'extra (city + state)', cell: (p) => band(p.extra.total), align: 'right' },
    { header: 'added HI participants', cell: (p) => people(p.addedMembers), align: 'right' },
  ]);
  const ratios = periods.map((p) => `  ${p.year}: ${perAddedText(p, PER_ADDED_HI_UNIT)}`).join('\n');
  return (
    `\n\n${who}Budget cost of HI support (scenario), ${COST_UNIT} per period (median, 10-90% range); ` +
    `people paid for at the period end (medians):\n${table}\nCost per added HI participant against the baseline:\n${ratios}`
  );
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
  return `\n\n${who}Budget cost of voluntary SI support, ${COST_UNIT} per period (median, 10-90% range):\n${table}\nCost per added member against the baseline:\n${ratios}${hiText(cost.hi, who)}`;
}
