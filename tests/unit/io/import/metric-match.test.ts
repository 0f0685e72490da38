import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../../src/data/metrics.ts';
import { english } from '../../../../src/engine/messages.ts';
import { interpretWorkbook } from '../../../../src/engine/io/import/interpret.ts';
import { metricMatcher } from '../../../../src/engine/io/import/metric-match.ts';
import { nameKey, slug } from '../../../../src/engine/io/import/normalize.ts';
import { book, problems, sheet } from './grids.ts';

const matched = (text: string) => {
  const m = metricMatcher(METRICS).match(text, '', 'S!A2');
  return 'key' in m ? english(m) : m;
};

describe('names as keys', () => {
  it('ignore case, accents, đ, spaces and punctuation', () => {
    expect(nameKey('Tỷ lệ bao phủ BHYT')).toBe('tylebaophubhyt');
    expect(nameKey('  TY LE  bao-phu_BHYT: ')).toBe('tylebaophubhyt');
    expect(nameKey('Đơn vị tính')).toBe(nameKey('don vi tinh'));
    expect(slug('Số đơn vị nợ đọng (ước)')).toBe('so-don-vi-no-dong-uoc');
  });
});

describe('metrics named in a sheet', () => {
  it('match by id, or by the Vietnamese or English label whatever the accents and case', () => {
    for (const text of [
      'hi.coverage',
      'HI.COVERAGE',
      'Tỷ lệ bao phủ BHYT',
      'ty le bao phu bhyt',
      'TỶ LỆ BAO PHỦ BHYT',
      'HI coverage of the population',
    ])
      expect(matched(text), text).toEqual({ id: 'hi.coverage', unit: null });
  });

  it('match a label with a unit suffix in brackets, which states the unit', () => {
    expect(matched('Tỷ lệ bao phủ BHYT (%)')).toEqual({ id: 'hi.coverage', unit: { unit: 'percent', factor: 1 } });
    expect(matched('Người tham gia BHYT (nghìn người)')).toEqual({ id: 'hi.participants', unit: { unit: 'people', factor: 1000 } });
  });

  it('never match a near name: an unknown name is proposed, an unknown dotted id refused with a hint', () => {
    expect(matched('Tỷ lệ bao phủ BHYT toàn dân')).toEqual({ id: 'own.ty-le-bao-phu-bhyt-toan-dan', unit: null });
    expect(matched('hi.coverag')).toMatch(/^unknown metric \(did you mean hi\.coverage\? known: /);
    expect(matched('own.arrears')).toEqual({ id: 'own.arrears', unit: null });
  });

  it('refuse a name two metrics share', () => {
    const twins = [
      { id: 'a.x', label: { vi: 'Chỉ số A', en: 'A' }, unit: 'people' as const },
      { id: 'b.x', label: { vi: 'Chi so A', en: 'B' }, unit: 'people' as const },
    ];
    const m = metricMatcher(twins).match('chỉ số a', '', 'S!A2');
    expect('key' in m && english(m)).toBe('two metrics are named "chỉ số a": write the id instead');
  });
});

describe('proposed metrics', () => {
  it('get unique own ids, the places they appear, and the unit and kind their figures suggest', () => {
    const catalogue = [...METRICS, { ...METRICS[0]!, id: 'own.no-dong', label: { vi: 'Khác', en: 'Other' } }];
    const reading = interpretWorkbook(
      book(
        sheet('S', [
          ['Chỉ tiêu', 'Tên chỉ tiêu', 'Ngày', 'Giá trị', 'Đơn vị'],
          ['Nợ đóng', null, '30/06/2025', '1200', 'lượt'],
          ['NO DONG', null, '30/09/2025', '1300', null],
          ['Nợ đóng', null, '31/12/2025', '1,5', '%'],
          ['Tỷ lệ thu', null, '30/09/2025', '98,5%', null],
          ['Số thu', null, '9 tháng 2025', '12.345', 'tỷ đồng'],
          ['own.khac', 'Chỉ tiêu khác', '30/09/2025', '5', null],
        ]),
      ),
      catalogue,
    );
    expect(problems(reading)).toEqual(['S!E4: own.no-dong-2 is measured in cases, got percent']);
    expect(reading.newMetrics).toEqual([
      { id: 'own.no-dong-2', name: 'Nợ đóng', unit: 'cases', unitStated: true, kind: 'stock', places: ['S!A2', 'S!A3', 'S!A4'] },
      { id: 'own.ty-le-thu', name: 'Tỷ lệ thu', unit: 'percent', unitStated: true, kind: 'share', places: ['S!A5'] },
      { id: 'own.so-thu', name: 'Số thu', unit: 'VND billion', unitStated: true, kind: 'ytd-flow', places: ['S!A6'] },
      { id: 'own.khac', name: 'Chỉ tiêu khác', unit: 'people', unitStated: false, kind: 'stock', places: ['S!A7'] },
    ]);
    expect(reading.figures.map((f) => [f.metric, f.value])).toEqual([
      ['own.no-dong-2', 1200],
      ['own.no-dong-2', 1300],
      ['own.ty-le-thu', 98.5],
      ['own.so-thu', 12345],
      ['own.khac', 5],
    ]);
  });
});
