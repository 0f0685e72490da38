// Domain words that appear inside sentences: denominators and metric names, in both languages.
import { metricById } from './metric-catalogue.ts';
import type { Denominator } from '../../engine/index.ts';
import type { Lang } from './format.ts';

const DENOMINATOR_WORDS: Record<Denominator, Record<Lang, string>> = {
  population: { vi: 'dân số', en: 'population' },
  'registered-population': { vi: 'dân số đăng ký thường trú', en: 'registered population' },
  'working-age-labour-force': { vi: 'lực lượng lao động trong độ tuổi', en: 'working-age labour force' },
  'labour-force': { vi: 'lực lượng lao động', en: 'labour force' },
  'informal-workforce': { vi: 'lao động khu vực phi chính thức (nông dân và lao động tự do)', en: 'informal workforce (farmers and informal-sector workers)' },
  plan: { vi: 'kế hoạch', en: 'plan' },
  'amount-due': { vi: 'số phải thu', en: 'amount due' },
  payments: { vi: 'số lần chi trả', en: 'payments' },
};

export function denominatorWord(denominator: string, lang: Lang): string {
  return DENOMINATOR_WORDS[denominator as Denominator]?.[lang] ?? denominator;
}

export function metricLabel(id: string, lang: Lang): string {
  return metricById(id)?.label[lang] ?? id;
}
