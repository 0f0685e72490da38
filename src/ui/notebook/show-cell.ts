// Brings a cell the user just added, duplicated or moved into view and gives it the keyboard focus,
// as notebooks do: otherwise a cell added at the end appears where the user is not looking, and a
// screen reader says nothing of it.
import { tick } from 'svelte';

/** How long the cell is kept in view while the page settles around it. */
const SETTLE_MS = 2_000;
/** What the user does that ends the keeping: from then on the page scrolls as they say. */
const USER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * After the DOM shows the change, scrolls the cell with this id into view (its top, for a new cell;
 * as little as needed, for a moved one) and focuses `focus` if given and still enabled, else the
 * cell itself (its frame is focusable and named after its kind).
 */
export async function showCell(id: string, options: { block?: ScrollLogicalPosition; focus?: HTMLElement | null } = {}): Promise<void> {
  if (!id) return;
  await tick();
  const cell = [...document.querySelectorAll<HTMLElement>('section[data-cell-id]')].find((el) => el.dataset.cellId === id);
  if (!cell) return;
  const block = options.block ?? 'start';
  cell.scrollIntoView?.({ block }); // jsdom (the component tests) has none
  keepInView(cell, block);
  const target = options.focus && !(options.focus as HTMLButtonElement).disabled && options.focus.isConnected ? options.focus : cell;
  target.focus({ preventScroll: true });
}

/**
 * The cells around it keep changing size for a moment after it is shown: a kind loaded on first
 * use fills the new cell, and cells the scroll passed are laid out only as they come near the
 * screen (content-visibility: auto, 420 px until then). Scroll anchoring does not always make up
 * for it (in tests, a new timeline cell ended up 80 px below the screen), so the cell is scrolled
 * to again whenever the notebook's size changes, until it settles or the user scrolls, clicks or
 * types.
 */
function keepInView(cell: HTMLElement, block: ScrollLogicalPosition): void {
  const notebook = cell.parentElement;
  // jsdom (the component tests) lays nothing out and has no ResizeObserver.
  if (!notebook || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => (cell.isConnected ? cell.scrollIntoView({ block }) : stop()));
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of USER_INPUT) removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, SETTLE_MS);
  for (const type of USER_INPUT) addEventListener(type, stop, { capture: true, passive: true });
  observer.observe(notebook);
}
