import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newHanoiService } from '../../support/hanoi.ts';

const text = (name: string) => readFileSync(new URL(`../../../scenarios/${name}`, import.meta.url), 'utf8');

describe('the engine service behind the worker', () => {
  it('opens a scenario file, runs it and answers in plain, cloneable data', () => {
    const service = newHanoiService();
    const parsed = service.parse(text('hanoi-2025-baseline.json'), 'baseline.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const opened = service.open({ ...parsed.value, monteCarlo: { paths: 500, seed: 1 } });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.targets.length).toBeGreaterThan(0);
    const result = service.run({ levers: {}, distributions: {}, leversFrom: opened.value.scenario.leversFrom });
    expect(structuredClone(result)).toEqual(result);
    expect(opened.value.region).toBe('Hanoi');
    expect(opened.value.leversUnsupported).toBeNull();
    // The 2024 targets have passed: answered from the data, not dropped.
    expect(opened.value.outcomes.find((o) => o.target.id === 'target.hi.coverage.2024-12-31')).toMatchObject({
      status: 'met',
      evidence: { date: '2024-12-31', value: 95.25 },
    });
  });

  it('reports a bad file and keeps the open scenario', () => {
    const service = newHanoiService();
    const good = service.parse(text('hanoi-2025-baseline.json'));
    if (!good.ok) throw new Error('shipped file does not parse');
    service.open({ ...good.value, monteCarlo: { paths: 300, seed: 1 } });
    const bad = service.parse('{"format":"targetcast-scenario","version":1,"title":"x","levers":{"cityTopupOther":250}}', 'bad.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => `${i.where}: ${i.message}`)).toContain('levers.cityTopupOther: must be between 0 and 100, got 250');
    expect(service.run({ levers: {}, distributions: {}, leversFrom: '2025-10-01' }).targets.length).toBeGreaterThan(0);
  });
});
