// A tornado chart's input: per lever, a bar from the median at the lever's low value to the median
// at its high value, around the current median (a vertical rule), largest swing on top, labelled
// with the lever and its low/high settings. Texts come from the sensitivity table's view model
// (sensitivity-rows.ts), numbers from the engine's Tornado. The drawing is tornado-chart-plot.ts.
import type { Tornado } from '../../engine/index.ts';
import type { TornadoTable } from '../notebook/cells/sensitivity-rows.ts';
import { CHART_COLORS } from './forecast-chart.ts';

export interface TornadoChartRow {
  lever: string;
  label: string;
  lowText: string;
  highText: string;
  atLow: number;
  atHigh: number;
}

export interface TornadoChartInput {
  metric: string;
  unit: Tornado['target']['unit'];
  center: number;
  /** Largest swing first. */
  rows: TornadoChartRow[];
}

export const TORNADO_COLORS = { low: '#9bb7d4', high: CHART_COLORS.forecast } as const;

/** The table's rows (already filtered and sorted), with the numbers the bars need. */
export function tornadoChartInput(tornado: Tornado, table: TornadoTable, levers?: ReadonlySet<string>): TornadoChartInput {
  const bars = new Map(tornado.bars.map((b) => [b.lever, b]));
  return {
    metric: tornado.target.metric,
    unit: tornado.target.unit,
    center: tornado.center,
    rows: table.rows
      .filter((r) => bars.has(r.lever) && (!levers || levers.has(r.lever)))
      .map((r) => ({ lever: r.lever, label: r.label, lowText: r.lowText, highText: r.highText, ...pick(bars.get(r.lever)!) })),
  };
}

const pick = (b: Tornado['bars'][number]) => ({ atLow: b.atLow, atHigh: b.atHigh });
