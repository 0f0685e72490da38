// Work that can wait for an idle moment (an off-screen chart's drawing); returns its cancel.
// Browsers without requestIdleCallback get a short timeout instead.

/** The longest an idle task waits (ms) before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
