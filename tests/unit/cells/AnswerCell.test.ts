// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioCell } from '../../../src/engine/io/scenario-cells.ts';
import AnswerCell from '../../../src/ui/notebook/cells/AnswerCell.svelte';
import type { NotebookStore } from '../../../src/ui/notebook/store.svelte.ts';
import { realStore } from './real-store.ts';
import { flushSync, mount, unmount } from './svelte-client.ts';

type Answer = Extract<ScenarioCell, { type: 'answer' }>;
const HEADLINE = ['hi.coverage', 'si.compulsory.share', 'si.voluntary.share', 'ui.share', 'revenue.total'];

let store: NotebookStore;
let component: ReturnType<typeof mount> | null = null;
beforeEach(async () => {
  store = await realStore();
});
afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

/**
 * Mounts the cell as the notebook does: the cell object is the store's, so updateCell re-renders it.
 * Resolves once its answer is shown (a kind the shipped notebook does not ask loads on first use).
 */
async function render(cell: Answer) {
  store.scenario!.cells.push(cell);
  const target = document.createElement('div');
  document.body.append(target);
  const live = () => store.scenario!.cells.find((c) => c.id === cell.id) as Answer;
  component = mount(AnswerCell, {
    target,
    props: {
      store,
      get cell() {
        return live();
      },
    },
  });
  await shown(target, '.answer-cell > :nth-child(2)');
  return target;
}

/** Waits for `selector`: a part that loads on first use may take a while on a busy machine. */
const shown = (target: HTMLElement, selector: string) =>
  vi.waitFor(
    () => {
      flushSync();
      expect(target.querySelector(selector)).not.toBeNull();
    },
    { timeout: 10_000 },
  );

const settled = () => vi.waitFor(() => expect(store.phase).toBe('ready'));

