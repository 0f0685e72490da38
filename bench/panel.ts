// The benchmark panel: real published series in bench/data/*.csv, each described (and given its
// bounded scale) in bench/data/SOURCES.md. SOURCES.md is the single list of series: a CSV that is
// not in it is an error, so no series enters the benchmark without a recorded source.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthEnd, parseIsoDate, toDecimalYear } from '../src/engine/time.ts';

export type Scale = 'percent' | 'count' | 'currency';
/** Yearly also covers 5- and 10-yearly steps: one observation per step, no within-year season. */
export type Frequency = 'yearly' | 'quarterly' | 'monthly' | 'irregular';

export interface Series {
  id: string;
  frequency: Frequency;
  /** Seasonal period in steps: 1 yearly/irregular, 4 quarterly, 12 monthly. */
  period: number;
  scale: Scale;
  dates: string[];
  /** Decimal years (end of the period the date names). */
  t: number[];
  y: number[];
}

export const DATA_DIR = new URL('./data/', import.meta.url).pathname;
const PERIOD: Record<Frequency, number> = { yearly: 1, quarterly: 4, monthly: 12, irregular: 1 };
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** End-of-period ISO day for `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when not a real date. */
export function periodEnd(date: string): string | null {
  if (!DATE.test(date)) return null;
  const iso = date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-01` : date;
  if (!parseIsoDate(iso)) return null;
  return date.length === 7 ? monthEnd(iso) : iso;
}

/** Parses a `date,value` CSV strictly; errors name the file and line. */
export function parseSeriesCsv(text: string, file: string): { dates: string[]; y: number[] } {
  const lines = text.trim().split(/\r?\n/);
  if (lines[0] !== 'date,value') throw new Error(`${file}:1: header must be "date,value"`);
  const dates: string[] = [];
  const y: number[] = [];
  let previous = '';
  lines.slice(1).forEach((line, i) => {
    const where = `${file}:${i + 2}`;
    const [date = '', value = '', ...rest] = line.split(',');
    const end = periodEnd(date);
    const number = Number(value);
    if (rest.length > 0) throw new Error(`${where}: expected two fields`);
    if (!end) throw new Error(`${where}: not a date: "${date}"`);
    if (value.trim() === '' || !Number.isFinite(number)) throw new Error(`${where}: not a number: "${value}"`);
    if (end <= previous) throw new Error(`${where}: dates must increase`);
    previous = end;
    dates.push(date);
    y.push(number);
  });
  return { dates, y };
}

/** Monthly or quarterly when every step is 1 or 3 months; yearly for `YYYY` dates. */
export function inferFrequency(dates: readonly string[]): Frequency {
  if (dates.every((d) => d.length === 4)) return 'yearly';
  if (!dates.every((d) => d.length === 7)) return 'irregular';
  const months = dates.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
  const steps = new Set(months.slice(1).map((m, i) => m - months[i]!));
  if (steps.size === 1 && steps.has(1)) return 'monthly';
  if (steps.size === 1 && steps.has(3)) return 'quarterly';
  return 'irregular';
}

/** Rows of the SOURCES.md table, keyed by file name. */
export function readSources(markdown: string): Map<string, { scale: Scale; series: string }> {
  const rows = new Map<string, { scale: Scale; series: string }>();
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | file | series | frequency | unit | scale | publisher | copy |  -> 9 cells with the outer pipes
    if (cells.length < 9 || !cells[1]!.endsWith('.csv')) continue;
    const scale = cells[5];
    if (scale !== 'percent' && scale !== 'count' && scale !== 'currency') {
      throw new Error(`SOURCES.md: ${cells[1]} has unknown scale "${scale}"`);
    }
    rows.set(cells[1]!, { scale, series: cells[2]! });
  }
  return rows;
}

export function loadSeries(file: string, scale: Scale, dir = DATA_DIR): Series {
  const { dates, y } = parseSeriesCsv(readFileSync(join(dir, file), 'utf8'), file);
  const frequency = inferFrequency(dates);
  const t = dates.map((d) => toDecimalYear(periodEnd(d)!));
  return { id: file.replace(/\.csv$/, ''), frequency, period: PERIOD[frequency], scale, dates, t, y };
}

/** Every CSV in the data folder, split into the accuracy panel and the tiny Hanoi history. */
export function loadPanel(dir = DATA_DIR): { panel: Series[]; hanoi: Series[] } {
  const sources = readSources(readFileSync(join(dir, 'SOURCES.md'), 'utf8'));
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((file) => {
      const source = sources.get(file);
      if (!source) throw new Error(`${file} is not listed in SOURCES.md`);
      return loadSeries(file, source.scale, dir);
    });
  return {
    panel: all.filter((s) => !s.id.startsWith('hanoi-')),
    hanoi: all.filter((s) => s.id.startsWith('hanoi-')),
  };
}
