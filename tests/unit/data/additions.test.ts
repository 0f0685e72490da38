// Issue 13's dataset additions: 2024 expenditure as a bound, approximate plans, the 2025
// compulsory SI target cited to its publication, and the notes whose sentences the seeds hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_NOTES, HANOI_DATASET } from '../../../src/data/index.ts';

const seeds = ['000_765de540d3db1d04.txt', '001_f4750916a540c498.txt', '004_17f981d050d4e2f6.txt']
  .map((f) => readFileSync(new URL(`../../../src/data/seeds/${f}`, import.meta.url), 'utf8'))
  .join('\n');
const observation = (id: string) => HANOI_DATASET.observations.find((o) => o.id === id)!;
const target = (id: string) => HANOI_DATASET.targets.find((t) => t.id === id)!;

describe('dataset additions', () => {
  it('adds 2024 expenditure as the sum of the three stated payments, a lower bound', () => {
    const e = observation('expenditure.total.2024-12-31');
    expect(e).toMatchObject({ value: 79_728.4, qualifier: 'over', derived: { method: 'add', base: 'pension.paid.2024-12-31' } });
    expect(e.value).toBeCloseTo(45_131 + 9_221 + 25_376.395, 1);
  });

  it('qualifies the plan derived from "about 57.91%" as approximate', () => {
    expect(target('target.si.voluntary.participants.2024-12-31').qualifier).toBe('about');
  });

  it('cites the 2025 compulsory SI target to its publication, not a design note', () => {
    const t = target('target.si.compulsory.share.2025-12-31');
    expect(t.value).toBe(47.5);
    expect(t.source.origin).toBe('reference');
    expect(t.source.document).toMatch(/^Lao Động/);
    expect(t.source.quote).toContain('47.5%');
  });

  it('quotes the seeds verbatim in the arrears, "twice as high" and Region I notes', () => {
    const quoted = (id: string) => [...DATA_NOTES.find((n) => n.id === id)!.detail.en.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ['arrears-targets', 'voluntary-support-twice', 'region-i-reorganisation']) {
      const quotes = quoted(id);
      expect(quotes.length, id).toBeGreaterThan(0);
      for (const q of quotes.filter((q) => q.length > 30)) expect(seeds, id).toContain(q.replace(/ \.\.\.$/, ''));
    }
  });
});
