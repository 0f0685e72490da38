import { describe, expect, it } from 'vitest';
import { english } from '../../../../src/engine/messages.ts';
import { readQualifier, readValue, type ValueContext } from '../../../../src/engine/io/import/numbers.ts';
import { readUnit } from '../../../../src/engine/io/import/units.ts';
import { decideStyle } from '../../../../src/engine/io/number-style.ts';
import type { Unit } from '../../../../src/engine/io/observation-schema.ts';
import { cell, err, formula, pct } from './grids.ts';

const undecided: ValueContext['style'] = { style: null, basis: null };
const vietnamese = decideStyle([{ text: '70.577,2', place: 'Sheet1!E2' }]);
const englishStyle = decideStyle([{ text: '70,577.2', place: 'Sheet1!E2' }]);

function value(text: string | number, style = undecided, unit: Unit | null = null) {
  const read = readValue(cell(text)!, { style, unit });
  if ('key' in read) throw new Error(english(read));
  return read;
}
const refusal = (c: Parameters<typeof cell>[0], style = undecided, unit: Unit | null = null) => {
  const read = readValue(cell(c)!, { style, unit });
  return 'key' in read ? english(read) : read;
};

describe('values as sheets write them', () => {
  it('reads numbers that read one way only in either style', () => {
    expect(value('70.577,2').value).toBe(70577.2);
    expect(value('70,577.2').value).toBe(70577.2);
    expect(value('1.234.567').value).toBe(1234567);
    expect(value('1,234,567').value).toBe(1234567);
    expect(value('95,5').value).toBe(95.5);
    expect(value('95.5').value).toBe(95.5);
    expect(value('1234').value).toBe(1234);
  });

  it('reads a value that reads two ways by the decided style, and refuses it when nothing decided', () => {
    expect(value('1.234', vietnamese).value).toBe(1234);
    expect(value('1.234', englishStyle).value).toBe(1.234);
    expect(value('1,234', vietnamese).value).toBe(1.234);
    expect(refusal('1.234')).toBe(
      'cannot tell whether "1.234" is 1234 or 1.234 (no other value in the file shows which mark is the decimal one); write thousands without a separator',
    );
  });

  it('refuses a value written the other way than the one the file showed, naming where', () => {
    expect(refusal('70,577.2', vietnamese)).toBe(
      '"70,577.2" is written the English way (1,234.5), but Sheet1!E2 ("70.577,2") the Vietnamese way; write every number the same way',
    );
  });

  it('reads percents: "95,5%" and a percent-formatted cell (0.955 shown as 95.5%)', () => {
    expect(value('95,5%')).toEqual({ value: 95.5, qualifier: null, unit: 'percent', scaled: false });
    expect(value('95.5 %').value).toBe(95.5);
    expect(readValue(pct(0.955), { style: undecided, unit: null })).toEqual({
      value: 95.5,
      qualifier: null,
      unit: 'percent',
      scaled: false,
    });
    expect(value(95.5)).toEqual({ value: 95.5, qualifier: null, unit: null, scaled: false });
  });

  it('reads qualifier words before the number', () => {
    expect(value('trên 1,6 triệu người').qualifier).toBe('over');
    expect(value('hơn 1.600.000').qualifier).toBe('over');
    expect(value('over 1,600,000').qualifier).toBe('over');
    expect(value('gần 48%').qualifier).toBe('under');
    expect(value('dưới 48%').qualifier).toBe('under');
    expect(value('nearly 48%').qualifier).toBe('under');
    expect(value('under 48%').qualifier).toBe('under');
    expect(value('khoảng 8,24 triệu', undecided, 'people').qualifier).toBe('about');
    expect(value('about 8.24 million', undecided, 'people').qualifier).toBe('about');
    expect(value('Khoang 95,5').qualifier).toBe('about');
  });

  it('multiplies a scale by the row unit: people and cases by itself, money in VND billion', () => {
    expect(value('8,24 triệu', undecided, 'people')).toEqual({ value: 8_240_000, qualifier: null, unit: null, scaled: true });
    expect(value('8.24 million', undecided, 'cases').value).toBe(8_240_000);
    expect(value('1,6 triệu người')).toEqual({ value: 1_600_000, qualifier: null, unit: 'people', scaled: true });
    expect(value('70,577 triệu', vietnamese, 'people').value).toBe(70_577_000);
    expect(value('15 nghìn tỷ', undecided, 'VND billion').value).toBe(15_000);
    expect(value('500 triệu', undecided, 'VND billion').value).toBe(0.5);
    expect(value('12,5 tỷ đồng')).toEqual({ value: 12.5, qualifier: null, unit: 'VND billion', scaled: false });
    expect(value('12,5 tỷ').unit).toBe('VND billion');
  });

  it('refuses a scale where the unit is unknown or a percent', () => {
    expect(refusal('8,24 triệu')).toBe('cannot tell what "8,24 triệu" counts: give the row a unit (người, lượt or tỷ đồng)');
    expect(refusal('8,24 triệu', undecided, 'percent')).toBe(
      'cannot tell what "8,24 triệu" counts: give the row a unit (người, lượt or tỷ đồng)',
    );
  });

  it('refuses what is no number, with what the cell holds', () => {
    expect(refusal('n/a')).toBe('cannot read value "n/a"');
    expect(refusal('1 234 567')).toBe('cannot read value "1 234 567" (write the number without spaces)');
    expect(refusal('95,5 con')).toBe('cannot read value "95,5 con"');
    expect(refusal({ kind: 'date', date: '2025-09-30' })).toBe('a date (2025-09-30) where a number is expected');
    expect(refusal(err('#N/A'))).toBe('the cell holds the error #N/A');
    expect(refusal(formula('SUM(A1:A3)'))).toBe(
      'the cell holds a formula "SUM(A1:A3)" with no saved value; open the file in Excel, save it and import it again',
    );
    expect(refusal(2e15)).toBe('value "2000000000000000" is beyond ±1e+15, the largest the forecasts handle (use a larger unit)');
  });

  it('reads qualifier columns in both languages', () => {
    expect(['chính xác', 'khoảng', 'trên', 'dưới', 'exact', 'about', 'over', 'under', 'Gần', 'hơn'].map(readQualifier)).toEqual([
      'exact',
      'about',
      'over',
      'under',
      'exact',
      'about',
      'over',
      'under',
      'under',
      'over',
    ]);
    expect(readQualifier('có lẽ')).toBeNull();
  });

  it('reads units with their scale', () => {
    expect(readUnit('người')).toEqual({ unit: 'people', factor: 1 });
    expect(readUnit('Persons')).toEqual({ unit: 'people', factor: 1 });
    expect(readUnit('nghìn người')).toEqual({ unit: 'people', factor: 1000 });
    expect(readUnit('%')).toEqual({ unit: 'percent', factor: 1 });
    expect(readUnit('phần trăm')).toEqual({ unit: 'percent', factor: 1 });
    expect(readUnit('tỷ đồng')).toEqual({ unit: 'VND billion', factor: 1 });
    expect(readUnit('Tỷ')).toEqual({ unit: 'VND billion', factor: 1 });
    expect(readUnit('VND billion')).toEqual({ unit: 'VND billion', factor: 1 });
    expect(readUnit('triệu đồng')).toEqual({ unit: 'VND billion', factor: 0.001 });
    expect(readUnit('lượt')).toEqual({ unit: 'cases', factor: 1 });
    expect(readUnit('trường hợp')).toEqual({ unit: 'cases', factor: 1 });
    expect(readUnit('cases')).toEqual({ unit: 'cases', factor: 1 });
    expect(readUnit('triệu')).toBeNull();
    expect(readUnit('hộ gia đình')).toBeNull();
  });
});
