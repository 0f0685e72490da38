import { describe, expect, it } from 'vitest';
import { readCsvSeries, readDate } from '../../../src/engine/io/csv-series.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import { CSV_LIMITS } from '../../../src/engine/io/limits.ts';

const messages = (text: string) => readCsvSeries(text, 'in.csv').issues.map(formatIssue);
const values = (text: string) => {
  const { series, issues } = readCsvSeries(text, 'in.csv');
  expect(issues.map(formatIssue)).toEqual([]);
  return series[0]!.points.map((p) => p.value);
};
const dates = (text: string) => {
  const { series, issues } = readCsvSeries(text, 'in.csv');
  expect(issues.map(formatIssue)).toEqual([]);
  return series[0]!.points.map((p) => p.date);
};

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

  it('keeps line numbers right past blank lines, delimiter-only lines, quoted line breaks and CR line ends', () => {
    const text = '\n\ndate,value\r\n,\r\n2020,1\r\n\r\n  \n"2021",2\r2022,"3\n"\n2023,x\n';
    expect(messages(text)).toEqual(['in.csv:11: cannot read value "x"']);
    const good = readCsvSeries('series,date,value\n"two\nlines",2020,1\n"two\nlines",2021,2\n,,\n"two\nlines",2022,3\n', 'in.csv');
    expect(good.series[0]!.points.map((p) => p.line)).toEqual([2, 4, 7]);
  });

  it.each([
    ['', 'in.csv: the file is empty'],
    [' \n\n', 'in.csv: the file is empty'],
    ['day,val\n2020,1\n', 'in.csv:1: missing column "date" and "value" (the header is: day,val; expected date,value or series,date,value)'],
    ['date,value,date\n2020,1,2020\n', 'in.csv:1: column "date" appears twice in the header'],
    ['date,value\n2020,1\n2021,x\n2022,3\n', 'in.csv:3: cannot read value "x"'],
    ['date,value\n2020,1\n2021,\n2022,3\n', 'in.csv:3: the value is empty'],
    ['date,value\n2020,1\n,2\n2022,3\n', 'in.csv:3: the date is empty'],
    ['date,value\n2020,1\n2021,95%\n2022,3\n', 'in.csv:3: cannot read value "95%" (write the number without "%")'],
    ['date,value\n2020,1\n2021,1 234\n2022,3\n', 'in.csv:3: cannot read value "1 234" (write the number without spaces)'],
    [
      'date,value\n2020,1\n2021,1e999\n2022,3\n',
      'in.csv:3: value "1e999" is beyond ±1e+15, the largest the forecasts handle (use a larger unit)',
    ],
    [
      'date,value\n2020,1\n2021,-2e15\n2022,3\n',
      'in.csv:3: value "-2e15" is beyond ±1e+15, the largest the forecasts handle (use a larger unit)',
    ],
    ['date,value\n2020,1\n2021,2\n2020,3\n', 'in.csv:4: duplicate date 2020-12-31 (first on line 2)'],
    ['date,value\n2020,1\n2020-12-31,3\n2021,3\n', 'in.csv:3: duplicate date 2020-12-31 (first on line 2)'],
    ['date,value\n2020,1\n2021,2\n', 'in.csv: series "value" has 2 points; at least 3 are needed'],
    ['date,value\n', 'in.csv: no data rows after the header'],
    ['date,value\n\n\n', 'in.csv: no data rows after the header'],
    [
      'date,value\n2020,1,9\n2021,2\n2022,3\n',
      'in.csv:2: expected 2 cells, found 3 (a number with a decimal comma must be quoted: "70,5")',
    ],
    ['date,value\n2020\n2021,2\n2022,3\n', 'in.csv:2: expected 2 cells, found 1'],
    ['series,date,value\na,2020\n', 'in.csv:2: expected 3 cells, found 2 (series "a")'],
    ['series,date,value\n,2020,1\n', 'in.csv:2: empty series id'],
    ['date,value\n2020,NaN\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "NaN"'],
    ['date,value\n2020,Infinity\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "Infinity"'],
    ['date,value\n2020-13,1\n2021,2\n2022,3\n', 'in.csv:2: cannot read date "2020-13" (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY)'],
    ['date,value\n2020-02-30,1\n2021,2\n2022,3\n', 'in.csv:2: cannot read date "2020-02-30": there is no such day'],
    ['date,value\n13/2020,1\n2021,2\n2022,3\n', 'in.csv:2: cannot read date "13/2020": there is no such month'],
    [
      'date,value\n45657,1\n2021,2\n2022,3\n',
      'in.csv:2: cannot read date "45657" (use YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY); it looks like a spreadsheet date number: format the column as dates',
    ],
    ['date,value\n"2020,1\n2021,2\n2022,3\n', 'in.csv:2: a quoted cell is never closed (a " without its closing ")'],
    [
      'date,value\n2020,"1"2\n2021,2\n2022,3\n',
      'in.csv:2: a quote inside a cell that is not quoted as a whole (quote the cell and double the quote: "")',
    ],
    ['date,value\n2020,"\u001b[31m"\n2021,2\n2022,3\n', 'in.csv:2: cannot read value "\\u001b[31m"'],
  ])('%j -> %s', (text, message) => {
    expect(messages(text)).toContain(message);
  });

  it('keeps the good series of a panel and reports the bad one', () => {
    const text = 'series,date,value\ngood,2020,1\ngood,2021,2\ngood,2022,3\nbad,2020,1\nbad,2021,oops\nbad,2022,3\n';
    const { series, issues } = readCsvSeries(text, 'panel.csv');
    expect(series.map((s) => s.id)).toEqual(['good']);
    expect(issues.map(formatIssue)).toEqual(['panel.csv:6: cannot read value "oops"']);
  });

  it('refuses the whole file when a quote is never closed (it swallows the rows after it)', () => {
    const text = 'series,date,value\na,2020,1\na,2021,2\na,2022,3\nb,"2020,1\nb,2021,2\nb,2022,3\nb,2023,4\n';
    expect(readCsvSeries(text, 'in.csv').series).toEqual([]);
  });

  it('reads dates strictly', () => {
    expect(readDate('2024-02-30')).toBeNull();
    expect(readDate('2024-02')).toEqual({ date: '2024-02-29', style: 'month' });
    expect(readDate(' 2025 ')).toEqual({ date: '2025-12-31', style: 'year' });
    expect(readDate('31/12/2025')).toBeNull(); // options take ISO dates only
  });
});

