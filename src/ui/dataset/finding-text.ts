// Consistency findings as sentences in the UI language (the engine's own message is English).
import type { ConsistencyFinding } from '../../engine/series/consistency.ts';
import { formatDate, formatNumber, type Lang } from '../i18n/format.ts';
import { denominatorWord, metricLabel } from '../i18n/terms.ts';

export function findingText(f: ConsistencyFinding, lang: Lang): string {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const date = (d: string) => formatDate(d, lang);
  switch (f.kind) {
    case 'mixed-denominator': {
      const parts = f.parts.map((p) => `${date(p.date)}: ${denominatorWord(p.denominator, lang)}`).join('; ');
      return lang === 'vi'
        ? `${metricLabel(f.metric, lang)} dùng nhiều mẫu số (${parts}); các điểm này không so sánh trực tiếp được.`
        : `${metricLabel(f.metric, lang)} mixes denominators (${parts}); these points are not like for like.`;
    }
    case 'denominator-spread':
      return lang === 'vi'
        ? `${denominatorWord(f.denominator, lang)} suy ra lệch nhau ${n(f.gapPct, 1)}%: ${n(f.a.value)} (từ ${metricLabel(f.a.shareMetric, lang)}, ${date(f.a.date)}) so với ${n(f.b.value)} (từ ${metricLabel(f.b.shareMetric, lang)}, ${date(f.b.date)}).`
        : `The implied ${denominatorWord(f.denominator, lang)} differs by ${n(f.gapPct, 1)}%: ${n(f.a.value)} (from ${metricLabel(f.a.shareMetric, lang)}, ${date(f.a.date)}) vs ${n(f.b.value)} (from ${metricLabel(f.b.shareMetric, lang)}, ${date(f.b.date)}).`;
    case 'target-mismatch':
      return lang === 'vi'
        ? `Chỉ tiêu ${f.year} lệch nhau ${n(f.gapPct, 1)}%: ${n(f.shareTarget, 2)}% của ${denominatorWord(f.base.denominator, lang)} (${n(f.base.value)} theo số ngày ${date(f.base.date)}) là ${n(f.asPeople)} người, nhưng chỉ tiêu số người là ${n(f.countTarget)}.`
        : `The ${f.year} targets disagree by ${n(f.gapPct, 1)}%: ${n(f.shareTarget, 2)}% of the ${denominatorWord(f.base.denominator, lang)} (${n(f.base.value)} implied on ${date(f.base.date)}) is ${n(f.asPeople)} people, but the head-count target is ${n(f.countTarget)}.`;
  }
}