describe('AnswerCell: year end', () => {
  it('renders a row per target with median, P(meet), status and date', async () => {
    const target = await render({ id: 'ye', type: 'answer', kind: 'year-end', metrics: HEADLINE });
    const rows = [...target.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(rows.map((r) => r.dataset.metric)).toEqual(HEADLINE);
    expect(rows[0]!.dataset.target).toBe('target.hi.coverage.2025-12-31');
    const vol = target.querySelector('[data-metric="si.voluntary.share"]')!;
    expect(vol.querySelector('.median')!.textContent!.trim()).toMatch(/^\d,\d+%$/);
    expect(vol.querySelector('.prob-meet')!.textContent!.trim()).toMatch(/^\d+%$/);
    expect(target.querySelector('[data-metric="hi.coverage"] .target-date')!.textContent).toMatch(/đã đạt ngày 30\/06\/2025/);
    const revenue = target.querySelector('[data-metric="revenue.total"]')!;
    expect(revenue.querySelector('.median')!.textContent).toMatch(/tỷ đồng$/);
    expect(revenue.querySelector('.pct-median')!.textContent).toMatch(/^1\d\d,\d%$/);
    expect(target.querySelector('caption')!.textContent).toMatch(/31\/12\/2025/);
    for (const row of rows) expect(row.querySelector('.status')!.textContent!.trim().length).toBeGreaterThan(0);
    // No lever moved: no baseline column.
    expect(target.querySelector('.prob-baseline')).toBeNull();
  });

  it('updates when a subsidy lever moves, and shows the baseline beside the scenario', async () => {
    const target = await render({ id: 'ye', type: 'answer', kind: 'year-end', metrics: ['si.voluntary.share'] });
    const median = () => target.querySelector('[data-metric="si.voluntary.share"] .median')!.textContent!;
    const before = median();
    store.setLever('stateSupportOther', 0);
    store.setLever('cityTopupOther', 0);
    await settled();
    flushSync();
    expect(median()).not.toBe(before);
    expect(target.querySelector('[data-metric="si.voluntary.share"] .prob-baseline')!.textContent).toMatch(/%/);
  });

  it('answers target dates only', async () => {
    const target = await render({ id: 'td', type: 'answer', kind: 'target-date' });
    expect(target.querySelector('[data-metric="hi.coverage"] .target-date')!.getAttribute('data-date-kind')).toBe('reached');
    expect(target.querySelector('[data-metric="si.compulsory.participants"] .target-date')!.textContent).toMatch(
      /chưa đạt trong kỳ dự báo/,
    );
    expect(target.querySelector('.median')).toBeNull();
  });
});

describe('AnswerCell: questions', () => {
  it('goal seek: finds, shows the answer, and applies it', async () => {
    const target = await render({
      id: 'gs',
      type: 'answer',
      kind: 'goal-seek',
      target: 'target.si.voluntary.share.2025-12-31',
      lever: 'cityTopupOther',
      // 95%: on the few paths these tests run, 97% is out of the top-up's range since the short
      // histories' ranges widened (calibrate.ts); the e2e test seeks 97% on 10,000 paths.
      probability: 0.95,
    });
    const setLever = vi.spyOn(store, 'setLever');
    target.querySelector<HTMLButtonElement>('.seek-find')!.click();
    await vi.waitFor(() => {
      flushSync();
      expect(target.querySelector('.seek-result')).not.toBeNull();
    });
    expect(target.querySelector('.seek-result')!.getAttribute('data-status')).toBe('found');
    expect(target.querySelector('.seek-result')!.textContent).toMatch(/^Cần đặt/);
    target.querySelector<HTMLButtonElement>('.seek-apply')!.click();
    expect(setLever).toHaveBeenCalledWith('cityTopupOther', expect.any(Number));
    expect(setLever.mock.calls[0]![1] % 5).toBe(0);
    await settled();
    flushSync();
    expect(target.querySelector('.stale')).not.toBeNull();
  });

  it('goal seek: a typed probability is checked and kept in the cell', async () => {
    const target = await render({
      id: 'gs',
      type: 'answer',
      kind: 'goal-seek',
      target: 'target.ui.share.2025-12-31',
      lever: 'labourForceGrowth',
    });
    const box = target.querySelector<HTMLInputElement>('.seek-probability')!;
    expect(box.disabled).toBe(true); // median is the default criterion
    target.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    flushSync();
    expect(store.scenario!.cells.find((c) => c.id === 'gs')).toMatchObject({ probability: 0.8 });
    box.value = '150';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(target.querySelector('.seek-form .field-error')!.textContent).toBe('Nhập xác suất từ 1 đến 99%.');
    expect(target.querySelector<HTMLButtonElement>('.seek-find')!.disabled).toBe(true);
    expect(store.scenario!.cells.find((c) => c.id === 'gs')).toMatchObject({ probability: 0.8 });
    box.value = '90';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(store.scenario!.cells.find((c) => c.id === 'gs')).toMatchObject({ probability: 0.9 });
    expect(target.querySelector<HTMLButtonElement>('.seek-find')!.disabled).toBe(false);
  });

  it('sensitivity: computes on request and lists levers per target', async () => {
    const target = await render({ id: 'se', type: 'answer', kind: 'sensitivity', metrics: ['si.voluntary.share'] });
    expect(target.querySelector('table')).toBeNull();
    target.querySelector<HTMLButtonElement>('.sens-compute')!.click();
    await vi.waitFor(() => {
      flushSync();
      expect(target.querySelector('table.tornado')).not.toBeNull();
    });
    const tables = target.querySelectorAll('table.tornado');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.getAttribute('data-metric')).toBe('si.voluntary.share');
    expect(tables[0]!.querySelectorAll('tbody tr[data-lever]').length).toBeGreaterThan(1);
  });

  it("compare: names the notebook's scenarios without numbers", async () => {
    expect((await render({ id: 'none', type: 'answer', kind: 'compare' })).textContent).toContain('Sổ tính chưa có phương án nào khác');
    store.scenario!.variants.push({ id: 'v1', name: 'Top-up 30%', levers: { cityTopupOther: 30 }, distributions: {} });
    const target = await render({ id: 'cmp', type: 'answer', kind: 'compare' });
    const names = [...target.querySelectorAll('[data-comparison]')].map((li) => li.getAttribute('data-comparison'));
    expect(names).toEqual(['Phương án gốc', 'Top-up 30%']);
    expect(target.textContent).not.toMatch(/\d+,\d+%/);
    // Levers moved away from every scenario shown are a column of their own.
    store.scenario!.levers = { cityTopupOther: 40 };
    flushSync();
    expect([...target.querySelectorAll('[data-comparison]')].map((li) => li.getAttribute('data-comparison'))).toEqual([
      'Phương án gốc',
      'Top-up 30%',
      'Đòn bẩy hiện tại (chưa lưu vào phương án)',
    ]);
  });

  it('switching to goal seek fills in a target and a lever', async () => {
    const target = await render({ id: 'k', type: 'answer', kind: 'year-end' });
    const select = target.querySelector<HTMLSelectElement>('.answer-kind select')!;
    select.value = 'goal-seek';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await shown(target, '.seek-form');
    expect(store.scenario!.cells.find((c) => c.id === 'k')).toMatchObject({
      kind: 'goal-seek',
      lever: 'cityTopupOther',
      target: expect.any(String),
    });
    expect(target.querySelector('.seek-form')).not.toBeNull();
  });
});
