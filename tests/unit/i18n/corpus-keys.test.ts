// Every problem the scenario and CSV readers find in the fuzz corpora is a keyed message that
// reads fully in Vietnamese: none falls back to zod's English words, none leaves a {parameter}.
import { describe, expect, it } from 'vitest';
import { readCsvSeries } from '../../../src/engine/io/csv-series.ts';
import type { ValidationIssue } from '../../../src/engine/io/issues.ts';
import { parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { issueText } from '../../../src/ui/i18n/messages.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';
import { BYTES_CASES, FILE, TEXT_CASES, edited, readScenarioBytes } from '../fuzz/scenario-corpus.ts';

function unread(issues: readonly ValidationIssue[]): string[] {
  return issues
    .filter((i) => i.key === 'invalid' || /\{\w+\}/.test(issueText(i, 'vi')) || issueText(i, 'vi') === issueText(i, 'en'))
    .map((i) => `${i.where}: ${i.key} ${issueText(i, 'vi')}`);
}

describe('reader problems in the corpora', () => {
  it('are all keyed and read in Vietnamese (scenario files, as text and as bytes)', () => {
    const found: ValidationIssue[] = [];
    // Beyond the corpus: a dataset id that is not one.
    const badBase = edited((raw) => void (raw['data'] = { base: 'Hà Nội' }));
    for (const c of [...TEXT_CASES, { text: badBase }]) {
      const result = parseScenarioText(HANOI_CONTEXT, c.text, FILE);
      if (!result.ok) found.push(...result.issues);
    }
    for (const c of BYTES_CASES) {
      const result = readScenarioBytes(c.bytes, FILE);
      if (!result.ok) found.push(...result.issues);
    }
    expect(found.length).toBeGreaterThan(TEXT_CASES.length);
    expect(found.some((i) => i.key === 'datasetId' && i.where === 'data.base')).toBe(true);
    expect(unread(found)).toEqual([]);
  });

  it('are all keyed and read in Vietnamese (CSV)', () => {
    const texts = [
      '',
      'a,b\n1,2\n',
      'date,value,date\n2020,1\n',
      'date,value\n',
      'date,value\n2020,1\n2021,x\n2022,1%\n2023,1 000\n05/06/2025,1\n12/31/2025,2\n31/02/2025,3\n13/2025,4\n45000,5\n,6\n2024,\n2020,7\n',
      'date,value\n2020,"1,5"\n2021,1.5\n',
      'date\tvalue\n2020\t1.234\n',
      'date,value\n2020,1e99\n',
      'series,date,value\n,2020,1\nx,2020,1,9\nx,2021\n',
      'date,value\n2020,1\n"2021,2\n',
      'date,value\n2020,a"b\n',
      'series,date,value\ny,2020,1\n',
    ];
    const found = texts.flatMap((t) => readCsvSeries(t, 'in.csv').issues);
    expect(new Set(found.map((i) => i.key)).size).toBeGreaterThanOrEqual(15);
    expect(unread(found)).toEqual([]);
  });
});
