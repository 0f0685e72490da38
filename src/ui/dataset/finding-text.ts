// Consistency findings as sentences in the UI language (the engine's own message is English).
import type { ConsistencyFinding } from '../../engine/index.ts';
import { formatDate, formatNumber, type Lang } from '../i18n/format.ts';
import { denominatorWord, metricLabel } from '../i18n/terms.ts';
import { text } from '../i18n/text.ts';

export function findingText(f: ConsistencyFinding, lang: Lang): string {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const date = (d: string) => formatDate(d, lang);
  switch (f.kind) {
    case 'mixed-denominator': {
      const parts = f.parts.map((p) => `${date(p.date)}: ${denominatorWord(p.denominator, lang)}`).join('; ');
      return text('findingMixedDenominator', lang, { metric: metricLabel(f.metric, lang), parts });
    }
    case 'denominator-spread':
      return text('findingDenominatorSpread', lang, {
        denominator: denominatorWord(f.denominator, lang),
        gap: n(f.gapPct, 1),
        a: n(f.a.value),
        aMetric: metricLabel(f.a.shareMetric, lang),
        aDate: date(f.a.date),
        b: n(f.b.value),
        bMetric: metricLabel(f.b.shareMetric, lang),
        bDate: date(f.b.date),
      });
    case 'target-mismatch':
      return text('findingTargetMismatch', lang, {
        year: f.year,
        gap: n(f.gapPct, 1),
        share: n(f.shareTarget, 2),
        denominator: denominatorWord(f.base.denominator, lang),
        base: n(f.base.value),
        date: date(f.base.date),
        people: n(f.asPeople),
        count: n(f.countTarget),
      });
  }
}