describe('what Vietnamese-locale spreadsheets write', () => {
  it('reads Vietnamese numbers when the file shows the decimal comma', () => {
    expect(values('date,value\n2020,"70.577,2"\n2021,"1.234.567"\n2022,"95,5"\n2023,12\n')).toEqual([70577.2, 1234567, 95.5, 12]);
    // "1.234" reads both ways; a decimal comma elsewhere in the file settles it as 1234.
    expect(values('date,value\n2020,"1.234"\n2021,"2,5"\n2022,3\n')).toEqual([1234, 2.5, 3]);
    expect(values('date,value\n2020,"1,234"\n2021,"2,5"\n2022,3\n')).toEqual([1.234, 2.5, 3]);
  });

  it('reads English numbers, grouped or not, the same way', () => {
    expect(values('date,value\n2020,"4,736,889.5"\n2021,70577.2\n2022,.5\n2023,1.5e3\n')).toEqual([4736889.5, 70577.2, 0.5, 1500]);
    expect(values('date,value\n2020,"1,234"\n2021,0.125\n2022,3\n')).toEqual([1234, 0.125, 3]);
  });

  it('reads semicolon files (the Vietnamese list separator) the Vietnamese way, and tab-separated pastes', () => {
    expect(values('date;value;;\n2020;1.234;;\n2021;2.345,5;;\n2022;3;;\n')).toEqual([1234, 2345.5, 3]);
    expect(values('date;value\n2020;1.234\n2021;1.5\n2022;3\n')).toEqual([1.234, 1.5, 3]); // 1.5 shows a decimal point
    expect(values('date\tvalue\n2020\t70.577,2\n2021\t71.000\n2022\t72.100,5\n')).toEqual([70577.2, 71000, 72100.5]);
    expect(values('date,value\n2020,1.234\n2021,2\n2022,3\n')).toEqual([1.234, 2, 3]); // comma files: the documented dot
  });

  it('refuses a file that mixes the two ways, naming both lines', () => {
    expect(messages('date,value\n2020,"95,5"\n2021,96.25\n2022,97\n')).toEqual([
      'in.csv:3: "96.25" is written the English way (1,234.5), but line 2 ("95,5") the Vietnamese way; write every number the same way',
    ]);
    expect(messages('date;value\n2020;1.5\n2021;1.234.567\n2022;3\n')).toEqual([
      'in.csv:3: "1.234.567" is written the Vietnamese way (1.234,5), but line 2 ("1.5") the English way; write every number the same way',
    ]);
  });

  it('refuses a value that reads both ways when nothing in a tab-separated paste settles it', () => {
    expect(messages('date\tvalue\n2020\t1.234\n2021\t2\n2022\t3\n')).toEqual([
      'in.csv:2: cannot tell whether "1.234" is 1234 or 1.234 (no other value in the file shows which mark is the decimal one); write thousands without a separator',
    ]);
  });

  it('reads DD/MM/YYYY when a day above 12 shows the order, and MM/YYYY', () => {
    expect(dates('date,value\n31/01/2025,1\n05/02/2025,2\n15.03.2025,3\n')).toEqual(['2025-01-31', '2025-02-05', '2025-03-15']);
    expect(dates('date,value\n1/2025,1\n02/2025,2\n3-2025,3\n')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31']);
    expect(dates('date,value\n2025/1/5,1\n2025-02-05,2\n05/05/2025,3\n')).toEqual(['2025-01-05', '2025-02-05', '2025-05-05']);
  });

  it('refuses slash dates whose order the file does not show, and month-first dates', () => {
    expect(messages('date,value\n05/06/2025,1\n05/07/2025,2\n05/08/2025,3\n')[0]).toBe(
      'in.csv:2: cannot tell whether "05/06/2025" is day/month or month/day (no date in the file has a day above 12); write YYYY-MM-DD',
    );
    expect(messages('date,value\n12/31/2025,1\n2026,2\n2027,3\n')).toEqual([
      'in.csv:2: cannot read date "12/31/2025": dates like this are read day first (DD/MM/YYYY) and 31 is not a month; write YYYY-MM-DD (2025-12-31)',
    ]);
  });

  it('lets a series mix date forms, each read as its period end, and keeps the finest style', () => {
    const { series } = readCsvSeries('date,value\n2022,1\n2023-06,2\n2023,3\n', 'in.csv');
    expect(series[0]!.points.map((p) => p.date)).toEqual(['2022-12-31', '2023-06-30', '2023-12-31']);
    expect(series[0]!.dateStyle).toBe('month');
    expect(readCsvSeries('date,value\n2022,1\n2023-06,2\n31/12/2023,3\n', 'in.csv').series[0]!.dateStyle).toBe('day');
  });
});

describe('CSV limits', () => {
  const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('\n');
  const day = (i: number) => new Date(Date.UTC(1900, 0, 1 + i)).toISOString().slice(0, 10);

  it('takes the limit of characters and refuses one more', () => {
    const head = 'date,value\n2020,1\n2021,2\n2022,3\n';
    const fill = (n: number) => head + ' '.repeat(n - head.length);
    expect(readCsvSeries(fill(CSV_LIMITS.chars), 'big.csv').series).toHaveLength(1);
    expect(readCsvSeries(`\uFEFF${fill(CSV_LIMITS.chars)}`, 'big.csv').series).toHaveLength(1);
    expect(readCsvSeries(fill(CSV_LIMITS.chars + 1), 'big.csv').issues.map(formatIssue)).toEqual([
      'big.csv: the text has 10,485,761 characters; the limit is 10,485,760 (10 MB)',
    ]);
  });

  it('takes the limit of points in a series and refuses one more', () => {
    const at = (n: number) => `date,value\n${rows(n, (i) => `${day(i)},${i}`)}\n`;
    expect(readCsvSeries(at(CSV_LIMITS.pointsPerSeries), 'in.csv').series[0]!.points).toHaveLength(CSV_LIMITS.pointsPerSeries);
    expect(messages(at(CSV_LIMITS.pointsPerSeries + 1))).toEqual([
      `in.csv:${CSV_LIMITS.pointsPerSeries + 2}: series "value" has more than 10,000 points; the limit is 10,000`,
    ]);
  });

  it('takes the limit of series and refuses one more', () => {
    const at = (n: number) => `series,date,value\n${rows(n * 3, (i) => `s${Math.floor(i / 3)},${2020 + (i % 3)},1`)}\n`;
    expect(readCsvSeries(at(CSV_LIMITS.series), 'in.csv').series).toHaveLength(CSV_LIMITS.series);
    expect(messages(at(CSV_LIMITS.series + 1))).toEqual([
      `in.csv:${CSV_LIMITS.series * 3 + 2}: more than 1,000 series; the limit is 1,000`,
    ]);
  });

  it('takes the limit of rows and refuses one more', () => {
    const at = (n: number) => `series,date,value\n${rows(n, (i) => `s${Math.floor(i / 500)},${day(i % 500)},1`)}\n`;
    expect(readCsvSeries(at(CSV_LIMITS.rows), 'in.csv').series).toHaveLength(CSV_LIMITS.rows / 500);
    expect(messages(at(CSV_LIMITS.rows + 1))).toEqual([`in.csv:${CSV_LIMITS.rows + 2}: more than 200,000 data rows; the limit is 200,000`]);
  });

  it('lists at most the limit of problems and counts the rest', () => {
    const issues = messages(`date,value\n${rows(250, (i) => `${2000 + i},x`)}\n`);
    expect(issues).toHaveLength(CSV_LIMITS.issues + 1);
    expect(issues.at(-1)).toBe('in.csv: 150 more problems not listed');
  });

  it('takes values up to ±1e15', () => {
    expect(values('date,value\n2020,1e15\n2021,-1e15\n2022,0\n')).toEqual([1e15, -1e15, 0]);
  });
});
