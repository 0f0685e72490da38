// Sensitivity (tornado) tables as plain data: per target, the levers grouped by who controls them
// (the city's first), within a group sorted by how far they move the median at the deadline, with their low/high settings, the medians there, and the extents of
// inline bars (percent of the cell's width, 50 = the current median).
import { metricById } from '../../i18n/metric-catalogue.ts';
import { leverById, type Tornado, type TornadoBar } from '../../../engine/index.ts';
import { formatDate, formatNumber, formatValue, type Lang } from '../../i18n/format.ts';
import { CONTROLLER_GROUPS, formatLever, stepDecimals } from './lever-view.ts';
import { text } from '../../i18n/text.ts';

export interface Span {
  from: number;
  to: number;
}

export interface TornadoRow {
  lever: string;
  controller: TornadoBar['controller'];
  /** "set by the city", "set by the state": state levers are context, not options. */
  controllerText: string;
  label: string;
  lowText: string;
  highText: string;
  /** The lever's low-high setting, the unit written once: "10 – 30% mức đóng tối thiểu". */
  settingText: string;
  atLowText: string;
  atHighText: string;
  swingText: string;
  lowBar: Span;
  highBar: Span;
}

export interface TornadoTable {
  metric: string;
  targetId: string;
  label: string;
  targetText: string;
  deadlineText: string;
  centerText: string;
  rows: TornadoRow[];
}

/** A bar from the centre (50%) towards `value`, scaled so the largest swing fills half the width. */
function span(value: number, center: number, scale: number): Span {
  const end = 50 + (scale > 0 ? (50 * (value - center)) / scale : 0);
  return { from: Math.min(50, end), to: Math.max(50, end) };
}

export function tornadoTables(
  tornados: readonly Tornado[],
  metrics: readonly string[] | undefined,
  levers: readonly string[] | undefined,
  lang: Lang,
): TornadoTable[] {
  return tornados
    .filter((t) => !metrics || metrics.includes(t.target.metric))
    .map((t) => {
      const unit = t.target.unit;
      // The engine's order: by controller (city first), then by swing.
      const bars = t.bars.filter((b) => !levers || levers.includes(b.lever));
      const scale = Math.max(0, ...bars.map((b) => Math.max(Math.abs(b.atLow - t.center), Math.abs(b.atHigh - t.center))));
      return {
        metric: t.target.metric,
        targetId: t.target.id,
        label: metricById(t.target.metric)?.label[lang] ?? t.target.metric,
        targetText: formatValue(t.target.value, unit, lang, t.target.qualifier),
        deadlineText: formatDate(t.target.deadline, lang),
        centerText: formatValue(t.center, unit, lang),
        rows: bars.map((b) => {
          const def = leverById(b.lever);
          const lever = (v: number) => (def ? formatLever(v, def, lang, 1) : String(v));
          return {
            lever: b.lever,
            controller: b.controller,
            controllerText: text(CONTROLLER_GROUPS.find((g) => g.controller === b.controller)!.badge, lang),
            label: def?.label[lang] ?? b.lever,
            lowText: lever(b.low),
            highText: lever(b.high),
            settingText: def ? `${formatNumber(b.low, lang, stepDecimals(def.step) + 1)} – ${lever(b.high)}` : `${b.low} – ${b.high}`,
            atLowText: formatValue(b.atLow, unit, lang),
            atHighText: formatValue(b.atHigh, unit, lang),
            swingText: formatValue(b.swing, unit, lang),
            lowBar: span(b.atLow, t.center, scale),
            highBar: span(b.atHigh, t.center, scale),
          };
        }),
      };
    });
}
