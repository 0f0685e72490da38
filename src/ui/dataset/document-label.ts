// How a figure's document is named for readers: a shipped report by its publisher and date
// ("Hanoi Moi via Vietnam.vn, 04/11/2025"), with its file name kept for the detail; any other
// document (an imported file, a decree) as it is written.
import { SEED_REPORTS, type SeedReport } from '../../data/sources.ts';
import { isIsoDate } from '../../engine/index.ts';
import { formatDate, type Lang } from '../i18n/format.ts';

const BY_FILE = new Map<string, SeedReport>(SEED_REPORTS.map((r) => [r.file, r]));

export function seedReport(document: string): SeedReport | undefined {
  return BY_FILE.get(document);
}

/** "Publisher, 04/11/2025" for a shipped report (a date that is not a day stays as written); else the document. */
export function documentLabel(document: string, lang: Lang): string {
  const report = BY_FILE.get(document);
  if (!report) return document;
  return `${report.publisher}, ${isIsoDate(report.published) ? formatDate(report.published, lang) : report.published}`;
}
