// A box whose content (a wide table) may be wider than it scrolls sideways inside itself, never the
// page. While it does, it is a named region in the Tab order, so the keyboard can reach and scroll
// it (WCAG 2.1.1; axe's scrollable-region-focusable), and carries data-scrolls for the edge shadow
// that shows more is hidden (app.css). While everything fits it is a plain box: no extra Tab stop.
// Use as {@attach scrollRegion(() => label)}; the region takes its name from the caption of the one
// table it holds, else from `label`. Checked when the box or its content changes, once a frame.

let captions = 0;

export function scrollRegion(label: () => string): (node: HTMLElement) => () => void {
  return (node) => {
    let frame = 0;
    const check = () => {
      frame = 0;
      const scrolls = node.scrollWidth > node.clientWidth + 1;
      node.toggleAttribute('data-scrolls', scrolls);
      if (!scrolls) {
        for (const name of ['tabindex', 'role', 'aria-label', 'aria-labelledby']) node.removeAttribute(name);
        return;
      }
      node.tabIndex = 0;
      node.setAttribute('role', 'region');
      const held = node.querySelectorAll('caption');
      const caption = held.length === 1 ? held[0]! : null;
      if (caption) {
        caption.id ||= `scroll-region-caption-${++captions}`;
        node.setAttribute('aria-labelledby', caption.id);
        node.removeAttribute('aria-label');
      } else {
        node.setAttribute('aria-label', label());
        node.removeAttribute('aria-labelledby');
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    check();
    if (typeof ResizeObserver === 'undefined') return () => {};
    const resized = new ResizeObserver(schedule);
    resized.observe(node);
    // Content changes (another language, new answers, rows added) change its width too.
    const changed = new MutationObserver(schedule);
    changed.observe(node, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  };
}
