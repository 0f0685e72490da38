// A cell brought into view: scrolled to and focused, scrolled to again while the notebook's size
// changes, until the user scrolls, clicks or types, or 2 s pass (show-cell.ts). jsdom lays nothing
// out, so the observer and the scroll are stand-ins that record what the code asks of them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showCell } from '../../src/ui/notebook/show-cell.ts';

let resized: Array<() => void> = [];
let disconnected = 0;
const scrolled = vi.fn<(this: Element, options?: ScrollIntoViewOptions) => void>();
const jsdomOwn = Element.prototype.scrollIntoView;

class RecordingObserver {
  constructor(private readonly callback: () => void) {}
  observe(): void {
    resized.push(this.callback);
  }
  disconnect(): void {
    disconnected++;
    resized = resized.filter((c) => c !== this.callback);
  }
}

beforeEach(() => {
  resized = [];
  disconnected = 0;
  scrolled.mockClear();
  Element.prototype.scrollIntoView = scrolled;
  vi.stubGlobal('ResizeObserver', RecordingObserver);
  document.body.innerHTML = `<div class="notebook">
    <section data-cell-id="a" tabindex="-1"><button class="up">↑</button></section>
    <section data-cell-id="b" tabindex="-1"><button class="up" disabled>↑</button></section>
  </div>`;
});

afterEach(() => {
  Element.prototype.scrollIntoView = jsdomOwn;
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const cell = (id: string) => document.querySelector<HTMLElement>(`[data-cell-id="${id}"]`)!;
const notifyResize = () => [...resized].forEach((callback) => callback());

describe('showCell', () => {
  it('scrolls a new cell to its top and focuses it, and scrolls again while the notebook changes size', async () => {
    await showCell('a');
    expect(document.activeElement).toBe(cell('a'));
    expect(scrolled.mock.calls).toEqual([[{ block: 'start' }]]);
    notifyResize();
    notifyResize();
    expect(scrolled).toHaveBeenCalledTimes(3);
    expect(scrolled.mock.contexts.every((c) => c === cell('a'))).toBe(true);
  });

  it('stops at the user’s first wheel, click or key', async () => {
    for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart']) {
      await showCell('a');
      scrolled.mockClear();
      window.dispatchEvent(new Event(type));
      notifyResize();
      expect(scrolled, type).not.toHaveBeenCalled();
      expect(resized).toHaveLength(0);
    }
  });

  it('stops after 2 s', async () => {
    vi.useFakeTimers();
    const shown = showCell('a');
    await vi.runAllTicks();
    await shown;
    vi.advanceTimersByTime(1_999);
    expect(resized).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(resized).toHaveLength(0);
    expect(disconnected).toBe(1);
  });

  it('keeps the focus on the button pressed while it applies, else on the cell', async () => {
    const enabled = cell('a').querySelector('button')!;
    await showCell('a', { block: 'nearest', focus: enabled });
    expect(document.activeElement).toBe(enabled);
    expect(scrolled.mock.calls.at(-1)).toEqual([{ block: 'nearest' }]);
    await showCell('b', { block: 'nearest', focus: cell('b').querySelector('button') });
    expect(document.activeElement).toBe(cell('b'));
  });

  it('does nothing for no cell (a refused add) or a cell no longer shown', async () => {
    await showCell('');
    await showCell('gone');
    expect(scrolled).not.toHaveBeenCalled();
    expect(resized).toHaveLength(0);
  });
});
