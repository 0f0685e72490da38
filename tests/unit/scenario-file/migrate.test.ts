import { describe, expect, it } from 'vitest';
import { migrateScenario, parseScenarioText } from '../../../src/engine/io/scenario-file.ts';
import { serializeScenario } from '../../../src/engine/io/scenario-serialize.ts';
import { parsed } from './helpers.ts';
import { HANOI_CONTEXT } from '../../support/hanoi.ts';

/** A version 0 (pre-release draft) file: levers as [{id, value}], `mc`, no cells. */
const V0 = {
  format: 'targetcast-scenario',
  version: 0,
  title: 'Bản nháp / Draft',
  description: 'Hỗ trợ gấp đôi? / Doubled support?',
  data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
  leversFrom: '2025-10-01',
  horizon: '2025-12-31',
  levers: [
    { id: 'cityTopupOther', value: 20 },
    { id: 'cityTopupPoor', value: 60 },
  ],
  mc: { paths: 2000, seed: 7 },
  comparisons: [{ name: 'Thấp / Low', levers: [{ id: 'cityTopupOther', value: 15 }] }],
};

describe('migrating older scenario files', () => {
  it('turns a version 0 file into the current version (3)', () => {
    expect(migrateScenario(V0)).toEqual({
      format: 'targetcast-scenario',
      version: 3,
      title: 'Bản nháp / Draft',
      description: 'Hỗ trợ gấp đôi? / Doubled support?',
      data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
      leversFrom: '2025-10-01',
      horizon: '2025-12-31',
      levers: { cityTopupOther: 20, cityTopupPoor: 60 },
      monteCarlo: { paths: 2000, seed: 7 },
      cells: [],
      activeVariant: 'base',
      variants: [
        { id: 'base', levers: { cityTopupOther: 20, cityTopupPoor: 60 }, distributions: {} },
        { id: 'v1', name: 'Thấp / Low', levers: { cityTopupOther: 15, cityTopupPoor: 60 }, distributions: {} },
      ],
    });
  });

  it('loads a version 0 file, and saves it as version 3', () => {
    const s = parsed(JSON.stringify(V0));
    expect(s.version).toBe(3);
    expect(s.levers).toEqual({ cityTopupOther: 20, cityTopupPoor: 60 });
    expect(JSON.parse(serializeScenario(s))).toMatchObject({ version: 3, monteCarlo: { paths: 2000, seed: 7 }, cells: [] });
    expect(serializeScenario(parsed(serializeScenario(s)))).toBe(serializeScenario(s));
  });

  it('leaves current and unknown versions, and non-objects, to validation', () => {
    const v3 = { format: 'targetcast-scenario', version: 3, levers: [] };
    expect(migrateScenario(v3)).toBe(v3);
    expect(migrateScenario([V0])).toEqual([V0]);
    expect(migrateScenario({ ...V0, version: 7 })).toEqual({ ...V0, version: 7 });
  });

  it('reports a version 0 file that is also broken at current paths', () => {
    const broken = { ...V0, mc: undefined, levers: [{ id: 'cityTopupOther', value: 250 }] };
    const result = parseScenarioText(HANOI_CONTEXT, JSON.stringify(broken));
    // The file's levers are also its base case (its comparisons became variants beside it).
    expect(result.ok ? [] : result.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'levers.cityTopupOther: must be between 0 and 100, got 250',
      'monteCarlo: is required (an object)',
      'variants[0].levers.cityTopupOther: must be between 0 and 100, got 250',
    ]);
  });
});

describe('version 1 to 2', () => {
  it('reads a version-1 file unchanged but for its version (version 2 only added fields)', () => {
    const v1 = { format: 'targetcast-scenario', version: 1, title: 't', data: { base: 'hanoi-embedded', observations: [] } };
    expect(migrateScenario(v1)).toEqual({ ...v1, version: 3 });
  });
});

describe('version 2 to 3: comparisons become variants', () => {
  const V2 = {
    format: 'targetcast-scenario',
    version: 2,
    title: 't',
    leversFrom: '2025-10-01',
    horizon: '2026-12-31',
    monteCarlo: { paths: 1000, seed: 1 },
    levers: { labourForceGrowth: 1, cityTopupOther: 20 },
    distributions: { labourForceGrowth: { low: 0.5, mid: 1, high: 1.5 } },
    cells: [
      { id: 'a', type: 'answer', kind: 'compare', comparison: 'No growth' },
      { id: 'b', type: 'answer', kind: 'compare' },
    ],
    comparisons: [
      { name: 'No growth', levers: { labourForceGrowth: 0 } },
      { name: 'More', levers: { cityTopupOther: 30 } },
    ],
  };

  it('keeps what each comparison ran: the levers under its own, and the distributions of the levers it leaves', () => {
    const s = parsed(JSON.stringify(V2));
    expect(s.activeVariant).toBe('base');
    expect(s.variants).toEqual([
      { id: 'base', levers: V2.levers, distributions: V2.distributions },
      { id: 'v1', name: 'No growth', levers: { labourForceGrowth: 0, cityTopupOther: 20 }, distributions: {} },
      { id: 'v2', name: 'More', levers: { labourForceGrowth: 1, cityTopupOther: 30 }, distributions: V2.distributions },
    ]);
    expect(s.cells).toEqual([
      { id: 'a', type: 'answer', kind: 'compare', variant: 'v1' },
      { id: 'b', type: 'answer', kind: 'compare' },
    ]);
    expect(s).not.toHaveProperty('comparisons');
  });

  it('gives a file without comparisons one base case holding its levers', () => {
    const s = parsed(JSON.stringify({ ...V2, comparisons: [], cells: [] }));
    expect([s.activeVariant, s.variants]).toEqual(['base', [{ id: 'base', levers: V2.levers, distributions: V2.distributions }]]);
  });

  it("names a compare cell's unknown comparison in the file's problems", () => {
    const result = parseScenarioText(
      HANOI_CONTEXT,
      JSON.stringify({ ...V2, cells: [{ id: 'a', type: 'answer', kind: 'compare', comparison: 'Gone' }] }),
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'cells[0].variant: no variant with id "Gone" (this file has: base, v1, v2)',
    ]);
  });
});

describe('fields nothing read', () => {
  it("drops a chart cell's region (a chart shows the scenario's region) and reads the file", () => {
    const parsed = parseScenarioText(
      HANOI_CONTEXT,
      JSON.stringify({
        format: 'targetcast-scenario',
        version: 1,
        title: 't',
        leversFrom: '2025-10-01',
        horizon: '2025-12-31',
        monteCarlo: { paths: 1000, seed: 1 },
        cells: [{ id: 'c', type: 'chart', metric: 'hi.coverage', region: 'Vietnam', showBaseline: true }],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.cells).toEqual([{ id: 'c', type: 'chart', metric: 'hi.coverage', showBaseline: true }]);
  });
});
