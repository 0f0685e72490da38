import { describe, expect, it } from 'vitest';
import { readCsvSeries, readDate } from '../../../src/engine/io/csv-series.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';

const messages = (text: string) => readCsvSeries(text, 'in.csv').issues.map(formatIssue);

describe('reading series from CSV', () => {
  it('reads a single date,value series whatever the row order, dates at period ends', () => {
    const { series, issues } = readCsvSeries('date,value\n2022,3\n2020,1\n2021,2\n', 'in.csv');
    expect(issues).toEqual([]);
    expect(series).toHaveLength(1);
    expect(series[0]!.id).toBe('value');
    expect(series[0]!.dateStyle).toBe('year');
    expect(series[0]!.points.map((p) => [p.date, p.value, p.line])).toEqual([
      ['2020-12-31', 1, 3],
      ['2021-12-31', 2, 4],
      ['2022-12-31', 3, 2],
    ]);
  });

  it('reads a panel, quoted cells, a BOM and blank lines', () => {
    const text =
      '\uFEFFseries,date,value\n"a, quoted",2024-01,1\n\n"a, quoted",2024-02,2\n"a, quoted",2024-03,3\nb,2024-01-15,4\nb,2024-02-15,5\nb,2024-03-15,6\n';
    const { series, issues } = readCsvSeries(text, 'in.csv');
    expect(issues).toEqual([]);
    expect(series.map((s) => s.id)).toEqual(['a, quoted', 'b']);
    expect(series[0]!.points.map((p) => p.date)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(series[0]!.points.map((p) => p.line)).toEqual([2, 4, 5]);
  });

  it.each([
    ['', 'in.csv: the file is empty'],
    ['day,val\n2020,1\n', 'in.csv:1: missing column "date" and "value" (the header is: day,val; expected date,value or series,date,value)'],
    ['date,value\n2020,1\n2021,x\n2022,3\n', 'in.csv:3: cannot read value "x"'],
    [
      'date,value\n2020,1\n2021,"70.577,2"\n2022,3\n',
      'in.csv:3: cannot read value "70.577,2" (write numbers with a dot for decimals and no thousands separators, e.g. 70577.2)',
    ],
    ['date,value\n2020/01/01,1\n2021,2\n2022,3\n', 'in.csv:2: cannot read date "2020/01/01" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
    ['date,value\n2020,1\n2021,2\n2020,3\n', 'in.csv:4: duplicate date 2020-12-31 (first on line 2)'],
    ['date,value\n2020,1\n2021,2\n', 'in.csv: series "value" has 2 points; at least 3 are needed'],
    ['date,value\n', 'in.csv: no data rows after the header'],
    ['date,value\n2020,1,9\n2021,2\n2022,3\n', 'in.csv:2: expected 2 cells, found 3'],
    ['date,value\n2020,NaN\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "NaN"'],
    ['date,value\n2020-13,1\n2021,2\n2022,3\n', 'in.csv:2: cannot read date "2020-13" (use YYYY, YYYY-MM or YYYY-MM-DD)'],
  ])('%j -> %s', (text, message) => {
    expect(messages(text)).toContain(message);
  });

  it('keeps the good series of a panel and reports the bad one', () => {
    const text = 'series,date,value\ngood,2020,1\ngood,2021,2\ngood,2022,3\nbad,2020,1\nbad,2021,oops\nbad,2022,3\n';
    const { series, issues } = readCsvSeries(text, 'panel.csv');
    expect(series.map((s) => s.id)).toEqual(['good']);
    expect(issues.map(formatIssue)).toEqual(['panel.csv:6: cannot read value "oops"']);
  });

  it('reads dates strictly', () => {
    expect(readDate('2024-02-30')).toBeNull();
    expect(readDate('2024-02')).toEqual({ date: '2024-02-29', style: 'month' });
    expect(readDate(' 2025 ')).toEqual({ date: '2025-12-31', style: 'year' });
  });
});
