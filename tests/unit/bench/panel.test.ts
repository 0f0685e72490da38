import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOrigins, makeTasks } from '../../../bench/harness.ts';
import { DATA_DIR, inferFrequency, loadPanel, parseSeriesCsv, readSources, type Series } from '../../../bench/panel.ts';

const csvFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'));
const sources = readSources(readFileSync(join(DATA_DIR, 'SOURCES.md'), 'utf8'));

describe('benchmark panel data', () => {
  it.each(csvFiles)('%s parses: header date,value, increasing dates, finite values', (file) => {
    const { dates, y } = parseSeriesCsv(readFileSync(join(DATA_DIR, file), 'utf8'), file);
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(y.every(Number.isFinite)).toBe(true);
  });

  it.each(csvFiles)('%s is listed in SOURCES.md', (file) => {
    expect(sources.has(file)).toBe(true);
  });

  it('lists no file in SOURCES.md that is not shipped', () => {
    expect([...sources.keys()].filter((f) => !csvFiles.includes(f))).toEqual([]);
  });

  it('has yearly, quarterly and monthly series, short ones, and both shares and amounts', () => {
    const { panel } = loadPanel();
    const frequencies = new Set(panel.map((s) => s.frequency));
    expect(frequencies).toEqual(new Set(['yearly', 'quarterly', 'monthly']));
    expect(panel.some((s) => s.y.length <= 15)).toBe(true);
    expect(panel.some((s) => s.scale === 'percent')).toBe(true);
    expect(panel.some((s) => s.scale !== 'percent')).toBe(true);
    for (const s of panel.filter((p) => p.scale === 'percent')) {
      expect(
        s.y.every((v) => v >= 0 && v <= 100),
        s.id,
      ).toBe(true);
    }
  });

  it('keeps the data folder small', () => {
    const bytes = readdirSync(DATA_DIR).reduce((a, f) => a + readFileSync(join(DATA_DIR, f)).length, 0);
    expect(bytes).toBeLessThan(2_000_000);
  });
});

describe('parseSeriesCsv', () => {
  it.each([
    ['bad header', 'day,value\n2020,1\n', /header/],
    ['decreasing dates', 'date,value\n2021,1\n2020,2\n', /:3: dates must increase/],
    ['repeated dates', 'date,value\n2020-03,1\n2020-03,2\n', /:3: dates must increase/],
    ['not a number', 'date,value\n2020,x\n', /:2: not a number/],
    ['empty value', 'date,value\n2020,\n', /:2: not a number/],
    ['not a date', 'date,value\n2020-13,1\n', /:2: not a date/],
  ])('rejects %s, naming the line', (_, text, message) => {
    expect(() => parseSeriesCsv(text, 'toy.csv')).toThrow(message);
  });

  it('infers the frequency from the dates', () => {
    expect(inferFrequency(['1990', '2000', '2010'])).toBe('yearly');
    expect(inferFrequency(['2020-03', '2020-06', '2020-09'])).toBe('quarterly');
    expect(inferFrequency(['2020-01', '2020-02', '2020-03'])).toBe('monthly');
    expect(inferFrequency(['2024-02-29', '2024-12-31'])).toBe('irregular');
  });
});

describe('rolling-origin tasks', () => {
  it('takes the last three origins, half a horizon apart', () => {
    expect(makeOrigins(100, 'yearly')).toEqual([88, 91, 94].map((origin) => ({ origin, horizon: 6 })));
    expect(makeOrigins(100, 'quarterly')).toEqual([84, 88, 92].map((origin) => ({ origin, horizon: 8 })));
    expect(makeOrigins(120, 'monthly')).toEqual([84, 93, 102].map((origin) => ({ origin, horizon: 18 })));
  });

  it('caps the horizon at a third of a short series and keeps at least 6 training points', () => {
    expect(makeOrigins(11, 'yearly')).toEqual([6, 7, 8].map((origin) => ({ origin, horizon: 3 })));
    expect(makeOrigins(30, 'monthly')).toEqual([10, 15, 20].map((origin) => ({ origin, horizon: 10 })));
    expect(makeOrigins(8, 'yearly')).toEqual([{ origin: 6, horizon: 2 }]);
    expect(makeOrigins(5, 'yearly')).toEqual([]);
  });

  it('builds tasks whose test windows lie inside the series', () => {
    const toy: Series = {
      id: 'toy',
      frequency: 'yearly',
      period: 1,
      scale: 'count',
      dates: [],
      t: Array.from({ length: 20 }, (_, i) => 2001 + i),
      y: Array.from({ length: 20 }, (_, i) => i + 1),
    };
    const tasks = makeTasks([toy]);
    expect(tasks.map((t) => t.origin)).toEqual([8, 11, 14]);
    for (const t of tasks) expect(t.origin + t.horizon).toBeLessThanOrEqual(20);
  });
});
