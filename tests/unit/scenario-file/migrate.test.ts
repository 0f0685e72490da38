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
  it('turns a version 0 file into the current version (2)', () => {
    expect(migrateScenario(V0)).toEqual({
      format: 'targetcast-scenario',
      version: 2,
      title: 'Bản nháp / Draft',
      description: 'Hỗ trợ gấp đôi? / Doubled support?',
      data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
      leversFrom: '2025-10-01',
      horizon: '2025-12-31',
      levers: { cityTopupOther: 20, cityTopupPoor: 60 },
      monteCarlo: { paths: 2000, seed: 7 },
      comparisons: [{ name: 'Thấp / Low', levers: { cityTopupOther: 15 } }],
      cells: [],
    });
  });

  it('loads a version 0 file, and saves it as version 2', () => {
    const s = parsed(JSON.stringify(V0));
    expect(s.version).toBe(2);
    expect(s.levers).toEqual({ cityTopupOther: 20, cityTopupPoor: 60 });
    expect(JSON.parse(serializeScenario(s))).toMatchObject({ version: 2, monteCarlo: { paths: 2000, seed: 7 }, cells: [] });
    expect(serializeScenario(parsed(serializeScenario(s)))).toBe(serializeScenario(s));
  });

  it('leaves current and unknown versions, and non-objects, to validation', () => {
    const v2 = { format: 'targetcast-scenario', version: 2, levers: [] };
    expect(migrateScenario(v2)).toBe(v2);
    expect(migrateScenario([V0])).toEqual([V0]);
    expect(migrateScenario({ ...V0, version: 7 })).toEqual({ ...V0, version: 7 });
  });

  it('reports a version 0 file that is also broken at version 1 paths', () => {
    const broken = { ...V0, mc: undefined, levers: [{ id: 'cityTopupOther', value: 250 }] };
    const result = parseScenarioText(HANOI_CONTEXT, JSON.stringify(broken));
    expect(result.ok ? [] : result.issues.map((i) => `${i.where}: ${i.message}`)).toEqual([
      'levers.cityTopupOther: must be between 0 and 100, got 250',
      'monteCarlo: is required (an object)',
    ]);
  });
});

describe('version 1 to 2', () => {
  it('reads a version-1 file unchanged but for its version (version 2 only added fields)', () => {
    const v1 = { format: 'targetcast-scenario', version: 1, title: 't', data: { base: 'hanoi-embedded', observations: [] } };
    expect(migrateScenario(v1)).toEqual({ ...v1, version: 2 });
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
