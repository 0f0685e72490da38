// Export file names from the scenario title: "hanoi-2025-baseline-answers.csv".
import { suggestedName } from '../files/file-io.ts';

export function exportName(title: string | undefined, what: string, ext: string): string {
  const base = suggestedName(title ?? '').replace(/\.targetcast\.json$/, '');
  return `${base}-${what}.${ext}`;
}
