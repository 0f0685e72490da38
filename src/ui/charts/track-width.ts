// A chart container's width, followed as the page or its column resizes (for $effect cleanup).
// The first width comes with the observer's first report, after the browser's own layout: reading
// clientWidth here, while a notebook is being built, made the browser lay the page out once per
// chart. Without ResizeObserver (jsdom, very old browsers) the chart keeps the width it has now.
export function trackWidth(el: HTMLElement, set: (width: number) => void): () => void {
  if (typeof ResizeObserver === 'undefined') {
    set(Math.floor(el.clientWidth));
    return () => {};
  }
  const observer = new ResizeObserver(([entry]) => {
    const w = Math.floor(entry?.contentRect.width ?? 0);
    if (w > 0) set(w);
  });
  observer.observe(el);
  return () => observer.disconnect();
}
