// The worker's service loads the checks of outside input (zod) on first use: the notebook the app
// opens on (a shipped file) and a new notebook open and answer without them, and give exactly what
// the checked path gives; anything else (another text, an edited copy, a hostile value) is still
// checked, which loads them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANOI } from '../../../src/data/index.ts';
import { createEngineCore, EngineService, loadScenarioChecks, type Scenario } from '../../../src/engine/index.ts';
import { hanoi, newHanoiService } from '../../support/hanoi.ts';

const SHIPPED = readFileSync(new URL('../../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8');
const STARTER_CELLS: Scenario['cells'] = [
  { id: 'md', type: 'markdown', text: '' },
  { id: 'chart', type: 'chart', metric: 'hi.coverage', showBaseline: true },
  { id: 'levers', type: 'levers', levers: ['cityTopupOther'] },
  { id: 'answer', type: 'answer', kind: 'year-end' },
];

/** A worker-like service (the checks loaded on first use, the shipped file known) and how often it loaded them. */
function lazyService(load = () => loadScenarioChecks(core.context)): {
  service: EngineService<() => ReturnType<typeof load>>;
  loads: () => number;
} {
  let loads = 0;
  const service = new EngineService(
    core,
    () => {
      loads++;
      return load();
    },
    { shipped: [SHIPPED] },
  );
  return { service, loads: () => loads };
}
const core = createEngineCore(HANOI);

describe('the worker service without its checks loaded', () => {
  it('reads and opens the shipped notebook without them, as the checks would', async () => {
    const { service, loads } = lazyService();
    const parsed = await service.parse(SHIPPED, 'hanoi-2025-baseline.json');
    const checked = newHanoiService().parse(SHIPPED, 'hanoi-2025-baseline.json');
    expect(parsed).toEqual(checked);
    if (!parsed.ok) throw new Error('the shipped file does not read');
    const opened = await service.open(structuredClone(parsed.value));
    const eager = newHanoiService();
    expect(opened).toEqual(eager.open(structuredClone(parsed.value)));
    const settings = { levers: { cityTopupOther: 60 }, distributions: {}, leversFrom: parsed.value.leversFrom };
    expect(service.run(settings, 500)).toEqual(eager.run(settings, 500));
    expect(loads()).toBe(0);
  });

  it('creates and opens a new notebook without them, as the checks would', async () => {
    const { service, loads } = lazyService();
    const created = service.newScenario(STARTER_CELLS);
    const opened = await service.open(structuredClone(created));
    expect(loads()).toBe(0);
    const checked = hanoi.validateScenario(structuredClone(created));
    expect(checked).toEqual({ ok: true, value: created });
    if (!opened.ok || !checked.ok) throw new Error('the new notebook does not open');
    // The embedded figures as they ship need no check: the checked dataset is the same.
    expect(hanoi.scenarioData(checked.value)).toEqual({ ok: true, value: opened.value.dataset });
  });

  it('checks anything else: another text, an edited copy, an edit of the data, a hostile value', async () => {
    const { service, loads } = lazyService();
    const parsed = await service.parse(SHIPPED);
    if (!parsed.ok) throw new Error('the shipped file does not read');

    const edited = { ...parsed.value, levers: { cityTopupOther: 250 } };
    const refused = await service.open(edited);
    expect(loads()).toBe(1);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues.map((i) => i.where)).toContain('levers.cityTopupOther');

    const reworded = await service.parse(SHIPPED.replace('"paths": 10000', '"paths": 1e9'));
    expect(reworded.ok).toBe(false);

    const hostile = await service.open({ ...parsed.value, __proto__: { polluted: true }, cells: [{ id: 'x', type: 'markdown', text: 1 }] });
    expect(hostile.ok).toBe(false);
    expect(loads()).toBe(1); // loaded once, kept
  });

  it('opens its own scenario at fewer paths without them (the quick first answers), and checks other path counts', async () => {
    const { service, loads } = lazyService();
    const parsed = await service.parse(SHIPPED);
    if (!parsed.ok) throw new Error('the shipped file does not read');
    const quick = { ...structuredClone(parsed.value), monteCarlo: { ...parsed.value.monteCarlo, paths: 1000 } };
    const opened = await service.open(quick);
    expect(loads()).toBe(0);
    expect(opened).toEqual(newHanoiService().open(structuredClone(quick)));
    for (const paths of [99, 100_001, 1000.5, Number.NaN]) {
      const refused = await service.open({ ...parsed.value, monteCarlo: { ...parsed.value.monteCarlo, paths } });
      expect(refused.ok, String(paths)).toBe(false);
    }
    expect(loads()).toBe(1);
    const reseeded = await service.open({ ...parsed.value, monteCarlo: { paths: 1000, seed: 2 } });
    expect(reseeded.ok).toBe(true); // a valid edit, checked
  });

  it('checks a new notebook once the main thread has changed it', async () => {
    const { service, loads } = lazyService();
    const created = service.newScenario(STARTER_CELLS);
    const opened = await service.open({ ...created, monteCarlo: { paths: 0, seed: 1 } });
    expect(loads()).toBe(1);
    expect(opened.ok).toBe(false);
  });

  it('retries the checks after a failed load', async () => {
    let fail = true;
    const { service, loads } = lazyService(() => (fail ? Promise.reject(new Error('offline')) : loadScenarioChecks(core.context)));
    await expect(service.parse('{}')).rejects.toThrow('offline');
    fail = false;
    const parsed = await service.parse('{}');
    expect(parsed.ok).toBe(false);
    expect(loads()).toBe(2);
  });
});
