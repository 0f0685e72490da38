import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/engine/messages.ts';
import { periodProblem, readPeriodCell, readPeriodText } from '../../../../src/engine/io/import/periods.ts';
import { date } from './grids.ts';

const read = (text: string) => {
  const p = readPeriodText(text);
  if (p === null || 'key' in p) throw new Error(`not read: ${text} (${p ? english(p) : 'null'})`);
  return [p.date, p.kind];
};
const refusal = (text: string) => {
  const p = readPeriodText(text);
  return p !== null && 'key' in p ? english(p) : p;
};

describe('period labels to their end dates', () => {
  it('reads days, day first for every separator', () => {
    for (const text of ['30/09/2025', '30-09-2025', '30.09.2025', '2025-09-30', '30/9/2025', 'ngày 30/09/2025', 'Ngày 30/9/2025'])
      expect(read(text), text).toEqual(['2025-09-30', 'day']);
    expect(read('05/06/2025')).toEqual(['2025-06-05', 'day']);
  });

  it('reads months to their last day', () => {
    for (const text of [
      '09/2025',
      '9/2025',
      '2025-09',
      '09-2025',
      'Tháng 9/2025',
      'tháng 9 năm 2025',
      'THÁNG 09-2025',
      'T9/2025',
      'T09-2025',
      'thang 9/2025',
      'Sep 2025',
      'September 2025',
      'sept. 2025',
      'Sep-2025',
    ])
      expect(read(text), text).toEqual(['2025-09-30', 'month']);
    expect(read('Tháng 2/2024')).toEqual(['2024-02-29', 'month']);
    expect(read('Feb 2025')).toEqual(['2025-02-28', 'month']);
  });

  it('reads quarters to their last day, in roman or arabic numerals', () => {
    for (const text of [
      'Quý III/2025',
      'Quý 3/2025',
      'Q3/2025',
      'Q3 2025',
      'q3-2025',
      'quý III năm 2025',
      'Quy III/2025',
      '2025-Q3',
      '2025 Q3',
    ])
      expect(read(text), text).toEqual(['2025-09-30', 'quarter']);
    expect(read('Quý I/2025')).toEqual(['2025-03-31', 'quarter']);
    expect(read('Quý IV/2025')).toEqual(['2025-12-31', 'quarter']);
  });

  it('reads year-to-date periods to the end of their last month', () => {
    for (const text of ['9 tháng 2025', '9 tháng năm 2025', '9 tháng đầu năm 2025', 'first 9 months of 2025', '9 months 2025'])
      expect(read(text), text).toEqual(['2025-09-30', 'ytd']);
    expect(read('6 tháng đầu năm 2025')).toEqual(['2025-06-30', 'ytd']);
    expect(read('6 tháng 2025')).toEqual(['2025-06-30', 'ytd']);
  });

  it('reads years to 31 December', () => {
    for (const text of ['Năm 2025', '2025', 'năm 2025', 'Cả năm 2025', 'year 2025'])
      expect(read(text), text).toEqual(['2025-12-31', 'year']);
  });

  it('refuses impossible dates with their text, and says when a date reads month first', () => {
    expect(refusal('31/02/2025')).toBe('cannot read date "31/02/2025": there is no such day');
    expect(refusal('2025-02-30')).toBe('cannot read date "2025-02-30": there is no such day');
    expect(refusal('Tháng 13/2025')).toBe('cannot read date "Tháng 13/2025": there is no such month');
    expect(refusal('12/31/2025')).toBe(
      'cannot read date "12/31/2025": dates like this are read day first (DD/MM/YYYY) and 31 is not a month; write YYYY-MM-DD (2025-12-31)',
    );
    expect(refusal('2200')).toBe('the date "2200" is outside 1990-01-01 to 2100-12-31');
  });

  it('says a text is no period at all (null) rather than misreading it', () => {
    for (const text of ['Chỉ tiêu', 'Ghi chú', '6 tháng cuối năm 2025', 'Quý 5/2025', 'hi.coverage', 'Nam 2025 (dự kiến)', '95,5'])
      expect(readPeriodText(text), text).toBeNull();
  });

  it('reads date cells as days and whole-number cells as years', () => {
    expect(readPeriodCell(date('2025-09-30'))).toEqual({ date: '2025-09-30', kind: 'day' });
    expect(readPeriodCell({ kind: 'number', value: 2025 })).toEqual({ date: '2025-12-31', kind: 'year' });
    expect(readPeriodCell({ kind: 'number', value: 45930 })).toBeNull();
    expect(english(periodProblem({ kind: 'number', value: 45930 }))).toMatch(
      /^cannot read the period "45930" .*; it looks like a spreadsheet date number: format the column as dates$/,
    );
  });
});
