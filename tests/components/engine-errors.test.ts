// Engine errors in a goal-seek answer reach a Vietnamese user in Vietnamese: a search that times
// out (the client's own message), and a refusal the engine raised in the worker (its keyed message,
// kept across comlink as workers/engine.worker.ts keeps it). The English is there for English users.
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioCell } from '../../src/engine/io/scenario-cells.ts';
import { createEngineClient } from '../../src/ui/engine/client.ts';
import { keepErrorTexts } from '../../src/ui/engine/keyed-errors.ts';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import AnswerCell from '../../src/ui/notebook/cells/AnswerCell.svelte';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { hang } from '../unit/engine-client/fake-worker.ts';
import { realEngineWorkers } from '../support/real-engine-workers.ts';

const TEXT = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 300');
type Answer = Extract<ScenarioCell, { type: 'answer' }>;

let teardown: (() => void) | null = null;
afterEach(() => {
  teardown?.();
  teardown = null;
  locale.set('vi');
  document.body.innerHTML = '';
});

/** A goal-seek cell on real engines in fake workers; `seekHangs` makes every search hang. */
async function seekCell(target: string, seekHangs: boolean) {
  keepErrorTexts();
  const fake = realEngineWorkers((call) => (call.method === 'seek' && seekHangs ? hang() : undefined));
  const client = createEngineClient({ createWorker: fake.createWorker, timeoutMs: 400 });
  const store = new NotebookStore(client);
  expect(await store.openFile(TEXT, 'baseline.json')).toBe(true);
  const cell: Answer = { id: 'gs', type: 'answer', kind: 'goal-seek', target, lever: 'cityTopupOther' };
  store.scenario!.cells.push(cell);
  const host = document.createElement('div');
  document.body.append(host);
  const component = mount(AnswerCell, { target: host, props: { store, cell } });
  teardown = () => {
    unmount(component);
    client.dispose();
  };
  // The goal-seek answer loads the first time it is shown.
  const find = await vi.waitFor(
    () => {
      flushSync();
      const button = host.querySelector<HTMLButtonElement>('.seek-find');
      if (!button) throw new Error('not yet');
      return button;
    },
    { timeout: 10_000 },
  );
  find.click();
  const error = await vi.waitFor(
    () => {
      flushSync();
      const shown = host.querySelector('.seek-answer .field-error')?.textContent;
      if (!shown) throw new Error('not yet');
      return shown;
    },
    { timeout: 10_000 },
  );
  return { host, error };
}

describe('goal-seek errors in the UI language', () => {
  it('a search that times out says so in Vietnamese, then in English', async () => {
    const { host, error } = await seekCell('target.si.voluntary.share.2025-12-31', true);
    expect(error).toBe(
      'Không tìm được: Phép tính chạy quá lâu và đã bị dừng, kể cả sau khi thử lại. Sổ tính của bạn vẫn còn nguyên; hãy thử giảm số đường mô phỏng.',
    );
    locale.set('en');
    flushSync();
    expect(host.querySelector('.seek-answer .field-error')!.textContent).toMatch(/^The search failed: The calculation took too long/);
  });

  it('a refusal raised in the worker reads in Vietnamese, its ids as they are', async () => {
    const { host, error } = await seekCell('target.no.such', false);
    expect(error).toMatch(
      /^Không tìm được: Bộ tính toán báo lỗi \(không có chỉ tiêu "target\.no\.such" trong khoảng thời gian của kịch bản/,
    );
    locale.set('en');
    flushSync();
    expect(host.querySelector('.seek-answer .field-error')!.textContent).toMatch(
      /^The search failed: The engine reported an error \(no target "target\.no\.such" within the scenario's horizon/,
    );
  });
});
