// A box whose content (a wide table) may be wider than it scrolls sideways inside itself, never the
// page. While it does, it is a named region in the Tab order, so the keyboard can reach and scroll
// it (WCAG 2.1.1; axe's scrollable-region-focusable), and carries data-scrolls for the edge shadow
// that shows more is hidden (app.css). While everything fits it is a plain box: no extra Tab stop.
// Use as {@attach scrollRegion(() => label)}; the region takes its name from the caption of the one
// table it holds, else from `label`. Checked when the box or its content changes, once a frame.

import { whenQuietAndIdle } from './when-idle.ts';

let captions = 0;

// Every region's check runs in one animation frame, all widths read before any attribute is
// written, and an attribute written only when it changes: a lever move updates many tables at
// once, and reading a width after a write forces the browser to lay the page out again.
const pending = new Map<HTMLElement, (scrolls: boolean) => void>();
let frame = 0;

// A box in a cell the browser skips while it is off screen (content-visibility: auto) is not
// measured then: reading its width would lay the skipped cell out, the work skipping saves. It is
// measured when its cell comes into view, or once the page has been quiet a while.
const skipped = new Map<HTMLElement, (scrolls: boolean) => void>();
const QUIET_MS = 1000;
let cancelQuiet: () => void = () => {};
let watchingVisibility = false;

function isSkipped(node: HTMLElement): boolean {
  return typeof node.checkVisibility === 'function' && !node.checkVisibility({ contentVisibilityAuto: true });
}

const scrollsSideways = (node: HTMLElement) => node.scrollWidth > node.clientWidth + 1;

/** Every width read before any attribute is written (a read after a write lays the page out again). */
function measureThenApply(boxes: Iterable<[HTMLElement, (scrolls: boolean) => void]>): void {
  const measured = [...boxes].map(([node, apply]) => [apply, scrollsSideways(node)] as const);
  for (const [apply, scrolls] of measured) apply(scrolls);
}

function flush(): void {
  frame = 0;
  const shown: Array<[HTMLElement, (scrolls: boolean) => void]> = [];
  for (const [node, apply] of pending) {
    if (isSkipped(node)) skipped.set(node, apply);
    else shown.push([node, apply]);
  }
  pending.clear();
  measureThenApply(shown);
  if (skipped.size === 0) return;
  cancelQuiet();
  cancelQuiet = whenQuietAndIdle(() => {
    const boxes = [...skipped];
    skipped.clear();
    measureThenApply(boxes);
  }, QUIET_MS);
}

function schedule(node: HTMLElement, apply: (scrolls: boolean) => void): void {
  skipped.delete(node);
  pending.set(node, apply);
  if (!frame) frame = requestAnimationFrame(flush);
}

/** A cell coming into view: its boxes measured while it was skipped are measured now. */
function watchVisibility(): void {
  if (watchingVisibility) return;
  watchingVisibility = true;
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      if ((event as Event & { skipped?: boolean }).skipped) return;
      for (const [node, apply] of skipped) if ((event.target as Node).contains(node)) schedule(node, apply);
    },
    true,
  );
}

function setIfChanged(node: HTMLElement, name: string, value: string | null): void {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

export function scrollRegion(label: () => string): (node: HTMLElement) => () => void {
  return (node) => {
    const apply = (scrolls: boolean) => {
      setIfChanged(node, 'data-scrolls', scrolls ? '' : null);
      const held = scrolls ? node.querySelectorAll('caption') : null;
      const caption = held?.length === 1 ? held[0]! : null;
      if (caption) caption.id ||= `scroll-region-caption-${++captions}`;
      setIfChanged(node, 'tabindex', scrolls ? '0' : null);
      setIfChanged(node, 'role', scrolls ? 'region' : null);
      setIfChanged(node, 'aria-labelledby', caption ? caption.id : null);
      setIfChanged(node, 'aria-label', scrolls && !caption ? label() : null);
    };
    // Measured with the others in the next frame, not now: a page being built attaches many regions
    // at once, and reading a width here would lay the page out again for each of them.
    if (typeof ResizeObserver === 'undefined') {
      apply(scrollsSideways(node));
      return () => {};
    }
    watchVisibility();
    const check = () => schedule(node, apply);
    check();
    const resized = new ResizeObserver(check);
    resized.observe(node);
    const changed = new MutationObserver(check);
    changed.observe(node, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      pending.delete(node);
      skipped.delete(node);
    };
  };
}
