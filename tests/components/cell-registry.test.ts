// The cell kinds registry: one record per kind of the file format, each blank cell valid, and the
// notebook (frames, add menu, new notebooks) built from the records alone.
import { readFileSync } from 'node:fs';
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CELL_TYPES, cellSchema } from '../../src/engine/io/scenario-cells.ts';
import { locale } from '../../src/ui/i18n/locale.svelte.ts';
import { CELL_KINDS, CELL_KIND_TYPES, blankCell, starterCells } from '../../src/ui/notebook/cells/registry.ts';
import Notebook from '../../src/ui/notebook/Notebook.svelte';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 300');

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  locale.set('vi');
  document.body.innerHTML = '';
});

describe('the cell kinds registry', () => {
  it('has exactly one record per cell type of the file format', () => {
    expect([...CELL_KIND_TYPES].sort()).toEqual([...CELL_TYPES].sort());
  });

  it('makes blank cells the file format accepts, each with a fresh id', () => {
    for (const type of CELL_KIND_TYPES) {
      const cell = blankCell(type);
      expect(cell.type).toBe(type);
      expect(cellSchema.safeParse(cell).success, type).toBe(true);
      expect(blankCell(type).id).not.toBe(cell.id);
    }
  });

  it('names every kind in both languages, each name its own', () => {
    for (const lang of ['vi', 'en'] as const) {
      const names = CELL_KIND_TYPES.map((type) => CELL_KINDS[type].label[lang]);
      expect(names.every((n) => n.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('starts a new notebook with text, chart, levers and answer cells', () => {
    expect(starterCells().map((c) => c.type)).toEqual(['markdown', 'chart', 'levers', 'answer']);
  });
});

describe('the notebook reads the registry', () => {
  async function renderNotebook() {
    const store = new NotebookStore(inProcessEngine().engine);
    expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
    store.scenario!.cells = CELL_KIND_TYPES.map((type) => blankCell(type, `c-${type}`));
    const target = document.createElement('div');
    document.body.append(target);
    component = mount(Notebook, { target, props: { store } });
    // The kinds a new notebook does not start with load the first time one is shown.
    await vi.waitFor(
      () => {
        flushSync();
        expect([...target.querySelectorAll('.cell-body')].every((body) => body.children.length > 0)).toBe(true);
      },
      { timeout: 10_000 },
    );
    return { store, target };
  }

  it('frames each cell with its kind’s name and shows it with its kind’s component', async () => {
    const { target } = await renderNotebook();
    const frames = [...target.querySelectorAll<HTMLElement>('section.cell')];
    expect(frames.map((f) => f.dataset.cellType)).toEqual(CELL_KIND_TYPES);
    for (const frame of frames) {
      const label = CELL_KINDS[frame.dataset.cellType as keyof typeof CELL_KINDS].label.vi;
      expect(frame.getAttribute('aria-label')).toBe(label);
      expect(frame.querySelector('.cell-type')!.textContent).toBe(label);
      expect(frame.querySelector('.cell-body')!.children.length).toBeGreaterThan(0);
    }
    expect(target.querySelector('[data-cell-type="answer"] .answer-cell')).not.toBeNull();
    locale.set('en');
    flushSync();
    expect(target.querySelector('[data-cell-type="levers"] .cell-type')!.textContent).toBe(CELL_KINDS.levers.label.en);
  });

  it('offers every kind in the add menu, in the registry’s order, and adds the chosen one', async () => {
    const { store, target } = await renderNotebook();
    const select = target.querySelector<HTMLSelectElement>('.add-cell select')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual(CELL_KIND_TYPES.map((t) => [t, CELL_KINDS[t].label.vi]));
    select.value = 'data';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // jsdom lays nothing out and has no scrollIntoView: record the calls.
    const scrolled = vi.fn<(this: Element) => void>(function (this: Element) {});
    const jsdomOwn = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = scrolled;
    try {
      target.querySelector<HTMLButtonElement>('.add-cell button')!.click();
      flushSync();
      const added = store.scenario!.cells.at(-1)!;
      expect(added).toMatchObject({ ...CELL_KINDS.data.blank(added.id) });
      expect(target.querySelectorAll('[data-cell-type="data"]')).toHaveLength(2);
      // The new cell is brought into view and focused.
      await vi.waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.cellId).toBe(added.id));
      expect(scrolled.mock.contexts).toEqual([document.activeElement]);
    } finally {
      Element.prototype.scrollIntoView = jsdomOwn;
    }
  });
});
