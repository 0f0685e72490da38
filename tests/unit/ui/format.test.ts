import { describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import { formatDate, formatLocalDateTime, formatValue } from '../../../src/ui/i18n/format.ts';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';
import { overviewRows, targetsByYear } from '../../../src/ui/dataset/overview.ts';

describe('Vietnamese and English formats', () => {
  it.each([
    [70_577.2, 'VND billion', 'exact', '70.577,2 tỷ đồng', '70,577.2 VND billion'],
    [8_169_748, 'people', 'about', 'khoảng 8.169.748 người', 'about 8,169,748 people'],
    [95.25, 'percent', 'exact', '95,25%', '95.25%'],
    [48, 'percent', 'under', 'gần 48%', 'nearly 48%'],
    [0.8718, 'VND billion', 'exact', '0,8718 tỷ đồng', '0.8718 VND billion'],
  ] as const)('%d %s', (value, unit, qualifier, vi, en) => {
    expect(formatValue(value, unit, 'vi', qualifier)).toBe(vi);
    expect(formatValue(value, unit, 'en', qualifier)).toBe(en);
  });

  it('writes dates as 31/12/2025 in Vietnamese, whatever the time zone', () => {
    expect(formatDate('2025-12-31', 'vi')).toBe('31/12/2025');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
  });

  it('has every string in both languages', () => {
    for (const [key, value] of Object.entries(STRINGS)) {
      expect(value.vi, key).not.toBe('');
      expect(value.en, key).not.toBe('');
    }
  });
});

describe('dataset overview rows', () => {
  const rows = overviewRows(HANOI_DATASET, METRICS, 'Hanoi');

  it('gives each metric its latest figure and the target in force', () => {
    const hi = rows.find((r) => r.def.id === 'hi.coverage' && r.region === 'Hanoi')!;
    expect(hi.latest.asOf).toBe('2025-09-30');
    expect(hi.target?.deadline).toBe('2025-12-31');
    expect(hi.history.map((o) => o.asOf)).toEqual(['2024-02-29', '2024-12-31', '2025-06-30', '2025-09-30']);
    expect(rows.filter((r) => r.def.headline && r.region === 'Hanoi')).toHaveLength(9);
  });

  it('groups targets by year, newest first', () => {
    expect(targetsByYear(HANOI_DATASET).map(([y]) => y)).toEqual([2025, 2024, 2023, 2021]);
  });
});

describe('autosave times', () => {
  it('are shown in the reader\'s own time zone, the Vietnamese or English way', () => {
    const iso = '2026-11-24T07:05:09.000Z';
    const d = new Date(iso);
    const hh = String(d.getHours()).padStart(2, '0');
    const dd = String(d.getDate()).padStart(2, '0');
    expect(formatLocalDateTime(iso, 'vi')).toBe(`${hh}:05:09 ${dd}/11/2026`);
    expect(formatLocalDateTime(iso, 'en')).toBe(`${d.getDate()} Nov 2026, ${hh}:05:09`);
    expect(formatLocalDateTime('not a date', 'vi')).toBe('not a date');
  });
});
