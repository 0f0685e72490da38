// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DataCell from '../../../src/ui/notebook/cells/DataCell.svelte';
import type { NotebookStore } from '../../../src/ui/notebook/store.svelte.ts';
import { csvReaderLoaded } from '../../support/lazy-parts.ts';
import { realStore } from './real-store.ts';
import { flushSync, mount, unmount } from './svelte-client.ts';

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

function render(metrics: string[]) {
  const target = document.createElement('div');
  document.body.append(target);
  component = mount(DataCell, { target, props: { store, cell: { id: 'data', type: 'data', metrics } } });
  flushSync();
  return target;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

/** Waits for the store's reopen and rerun after a data change to show in the cell. */
const until = (check: () => void) =>
  vi.waitFor(() => {
    flushSync();
    check();
  });
const row = (target: HTMLElement, id: string) => target.querySelector<HTMLTableRowElement>(`tr[data-observation="${id}"]`)!;

describe('DataCell', () => {
  it('lists the figures with source and derived marks', () => {
    const target = render(['revenue.total']);
    expect(target.querySelector('caption')!.textContent).toBe('Tổng thu BHXH, BHYT, BHTN (lũy kế từ đầu năm) (tỷ đồng)');
    const dec = row(target, 'revenue.total.2024-12-31');
    expect(dec.querySelector('.value')!.textContent!.trim()).toBe('70.577,2 tỷ đồng');
    expect(dec.querySelector('details.source')).not.toBeNull();
    expect(row(target, 'revenue.total.2023-12-31').querySelector('.marks .badge.derived')).not.toBeNull();
    // Others are derived from it: it can be edited, not removed.
    expect(dec.querySelector<HTMLButtonElement>('button.remove')!.disabled).toBe(true);
  });

  it('edits a value as a user observation, marked, and discarding it restores the figure', async () => {
    const target = render(['hi.coverage']);
    const upsert = vi.spyOn(store, 'upsertObservation');
    row(target, 'hi.coverage.2024-12-31').querySelector<HTMLButtonElement>('button.edit')!.click();
    flushSync();
    const box = target.querySelector<HTMLInputElement>('.edit-value')!;
    type(box, '101');
    target.querySelector<HTMLButtonElement>('.edit-save')!.click();
    flushSync();
    expect(target.querySelector('.field-error')!.textContent).toBe('Tỷ lệ này tối đa 100%.');
    expect(upsert).not.toHaveBeenCalled();
    type(box, '95,3');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    flushSync();
    expect(upsert).toHaveBeenCalledTimes(1);
    expect(upsert.mock.calls[0]![0]).toMatchObject({
      id: 'hi.coverage.2024-12-31',
      value: 95.3,
      source: { document: 'user edit', origin: 'user', quote: expect.stringMatching(/^Edited in targetcast from 95\.25% \(/) },
    });
    await until(() => expect(row(target, 'hi.coverage.2024-12-31').querySelector('.value')!.textContent).toMatch(/95,3%/));
    const edited = row(target, 'hi.coverage.2024-12-31');
    expect(edited.dataset.user).toBe('true');
    expect(edited.querySelector('.badge.user-edit')).not.toBeNull();
    expect(edited.querySelector('.value')!.textContent).toMatch(/95,3%/);
    edited.querySelector<HTMLButtonElement>('button.discard')!.click();
    await until(() => expect(row(target, 'hi.coverage.2024-12-31').querySelector('.value')!.textContent).toMatch(/95,25%/));
    expect(row(target, 'hi.coverage.2024-12-31').dataset.user).toBeUndefined();
    expect(row(target, 'hi.coverage.2024-12-31').querySelector('.value')!.textContent).toMatch(/95,25%/);
  });

  it('adds a row with id metric.date and removes an embedded one', async () => {
    const target = render(['hi.coverage']);
    const form = target.querySelector<HTMLFormElement>('form.add-row')!;
    type(form.querySelector<HTMLInputElement>('.add-date')!, '2025-11-30');
    type(form.querySelector<HTMLInputElement>('.add-value')!, 'abc');
    form.requestSubmit();
    flushSync();
    expect(form.querySelector('.field-error')!.textContent).toBe('Hãy nhập một số (ví dụ 95,5).');
    type(form.querySelector<HTMLInputElement>('.add-value')!, '95,7');
    form.requestSubmit();
    await until(() => expect(row(target, 'hi.coverage.2025-11-30')?.dataset.user).toBe('true'));
    const remove = vi.spyOn(store, 'removeObservation');
    const first = target.querySelector<HTMLTableRowElement>('tbody tr[data-observation]:not([data-user])')!;
    first.querySelector<HTMLButtonElement>('button.remove')!.click();
    expect(remove).toHaveBeenCalledWith(first.dataset.observation);
  });

  it('shows CSV problems by file:line and changes nothing; imports a good paste', async () => {
    const target = render(['hi.coverage']);
    await csvReaderLoaded();
    const upsert = vi.spyOn(store, 'upsertObservations');
    const text = target.querySelector<HTMLTextAreaElement>('.csv-text')!;
    type(text, 'date,value\n2025-10-31,95.7\n2025-11-31,95.8\n2025-12-31,95.9\n');
    target.querySelector<HTMLButtonElement>('.csv-apply')!.click();
    flushSync();
    expect(target.querySelector('.csv-issues')!.textContent).toMatch(/pasted\.csv:3/);
    expect(upsert).not.toHaveBeenCalled();
    type(text, 'date,value\n2025-10-31,95.7\n2025-11-30,95.8\n2025-12-31,95.9\n');
    target.querySelector<HTMLButtonElement>('.csv-apply')!.click();
    flushSync();
    expect(upsert).toHaveBeenCalledTimes(1); // one rebuild for the whole paste
    expect(upsert.mock.calls[0]![0]).toHaveLength(3);
    expect(target.querySelector('.csv-issues')).toBeNull();
    expect(target.querySelector('.csv-done')!.textContent).toBe('Đã nhập 3 số liệu.');
    expect(store.scenario!.data.observations.map((o) => o.id)).toEqual([
      'hi.coverage.2025-10-31',
      'hi.coverage.2025-11-30',
      'hi.coverage.2025-12-31',
    ]);
  });
});
