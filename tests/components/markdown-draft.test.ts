// A markdown draft reaches the notebook (and so autosave) while it is typed, not only on Done.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioCell } from '../../src/engine/io/scenario-cells.ts';
import MarkdownCell from '../../src/ui/notebook/cells/MarkdownCell.svelte';
import type { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';

type MarkdownCellData = Extract<ScenarioCell, { type: 'markdown' }>;

describe('the markdown cell while editing', () => {
  let target: HTMLElement;
  let updates: MarkdownCellData[];
  let component: ReturnType<typeof mount>;

  beforeEach(() => {
    vi.useFakeTimers();
    updates = [];
    const store = { updateCell: (cell: MarkdownCellData) => updates.push(cell) } as unknown as NotebookStore;
    target = document.createElement('div');
    document.body.append(target);
    component = mount(MarkdownCell, { target, props: { store, cell: { id: 'c1', type: 'markdown', text: 'Old' } } });
    flushSync();
    target.querySelector<HTMLButtonElement>('button.edit')!.click();
    flushSync();
  });

  afterEach(() => {
    vi.useRealTimers();
    target.remove();
  });

  const type = (text: string) => {
    const area = target.querySelector('textarea')!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
  };

  it('keeps the draft after a pause in typing, once per pause', () => {
    type('New');
    type('New note');
    expect(updates).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(updates.map((c) => c.text)).toEqual(['New note']);
    unmount(component);
  });

  it('keeps the draft when the view closes mid-edit', () => {
    type('Typed, then the tab switched');
    unmount(component);
    expect(updates.map((c) => c.text)).toEqual(['Typed, then the tab switched']);
  });
});
