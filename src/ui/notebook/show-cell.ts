// Brings a cell the user just added, duplicated or moved into view and gives it the keyboard focus,
// as notebooks do: otherwise a cell added at the end appears where the user is not looking (the
// page's scroll anchoring can even push it out of view), and a screen reader says nothing of it.
import { tick } from 'svelte';

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
  cell.scrollIntoView({ block: options.block ?? 'start' });
  const target = options.focus && !(options.focus as HTMLButtonElement).disabled && options.focus.isConnected ? options.focus : cell;
  target.focus({ preventScroll: true });
}
