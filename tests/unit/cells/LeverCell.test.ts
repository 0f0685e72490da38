// @vitest-environment jsdom
import { flushSync, mount, unmount } from './svelte-client.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HANOI_POLICY } from '../../../src/data/index.ts';
import { createLeverSet } from '../../../src/engine/scenario/levers.ts';
import LeverCell from '../../../src/ui/notebook/cells/LeverCell.svelte';
import type { NotebookStore } from '../../../src/ui/notebook/store.svelte.ts';

const levers = createLeverSet(HANOI_POLICY);

/** The part of the store a lever cell reads and calls, with plain values (`saved`: the scenario in use's). */
function fakeStore(values: Record<string, number> = {}, saved: Record<string, number> = values) {
  const store = {
    scenario: { distributions: {}, activeVariant: 'base', variants: [{ id: 'base', levers: saved, distributions: {} }] },
    leverDef: (id: string) => levers.byId(id),
    leverValue: (id: string) => values[id] ?? levers.byId(id)!.default,
    variantLeverValue: (id: string) => saved[id] ?? levers.byId(id)!.default,
    setLever: vi.fn(),
    resetLever: vi.fn(),
  };
  return store;
}

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

function render(levers: string[], values: Record<string, number> = {}, saved: Record<string, number> = values) {
  const store = fakeStore(values, saved);
  const target = document.createElement('div');
  document.body.append(target);
  component = mount(LeverCell, {
    target,
    props: { store: store as unknown as NotebookStore, cell: { id: 'levers', type: 'levers', levers } },
  });
  flushSync();
  return { store, target };
}

function typeInto(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

describe('LeverCell', () => {
  it('renders a labelled slider and box with the unit, range, default and source', () => {
    const { target } = render(['cityTopupOther', 'takeUpResponse']);
    const lever = target.querySelector<HTMLElement>('[data-lever="cityTopupOther"]')!;
    const range = lever.querySelector<HTMLInputElement>('input[type="range"]')!;
    const label = lever.querySelector('label')!;
    expect(label.getAttribute('for')).toBe(range.id);
    expect(label.textContent).toBe('Thành phố hỗ trợ thêm BHXH tự nguyện: đối tượng khác');
    expect(range.min).toBe('0');
    expect(range.max).toBe('100');
    expect(range.step).toBe('5');
    expect(range.value).toBe('10');
    expect(range.getAttribute('aria-valuetext')).toBe('10% mức đóng tối thiểu');
    const box = lever.querySelector<HTMLInputElement>('.lever-number')!;
    expect(box.getAttribute('aria-label')).toMatch(/đối tượng khác: giá trị \(% mức đóng tối thiểu\)$/);
    expect(lever.querySelector('.lever-default')!.textContent).toBe('mặc định: 10');
    expect(lever.querySelector('.default-tick')).not.toBeNull();
    expect(lever.querySelector('datalist option')!.getAttribute('value')).toBe('10');
    expect(lever.querySelector<HTMLButtonElement>('.lever-reset')!.disabled).toBe(true);
    const assumption = target.querySelector<HTMLElement>('[data-lever="takeUpResponse"]')!;
    expect(assumption.querySelector('.lever-source')!.textContent).toMatch(/^giả định: Điểm % số người chưa tham gia.*Wagstaff/);
    expect(assumption.querySelector('.lever-distribution')!.textContent).toMatch(/thấp\s+0,1 \/ giữa\s+0,3 \/ cao\s+0,6/);
  });

  it('calls setLever with the number when the slider moves', () => {
    const { store, target } = render(['cityTopupOther']);
    const range = target.querySelector<HTMLInputElement>('.lever-range')!;
    typeInto(range, '40');
    expect(store.setLever).toHaveBeenCalledWith('cityTopupOther', 40);
  });

  it('calls setLever for a valid typed value, Vietnamese decimals included', () => {
    const { store, target } = render(['labourForceGrowth']);
    typeInto(target.querySelector<HTMLInputElement>('.lever-number')!, '3,5');
    expect(store.setLever).toHaveBeenCalledWith('labourForceGrowth', 3.5);
    expect(target.querySelector('.lever-error')).toBeNull();
  });

  it('shows an inline message for "abc", empty or out-of-range input and does not call setLever', () => {
    const { store, target } = render(['cityTopupOther']);
    const box = target.querySelector<HTMLInputElement>('.lever-number')!;
    typeInto(box, 'abc');
    expect(target.querySelector('.lever-error')!.textContent).toBe('Không đọc được số “abc”.');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toBe(target.querySelector('.lever-error')!.id);
    typeInto(box, '');
    expect(target.querySelector('.lever-error')!.textContent).toBe('Hãy nhập một số.');
    typeInto(box, '150');
    expect(target.querySelector('.lever-error')!.textContent).toMatch(/^Ngoài phạm vi/);
    expect(store.setLever).not.toHaveBeenCalled();
    // Fixing it clears the message and sends the value.
    typeInto(box, '20');
    expect(target.querySelector('.lever-error')).toBeNull();
    expect(store.setLever).toHaveBeenCalledWith('cityTopupOther', 20);
  });

  it('offers reset away from the default, and marks the lever changed', () => {
    const { store, target } = render(['cityTopupOther'], { cityTopupOther: 30 });
    const reset = target.querySelector<HTMLButtonElement>('.lever-reset')!;
    expect(reset.disabled).toBe(false);
    expect(reset.getAttribute('aria-label')).toMatch(/^Đặt lại về mặc định 10: /);
    expect(target.querySelector('.lever.changed')).not.toBeNull();
    reset.click();
    expect(store.resetLever).toHaveBeenCalledWith('cityTopupOther');
  });

  it("marks a lever moved from the scenario in use, in words with that scenario's value, and sets it back", () => {
    const { store, target } = render(['cityTopupOther', 'labourForceGrowth'], { cityTopupOther: 30 }, { cityTopupOther: 20 });
    const marks = target.querySelectorAll('[data-testid="variant-moved"]');
    expect([...marks].map((m) => m.closest('[data-lever]')!.getAttribute('data-lever'))).toEqual(['cityTopupOther']);
    expect(marks[0]!.textContent).toBe('≠ “Phương án gốc”: 20% mức đóng tối thiểu');
    const back = target.querySelector<HTMLButtonElement>('[data-lever="cityTopupOther"] .lever-variant-back')!;
    expect(back.getAttribute('aria-label')).toMatch(/^Về 20% mức đóng tối thiểu \(.+, giá trị của “Phương án gốc”\)$/);
    expect(back.getAttribute('aria-label')!.startsWith(back.textContent!.trim())).toBe(true);
    back.click();
    expect(store.setLever).toHaveBeenCalledWith('cityTopupOther', 20);
  });
});
