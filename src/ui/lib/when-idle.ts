// Work that can wait for a quiet, idle moment (an off-screen chart's drawing, the width of a table
// in a cell the browser skips); returns its cancel. The caller cancels it when newer work replaces
// it, so while a slider is being moved the task keeps waiting and runs once, `quietMs` after the
// last move, when the browser has nothing else to do. Browsers without requestIdleCallback run it
// after the quiet time alone.

/** How long nothing must have replaced the task before it runs (ms), unless the caller says. */
const QUIET_MS = 700;
/** The longest an idle task waits once the page is quiet (ms) before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

export function whenQuietAndIdle(task: () => void, quietMs = QUIET_MS): () => void {
  let idle = 0;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else task();
  }, quietMs);
  return () => {
    clearTimeout(timer);
    if (idle) cancelIdleCallback(idle);
  };
}
