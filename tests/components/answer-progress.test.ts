// Goal seek and sensitivity in the notebook show their progress (a bar with the step) and can be
// cancelled: through the real client, a fake worker running the real engine whose long questions
// report 3 of 12 steps and then never finish. Cancel terminates that worker, a new one re-opens
// the scenario, the cell says "cancelled" (not an error) and the notebook keeps what it showed.
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioCell } from '../../src/engine/io/scenario-cells.ts';
import { createEngineClient } from '../../src/ui/engine/client.ts';
import type { ProgressCallback } from '../../src/ui/engine/types.ts';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import AnswerCell from '../../src/ui/notebook/cells/AnswerCell.svelte';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { hang } from '../unit/engine-client/fake-worker.ts';
import { realEngineWorkers } from '../support/real-engine-workers.ts';

const TEXT = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');
type Answer = Extract<ScenarioCell, { type: 'answer' }>;

/** Each worker runs a real engine; a seek or sweep answers only when `answering` says so. */
function engineWorkers(answering: () => boolean) {
  return realEngineWorkers((call) => {
    if ((call.method !== 'seek' && call.method !== 'sensitivity') || answering()) return undefined;
    const onProgress = call.args.at(-1) as ProgressCallback;
    for (let step = 1; step <= 3; step++) void onProgress(step, 12);
    return hang();
  });
}

let teardown: (() => void) | null = null;
afterEach(() => {
  teardown?.();
  teardown = null;
  locale.set('vi');
  document.body.innerHTML = '';
});

async function renderCell(cell: Answer, answering: () => boolean) {
  const fake = engineWorkers(answering);
  const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 10_000 });
  const store = new NotebookStore(client);
  expect(await store.openFile(TEXT, 'baseline.json')).toBe(true);
  store.scenario!.cells.push(cell);
  const target = document.createElement('div');
  document.body.append(target);
  const component = mount(AnswerCell, {
    target,
    props: {
      store,
      get cell() {
        return store.scenario!.cells.find((c) => c.id === cell.id) as Answer;
      },
    },
  });
  teardown = () => {
    unmount(component);
    client.dispose();
  };
  // An answer kind the shipped notebook does not ask loads the first time it is shown.
  await vi.waitFor(
    () => {
      flushSync();
      expect(target.querySelector('.answer-cell > :nth-child(2)')).not.toBeNull();
    },
    { timeout: 10_000 },
  );
  return { fake, store, target };
}

/** Waits (re-rendering) until `read` gives something. */
async function until<T>(read: () => T | null | undefined): Promise<T> {
  return vi.waitFor(() => {
    flushSync();
    const value = read();
    if (value === null || value === undefined) throw new Error('not yet');
    return value;
  });
}

describe('progress and cancel of the long questions', () => {
  it('goal seek: a progress bar with its step, then Cancel stops the worker; the earlier answer stays', async () => {
    let answering = true;
    const { fake, store, target } = await renderCell(
      { id: 'gs', type: 'answer', kind: 'goal-seek', target: 'target.si.voluntary.share.2025-12-31', lever: 'cityTopupOther' },
      () => answering,
    );
    target.querySelector<HTMLButtonElement>('.seek-find')!.click();
    const first = (await until(() => target.querySelector('.seek-result'))).textContent;
    expect(target.querySelector('progress')).toBeNull(); // only while it runs

    answering = false;
    target.querySelector<HTMLButtonElement>('.seek-find')!.click();
    const bar = await until(() => target.querySelector<HTMLProgressElement>('progress[value="3"]'));
    expect(bar.getAttribute('aria-label')).toBe('Tiến độ tìm kiếm');
    expect([bar.value, bar.max]).toEqual([3, 12]);
    expect(bar.getAttribute('aria-valuetext')).toBe('bước 3/12');
    expect(target.querySelector('.task-step')!.textContent).toBe('bước 3/12');
    expect(target.querySelector<HTMLButtonElement>('.seek-find')!.disabled).toBe(true);
    const result = store.result;

    const cancel = target.querySelector<HTMLButtonElement>('.task-cancel')!;
    expect(cancel.textContent).toBe('Hủy');
    cancel.click();
    flushSync();
    expect(target.querySelector('.task-cancelled')!.textContent).toBe('Đã hủy');
    expect(target.querySelector('.field-error')).toBeNull(); // a cancel is not a failure
    expect(target.querySelector('progress')).toBeNull();
    expect(target.querySelector('.seek-result')!.textContent).toBe(first);
    expect(target.querySelector<HTMLButtonElement>('.seek-find')!.disabled).toBe(false);

    // The busy worker is gone; its replacement re-opens the scenario. The notebook is as it was.
    expect(fake.workers[0]!.terminated).toBe(true);
    await vi.waitFor(() => expect(fake.calls.map((c) => `${c.worker}:${c.method}`)).toContain('1:open'));
    expect(store.result).toBe(result);
    expect(store.engineError).toBeNull();

    // And it answers again.
    answering = true;
    target.querySelector<HTMLButtonElement>('.seek-find')!.click();
    flushSync();
    expect(target.querySelector('.task-cancelled')).toBeNull();
    await until(() => (target.querySelector<HTMLButtonElement>('.seek-find')!.disabled ? null : true));
    expect(fake.callsOf('seek').at(-1)!.worker).toBe(1);
    expect(target.querySelector('.field-error')).toBeNull();
    expect(target.querySelector('.seek-result')!.textContent).toBe(first); // the same levers, the same answer
  });

  it('sensitivity, in English: step of total, Cancel, Cancelled', async () => {
    locale.set('en');
    const { fake, target } = await renderCell({ id: 'se', type: 'answer', kind: 'sensitivity' }, () => false);
    target.querySelector<HTMLButtonElement>('.sens-compute')!.click();
    const bar = await until(() => target.querySelector<HTMLProgressElement>('progress[value="3"]'));
    expect(bar.getAttribute('aria-label')).toBe('Sensitivity progress');
    expect(target.querySelector('.task-step')!.textContent).toBe('step 3 of 12');
    target.querySelector<HTMLButtonElement>('.task-cancel')!.click();
    flushSync();
    expect(target.querySelector('.task-cancelled')!.textContent).toBe('Cancelled');
    expect(target.querySelector('[role="alert"]')).toBeNull();
    expect(target.querySelector('table.tornado')).toBeNull();
    expect(fake.workers[0]!.terminated).toBe(true);
  });
});
