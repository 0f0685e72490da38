// Runs in the page (via page.evaluate): moves the lever, times the input event to the DOM update.
// Kept free of imports so its source can be shipped to the browser as is.

export interface MoveTiming {
  /** Input event to the first changed answer (a preview while refining, else the full run). */
  firstMs: number;
  /** Input event to the changed answer with the engine ready again (the full run). */
  fullMs: number;
}

export interface Selectors {
  slider: string;
  answer: string;
  state: string;
}

/** Installs `window.__bench` with a long-task recorder and a timed lever move. */
export function installProbe(sel: Selectors): void {
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });

  const text = (s: string) => document.querySelector(s)?.textContent ?? null;
  const phase = () => document.querySelector(sel.state)?.getAttribute('data-phase') ?? null;

  function move(value: number, timeoutMs: number): Promise<MoveTiming> {
    return new Promise((resolve, reject) => {
      const input = document.querySelector<HTMLInputElement>(sel.slider);
      if (!input) return reject(new Error(`no slider ${sel.slider}`));
      const before = text(sel.answer);
      let first: number | null = null;
      let t0 = 0;
      const check = () => {
        const now = performance.now();
        if (first === null && text(sel.answer) !== before) first = now - t0;
        if (first !== null && phase() === 'ready') finish({ firstMs: first, fullMs: now - t0 });
      };
      const observer = new MutationObserver(check);
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`answer did not change within ${timeoutMs} ms (value ${value}, still "${before}")`));
      }, timeoutMs);
      const finish = (timing: MoveTiming) => {
        observer.disconnect();
        clearTimeout(timer);
        resolve(timing);
      };
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      input.value = String(value);
      t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  (window as unknown as { __bench: unknown }).__bench = { move, longTasks };
}
