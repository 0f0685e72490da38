// A notebook that carries its own data: another region's figures, a metric of the user's own,
// no embedded base. It opens with its region and metrics, answers its targets, and says why
// levers (whose defaults are Hanoi's) do not act.
import { describe, expect, it } from 'vitest';
import { serializeScenario, type Observation, type Target } from '../../../src/engine/index.ts';
import { hanoi, newHanoiService } from '../../support/hanoi.ts';

const REGION = 'Đà Nẵng';
const source = { document: 'bao-cao.xlsx', quote: 'Số liệu!C7', origin: 'user' as const, place: 'Số liệu!C7', at: '2026-12-02T07:00:00.000Z' };
const obs = (metric: string, asOf: string, value: number, unit: Observation['unit'], kind: Observation['kind']): Observation => ({
  id: `imp.${metric}.${asOf}`,
  metric,
  region: REGION,
  asOf,
  value,
  unit,
  kind,
  ...(kind === 'share' ? { denominator: 'population' as const } : {}),
  qualifier: 'exact',
  source,
});
const months = Array.from({ length: 18 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 6 + i + 1, 0));
  return d.toISOString().slice(0, 10);
});
const target: Target = { id: 'imp.target.own', metric: 'own.so-don-vi', region: REGION, deadline: '2027-12-31', value: 5200, unit: 'cases', qualifier: 'exact', source };

const scenario = hanoi.newScenario(
  {
    data: {
      base: 'none',
      region: REGION,
      metrics: [{ id: 'own.so-don-vi', label: { vi: 'Số đơn vị tham gia', en: 'Employers enrolled' }, unit: 'cases', kind: 'stock' }],
      observations: [
        ...months.map((d, i) => obs('hi.coverage', d, 93 + 0.08 * i, 'percent', 'share')),
        ...months.map((d, i) => obs('own.so-don-vi', d, 4000 + 40 * i + (i % 3) * 5, 'cases', 'stock')),
      ],
      targets: [target],
      removed: [],
    },
    horizon: '2027-12-31',
  },
  new Date('2026-12-02T00:00:00Z'),
);

describe('a notebook with its own data', () => {
  it('round-trips through the file with its region, own metric and provenance', () => {
    const text = serializeScenario(scenario);
    const back = hanoi.parseScenario(text);
    expect(back.ok ? back.value.data : back.issues).toEqual(scenario.data);
    expect(text).toContain('"place": "Số liệu!C7"');
  });

  it('opens as its region, with its own metric beside the catalogue, and answers its target', () => {
    const service = newHanoiService();
    const opened = service.open(scenario);
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    expect(opened.value.region).toBe(REGION);
    expect(opened.value.metrics.find((m) => m.id === 'own.so-don-vi')).toMatchObject({ unit: 'cases', kind: 'stock', scheme: 'other' });
    expect(opened.value.targets.map((t) => t.id)).toEqual(['imp.target.own']);
    expect(opened.value.leversUnsupported).toMatchObject({ key: 'leversOtherRegion', params: { region: REGION, defaults: 'Hanoi' } });
    const result = service.run({ levers: {}, distributions: {}, leversFrom: scenario.leversFrom });
    const answer = result.targets[0]!;
    // 40 a month from 4,680 in December 2026: about 5,160 a year on, so the target is close.
    expect(answer.yearEnd.p50).toBeGreaterThan(4900);
    expect(answer.yearEnd.p50).toBeLessThan(5500);
    expect(answer.yearEnd.p10).toBeLessThan(answer.yearEnd.p90);
  });

  it('refuses an own metric that takes a catalogue id', () => {
    const bad = { ...scenario, data: { ...scenario.data, metrics: [{ ...scenario.data.metrics![0]!, id: 'hi.coverage' }] } };
    const checked = hanoi.validateScenario(JSON.parse(serializeScenario(bad)));
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.where}: ${i.message}`)).toContain(
      'data.metrics[0].id: "hi.coverage" is a built-in metric; give your own metric another id',
    );
  });
});
