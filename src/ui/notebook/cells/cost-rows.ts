// A run's budget cost as plain data for the cost table (compare view, leadership preview): one row
// per year of the horizon from the levers' start, the city's and the state's budget (scenario and
// baseline), the extra over the baseline, the members added and the cost per added member, each
// worded with its unit and period; the HI support's rows add each lever's cost and the people it pays for.
import { HI_COSTED_LEVERS, type BudgetCost, type CostPeriod, type CostRange, type HiLever } from '../../../engine/index.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../../i18n/format.ts';
import { text } from '../../i18n/text.ts';
import { signedValue } from './compare-rows.ts';

export interface CostRow {
  year: number;
  periodText: string;
  cityText: string;
  cityBaselineText: string;
  stateText: string;
  stateBaselineText: string;
  extraText: string;
  addedText: string;
  /** "VND 1.7 million per member (1.3 to 2.6)", or "not defined" without added members. */
  perAddedText: string;
  perAddedDefined: boolean;
}

const money = (v: number, lang: Lang) => formatValue(v, 'VND billion', lang);
const range = (r: CostRange, lang: Lang) => `${formatNumber(r.p10, lang, 1)} – ${formatNumber(r.p90, lang, 1)}`;

function rowOf(p: CostPeriod, lang: Lang): CostRow {
  return {
    year: p.year,
    periodText: text('costPeriodText', lang, { from: formatDate(p.from, lang), to: formatDate(p.to, lang), months: p.months }),
    cityText: `${money(p.scenario.city.p50, lang)} (${range(p.scenario.city, lang)})`,
    cityBaselineText: text('costBaseline', lang, { value: money(p.baseline.city.p50, lang) }),
    stateText: `${money(p.scenario.state.p50, lang)} (${range(p.scenario.state, lang)})`,
    stateBaselineText: text('costBaseline', lang, { value: money(p.baseline.state.p50, lang) }),
    extraText: signedValue(p.extra.total.p50, 'VND billion', lang),
    addedText: signedValue(Math.round(p.addedMembers.p50), 'people', lang),
    perAddedText: p.perAddedMember
      ? `${text('costPerAddedUnit', lang, { value: formatNumber(p.perAddedMember.p50, lang, 2) })} (${range(p.perAddedMember, lang)})`
      : text('costNotDefined', lang),
    perAddedDefined: p.perAddedMember !== null,
  };
}

export function costRows(cost: BudgetCost | null, lang: Lang): CostRow[] {
  return (cost?.periods ?? []).map((p) => rowOf(p, lang));
}

export interface HiCostRow extends CostRow {
  /** Each HI lever's scenario cost (city + state) and the people it pays for, one line each. */
  leverTexts: string[];
}

const HI_LEVER_KEY: Record<HiLever, 'costHiCards' | 'costHiHousehold' | 'costHiNearPoor'> = {
  hiCardsGranted: 'costHiCards',
  householdHiSupport: 'costHiHousehold',
  nearPoorHiSupport: 'costHiNearPoor',
};

/** The HI support's rows: as the voluntary SI's (added participants are HI participants), with each lever's share. */
export function hiCostRows(cost: BudgetCost | null, lang: Lang): HiCostRow[] {
  return (cost?.hi ?? []).map((p) => ({
    ...rowOf(p, lang),
    leverTexts: HI_COSTED_LEVERS.map((id) =>
      text(HI_LEVER_KEY[id], lang, {
        value: money(p.byLever[id].scenario.total.p50, lang),
        people: formatValue(Math.round(p.recipients[id].p50), 'people', lang),
      }),
    ),
  }));
}
