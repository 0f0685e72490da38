// The data view's targets in a real notebook: a planner adds, edits and removes targets; the form
// checks what was typed (messages in the UI's language, the first wrong field focused), sends the
// user's target to the store, gives the focus back where it came from, and Escape cancels.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import TargetsTable from '../../src/ui/dataset/TargetsTable.svelte';
import { nextPlanDeadline } from '../../src/ui/dataset/target-edit.ts';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const BASELINE = readFileSync(resolve(process.cwd(), 'scenarios/hanoi-2025-baseline.json'), 'utf8').replace(
  '"paths": 10000',
  '"paths": 200',
);

let store: NotebookStore;
let target: HTMLElement;
let component: ReturnType<typeof mount>;

/** Opens the baseline and shows its targets; `openDelay` holds back the engine's answers to data edits, as a worker would. */
async function render(openDelay = 0): Promise<void> {
  const { engine } = inProcessEngine();
  const open: typeof engine.open = async (s) => {
    const answer = await engine.open(s);
    await new Promise((r) => setTimeout(r, openDelay));
    return answer;
  };
  store = new NotebookStore({ ...engine, open });
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  target = document.createElement('div');
  document.body.append(target);
  component = mount(TargetsTable, { target, props: { store } });
  flushSync();
}

afterEach(() => {
  unmount(component);
  target.remove();
  locale.set('vi');
});

const $ = <T extends Element>(selector: string) => target.querySelector<T>(selector)!;
const row = (id: string) => $<HTMLTableRowElement>(`tr[data-target="${id}"]`);
const click = (selector: string) => {
  $<HTMLButtonElement>(selector).click();
  flushSync();
};

function fill(selector: string, value: string): void {
  const field = $<HTMLInputElement | HTMLSelectElement>(selector);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  flushSync();
}

const errors = () => [...target.querySelectorAll('.target-form .field-error')].map((e) => e.textContent!.trim());
/** The store's reopen and rerun after a data change, shown in the table. */
const until = (check: () => void) =>
  vi.waitFor(() => {
    flushSync();
    check();
  });

