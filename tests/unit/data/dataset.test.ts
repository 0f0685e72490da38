import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_NOTES, HANOI_DATASET, METRICS, SEED_REPORTS, metricById } from '../../../src/data/index.ts';
import { validateDataset } from '../../../src/engine/io/dataset.ts';
import { deriveValue } from '../../../src/engine/io/derivation.ts';
import { formatIssue } from '../../../src/engine/io/issues.ts';
import type { Observation } from '../../../src/engine/io/observation-schema.ts';

const seedText = (file: string) => readFileSync(new URL(`../../../src/data/seeds/${file}`, import.meta.url), 'utf8');
const { observations, targets } = HANOI_DATASET;
const byId = new Map(observations.map((o) => [o.id, o]));

/** Ways a report may write a figure: 8,169,748 / 7.9 million / 182 thousand / VND472 trillion / 871.8 million. */
function spellings(o: Observation): string[] {
  const en = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const out = [en(o.value), String(o.value)];
  if (o.value >= 1e6) out.push(`${en(o.value / 1e6)} million`);
  if (o.value >= 1e3) out.push(`${en(o.value / 1e3)} thousand`);
  if (o.denominator === 'plan' && o.value > 100) out.push(`${en(o.value - 100)}% higher`);
  if (o.unit === 'VND billion') out.push(`${en(o.value / 1000)} trillion`, `${en(o.value * 1000)} million`);
  return out;
}

describe('embedded Hanoi dataset', () => {
  it('passes the same validator as users files', () => {
    const result = validateDataset(HANOI_DATASET);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it('holds the expected breadth of figures', () => {
    expect(observations.length).toBeGreaterThanOrEqual(60);
    expect(targets.length).toBeGreaterThanOrEqual(15);
    expect(new Set(observations.map((o) => o.source.document)).size).toBe(4); // 001 holds only targets
    expect(new Set(targets.map((t) => t.source.document))).toContain('001_f4750916a540c498.txt');
  });

  it('quotes every seed figure verbatim from its report', () => {
    for (const record of [...observations, ...targets]) {
      if (record.source.origin !== 'seed') continue;
      expect(SEED_REPORTS.map((r) => r.file)).toContain(record.source.document);
      expect(seedText(record.source.document), record.id).toContain(record.source.quote);
    }
  });

  it('finds each stated value in its quoted sentence', () => {
    for (const o of observations.filter((x) => !x.derived)) {
      const quote = o.source.quote.replace(/VND(?=\d)/g, 'VND ');
      expect(
        spellings(o).some((s) => quote.includes(s)),
        `${o.id} = ${o.value} not in "${o.source.quote}"`,
      ).toBe(true);
    }
  });

  it('recomputes every derived value from its rule', () => {
    const derived = [...observations, ...targets].filter((r) => r.derived);
    expect(derived.length).toBeGreaterThanOrEqual(25);
    for (const record of derived) {
      const base = byId.get(record.derived!.base);
      expect(base, record.id).toBeDefined();
      expect(record.value, `${record.id}: ${record.derived!.rule}`).toBeCloseTo(
        deriveValue(record.derived!, base!.value),
        record.derived!.decimals,
      );
    }
  });

  it('holds the headline derived figures named in the brief', () => {
    expect(byId.get('hi.participants.2023-12-31')?.value).toBe(8_169_748 - 227_554);
    expect(byId.get('revenue.total.2023-12-31')?.value).toBeCloseTo(70_577.2 - 9_122.1, 6);
    const plan2025 = targets.find((t) => t.id === 'target.revenue.total.2025-12-31');
    expect(plan2025?.value).toBeCloseTo(56_738 / 0.7428, 0);
    for (const [metric, deadline, value] of [
      ['hi.coverage', '2021-12-31', 91.5],
      ['hi.coverage', '2024-12-31', 94.5],
      ['hi.coverage', '2025-12-31', 95.5],
    ] as const) {
      expect(targets.find((t) => t.metric === metric && t.deadline === deadline)?.value).toBe(value);
    }
  });

  it('takes unit, kind and denominator from the metric catalogue', () => {
    for (const o of observations) {
      const def = metricById(o.metric);
      expect(def, o.metric).toBeDefined();
      expect([o.unit, o.kind]).toEqual([def!.unit, def!.kind]);
    }
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
  });

  it('notes point at records that exist', () => {
    const ids = new Set([...observations.map((o) => o.id), ...targets.map((t) => t.id)]);
    for (const note of DATA_NOTES) for (const id of note.about) expect(ids.has(id), `${note.id} -> ${id}`).toBe(true);
  });
});

describe('dataset validator', () => {
  const good: Observation = observations.find((o) => o.id === 'hi.coverage.2024-12-31')!;
  const withObservation = (patch: Record<string, unknown>) => ({ observations: [{ ...good, ...patch }], targets: [] });
  const messages = (input: unknown) => {
    const result = validateDataset(input);
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it('accepts the good observation alone', () => {
    expect(messages(withObservation({}))).toEqual([]);
  });

  it.each([
    [{ unit: 'dong' }, /^observations\[0\]\.unit: /],
    [{ value: Number.NaN }, /^observations\[0\]\.value: .*(number|NaN)/i],
    [{ value: 101.2 }, /^observations\[0\]\.value: a share of population must be at most 100, got 101.2$/],
    [{ asOf: '2200-01-01' }, /^observations\[0\]\.asOf: must be between 1990-01-01 and 2100-12-31$/],
    [{ asOf: '2025-02-30' }, /^observations\[0\]\.asOf: must be a real date written YYYY-MM-DD$/],
    [{ value: -3 }, /^observations\[0\]\.value: must not be negative, got -3$/],
    [{ denominator: undefined }, /^observations\[0\]\.denominator: a share must name its denominator$/],
    // Reported at the unknown field's own path, as in scenario files (one message map for every schema).
    [{ extra: 1 }, /^observations\[0\]\.extra: unknown field$/],
  ])('rejects %o with a message naming the field', (patch, expected) => {
    const found = messages(withObservation(patch));
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.some((m) => expected.test(m)),
      found.join('\n'),
    ).toBe(true);
  });

  it('rejects a derived value that does not follow its rule', () => {
    const base = observations.find((o) => o.id === 'hi.participants.2024-12-31')!;
    const derived = observations.find((o) => o.id === 'hi.participants.2023-12-31')!;
    expect(messages({ observations: [base, { ...derived, value: 7_942_000 }], targets: [] })).toEqual([
      'observations[1].value: derived value 7942000 does not follow its rule (subtract 227554 from hi.participants.2024-12-31 = 8169748 gives 7942194)',
    ]);
  });

  it('rejects duplicate ids and two figures for one metric on one day', () => {
    const found = messages({ observations: [good, good], targets: [] });
    expect(found).toContain('observations[1].id: duplicate id "hi.coverage.2024-12-31"');
    expect(found).toContain('observations[1]: a second figure for hi.coverage (Hanoi) on 2024-12-31');
  });
});
