// A chart container's width, followed as the page or its column resizes (for $effect cleanup).
// Without ResizeObserver (jsdom, very old browsers) the chart keeps its first width.
export function trackWidth(el: HTMLElement, set: (width: number) => void): () => void {
  set(Math.floor(el.clientWidth));
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(([entry]) => {
    const w = Math.floor(entry?.contentRect.width ?? 0);
    if (w > 0) set(w);
  });
  observer.observe(el);
  return () => observer.disconnect();
}