describe('the targets table', () => {
  beforeEach(() => render());

  it('adds a target: defaults, checks before saving, the user’s target in the store and in the table', async () => {
    const upsert = vi.spyOn(store, 'upsertTarget');
    click('button.target-add');
    expect($('.target-form h3').textContent!.trim()).toBe('Chỉ tiêu kế hoạch mới');
    expect(document.activeElement).toBe($('.target-metric'));
    expect($<HTMLSelectElement>('.target-region').value).toBe('Hanoi');
    expect($<HTMLSelectElement>('.target-region').selectedOptions[0]!.textContent).toBe('Hà Nội');
    const deadline = nextPlanDeadline(store.opened!.dataset, 'Hanoi', new Date());
    expect($<HTMLInputElement>('.target-deadline').value).toBe(deadline);

    fill('.target-metric', 'hi.coverage');
    expect($('.target-form .unit').textContent).toBe('Đơn vị: % dân số');
    fill('.target-value', '101');
    click('.target-save');
    expect(errors()).toEqual(['Tỷ lệ này tối đa 100%.']);
    const value = $<HTMLInputElement>('.target-value');
    expect(document.activeElement).toBe(value);
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(value.getAttribute('aria-describedby')).toContain($('.target-form .field-error').id);

    fill('.target-deadline', '2025-12-31');
    fill('.target-value', 'abc');
    click('.target-save');
    expect(errors()).toEqual([
      'Đã có chỉ tiêu Tỷ lệ bao phủ BHYT của Hà Nội hạn 31/12/2025: hãy sửa chỉ tiêu đó.',
      'Hãy nhập một số (ví dụ 95,5).',
    ]);
    expect(document.activeElement).toBe($('.target-deadline'));
    expect(upsert).not.toHaveBeenCalled();

    fill('.target-deadline', '2026-12-31');
    fill('.target-value', '96,5');
    fill('.target-source', 'Quyết định số 123/QĐ-UBND ngày 10/01/2026');
    click('.target-save');
    expect(upsert).toHaveBeenCalledTimes(1);
    expect(upsert.mock.calls[0]![0]).toEqual({
      id: 'user.target.hi.coverage.2026-12-31',
      metric: 'hi.coverage',
      region: 'Hanoi',
      deadline: '2026-12-31',
      value: 96.5,
      unit: 'percent',
      qualifier: 'exact',
      source: { document: 'Quyết định số 123/QĐ-UBND ngày 10/01/2026', quote: '96.5 percent by 2026-12-31', origin: 'user' },
    });
    expect(target.querySelector('.target-form')).toBeNull();
    expect(document.activeElement).toBe($('button.target-add'));
    expect($('.target-status').textContent).toBe('Đã lưu chỉ tiêu Tỷ lệ bao phủ BHYT, hạn 31/12/2026.');
    await until(() => expect(row('user.target.hi.coverage.2026-12-31')).not.toBeNull());
    const added = row('user.target.hi.coverage.2026-12-31');
    expect(added.closest('table')!.dataset.year).toBe('2026');
    expect(added.querySelector('.value')!.textContent).toMatch(/^96,5%/);
    expect(added.dataset.user).toBe('true');
    expect(added.querySelector('.doc')!.textContent).toBe('Quyết định số 123/QĐ-UBND ngày 10/01/2026');
    expect(store.dirty).toBe(true);
  });

  it('edits an embedded target in place, keeping its id, and gives the focus back to its row', async () => {
    const upsert = vi.spyOn(store, 'upsertTarget');
    const id = 'target.hi.coverage.2025-12-31';
    row(id).querySelector<HTMLButtonElement>('button.edit')!.click();
    flushSync();
    const form = row(id).nextElementSibling!.querySelector('.target-form')!;
    expect(form.querySelector('h3')!.textContent!.trim()).toBe('Sửa chỉ tiêu Tỷ lệ bao phủ BHYT, hạn 31/12/2025');
    expect($<HTMLInputElement>('.target-value').value).toBe('95,5');
    expect($<HTMLInputElement>('.target-source').value).toBe('');
    fill('.target-value', '96');
    fill('.target-qualifier', 'about');
    click('.target-save');
    expect(upsert.mock.calls[0]![0]).toMatchObject({
      id,
      value: 96,
      qualifier: 'about',
      source: { document: 'Nhập tay', origin: 'user', quote: expect.stringMatching(/^about 96 percent by 2025-12-31, replacing 95\.5% \(/) },
    });
    expect(upsert.mock.calls[0]![0]).not.toHaveProperty('derived');
    expect(document.activeElement).toBe(row(id).querySelector('button.edit'));
    await until(() => expect(row(id).querySelector('.value')!.textContent).toMatch(/^khoảng 96%/));
    expect(row(id).dataset.user).toBe('true');
    expect(store.scenario!.data.targets.map((t) => t.id)).toEqual([id]);
  });

  it('closes without a change when nothing was changed, and on Escape, with the focus back on the button', () => {
    const upsert = vi.spyOn(store, 'upsertTarget');
    const edit = row('target.ui.share.2025-12-31').querySelector<HTMLButtonElement>('button.edit')!;
    edit.click();
    flushSync();
    expect(edit.getAttribute('aria-expanded')).toBe('true');
    click('.target-save');
    expect(target.querySelector('.target-form')).toBeNull();
    expect(document.activeElement).toBe(edit);

    edit.click();
    flushSync();
    fill('.target-value', '50');
    $('.target-value').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    flushSync();
    expect(target.querySelector('.target-form')).toBeNull();
    expect(document.activeElement).toBe(edit);

    click('button.target-add');
    click('.target-cancel');
    expect(target.querySelector('.target-form')).toBeNull();
    expect(document.activeElement).toBe($('button.target-add'));
    expect(upsert).not.toHaveBeenCalled();
    expect(store.dirty).toBe(false);
  });

  it('removes an embedded target as removed data, and discards the user’s own', async () => {
    const id = 'target.si.voluntary.share.2021-12-31';
    const remove = vi.spyOn(store, 'removeTarget');
    row(id).querySelector<HTMLButtonElement>('button.remove')!.click();
    flushSync();
    expect(remove).toHaveBeenCalledWith(id);
    expect(store.scenario!.data.removed).toEqual([id]);
    expect(document.activeElement).toBe($('button.target-add'));
    expect($('.target-status').textContent).toBe('Đã xoá chỉ tiêu BHXH tự nguyện / lao động khu vực phi chính thức, hạn 31/12/2021.');
    await until(() => expect(target.querySelector(`tr[data-target="${id}"]`)).toBeNull());

    const edited = 'target.hi.coverage.2024-12-31';
    row(edited).querySelector<HTMLButtonElement>('button.edit')!.click();
    flushSync();
    fill('.target-value', '94');
    click('.target-save');
    await until(() => expect(row(edited).dataset.user).toBe('true'));
    expect(row(edited).querySelector('button.remove')).toBeNull();
    row(edited).querySelector<HTMLButtonElement>('button.discard')!.click();
    flushSync();
    expect(store.scenario!.data.targets).toEqual([]);
    await until(() => expect(row(edited).querySelector('.value')!.textContent).toMatch(/^94,5%/));
    expect(row(edited).dataset.user).toBeUndefined();
  });

  it('does not remove a target a question in the notebook names', () => {
    const id = 'target.hi.coverage.2025-12-31';
    store.addCell({ id: 'when', type: 'answer', kind: 'target-date', target: id });
    flushSync();
    const remove = row(id).querySelector<HTMLButtonElement>('button.remove')!;
    expect(remove.disabled).toBe(true);
    expect(remove.title).toBe('Một câu hỏi trong sổ tay đang dùng chỉ tiêu này: hãy sửa thay vì xoá.');
    expect(row('target.ui.share.2025-12-31').querySelector<HTMLButtonElement>('button.remove')!.disabled).toBe(false);
  });

  it('speaks English in English: labels, decimals and messages', () => {
    locale.set('en');
    flushSync();
    expect($('button.target-add').textContent).toBe('Add target');
    const edit = row('target.revenue.total.2025-12-31').querySelector<HTMLButtonElement>('button.edit')!;
    expect(edit.getAttribute('aria-label')).toBe('Edit the SI, HI and UI revenue (year to date) target due 31 Dec 2025');
    edit.click();
    flushSync();
    expect($<HTMLInputElement>('.target-value').value).toBe('76384');
    expect($('.target-form .unit').textContent).toBe('Unit: VND billion');
    fill('.target-value', '76.384,5');
    fill('.target-deadline', '2101-01-01');
    fill('.target-source', 'x'.repeat(201));
    click('.target-save');
    expect(errors()).toEqual([
      'The deadline must be a real date from 1 Jan 1990 to 31 Dec 2100.',
      'Enter a number (e.g. 95.5).',
      'The document name is at most 200 characters long.',
    ]);
  });
});

describe('the targets table with an engine that answers a little later (a worker)', () => {
  beforeEach(() => render(200));

  it('follows an edited target to another year’s table with the focus', async () => {
    const id = 'target.ui.share.2025-12-31';
    row(id).querySelector<HTMLButtonElement>('button.edit')!.click();
    flushSync();
    fill('.target-deadline', '2026-12-31');
    click('.target-save');
    // Still the old row until the engine answers: the focus is on it, then lost with it.
    expect(document.activeElement).toBe(row(id).querySelector('button.edit'));
    expect(row(id).closest('table')!.dataset.year).toBe('2025');
    await until(() => expect(row(id).closest('table')!.dataset.year).toBe('2026'));
    await until(() => expect(document.activeElement).toBe(row(id).querySelector('button.edit')));
  });
});
