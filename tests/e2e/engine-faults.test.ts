// Engine faults in the browser (issue 7): the real built worker throws, hangs or exits during a
// lever move (see fault-injection.ts). The client must notice, replace the worker, re-open the
// scenario and retry, so the answer becomes the fault-free answer for the new lever value; a
// second fault on the retry is reported in words and the next action recovers. Meanwhile the
// main thread stays responsive.
import type { Page, Worker } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ENGINE_STRINGS } from '../../src/ui/i18n/strings/engine.ts';
import { sharedBrowser, watchErrors } from './browser.ts';
import { injectFaults, type Fault } from './fault-injection.ts';

/** The client's time limit for a run (src/ui/engine/client.ts): a hang or an exit is noticed after it. */
const LIMIT_MS = 10_000;

const median = (page: Page) => page.locator('.cell-answer [data-metric="si.voluntary.share"] .median').first().textContent();
const phase = (page: Page) => page.locator('.engine-state').getAttribute('data-phase');

async function settled(page: Page): Promise<string | null> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
  return median(page);
}

async function moveLever(page: Page, value: number): Promise<void> {
  await page.locator('[data-lever="cityTopupOther"] input[type="range"]').first().fill(String(value));
}

/** A move and its full answer. The answer changing is waited for, not the 'running' phase: a move can be answered before a poll sees it. */
async function moveAndSettle(page: Page, value: number): Promise<string | null> {
  const before = await median(page);
  await moveLever(page, value);
  await expect.poll(() => median(page)).not.toBe(before);
  return settled(page);
}

describe('engine faults', () => {
  const browser = sharedBrowser();

  /**
   * The notebook on a context that serves faulty workers, with the fault-free answers for the
   * lever at 60 and at 40 (left at 40), every worker's start and end, and the toolbar's phases.
   */
  async function notebook() {
    // No service worker: it would serve the restarted workers from its cache, past the routing.
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const faults = await injectFaults(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const workers: Array<{ worker: Worker; started: number; closed?: number }> = [];
    page.on('worker', (worker) => {
      const entry: (typeof workers)[number] = { worker, started: Date.now() };
      worker.on('close', () => (entry.closed = Date.now()));
      workers.push(entry);
    });
    await page.goto(inject('baseUrl'));
    await settled(page);
    const at60 = await moveAndSettle(page, 60);
    const at40 = await moveAndSettle(page, 40);
    expect(at60).not.toBe(at40);
    expect(workers).toHaveLength(1);
    // Every phase the toolbar shows from now on, in order.
    await page.evaluate(() => {
      const state = document.querySelector('.engine-state')!;
      const seen = ((window as unknown as { phases: string[] }).phases = [state.getAttribute('data-phase')!]);
      new MutationObserver(() => seen.push(state.getAttribute('data-phase')!)).observe(state, { attributeFilter: ['data-phase'] });
      // The worker's own state: a notice while a replacement starts (App.svelte).
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="engine-restarting"]')) (window as unknown as { restarting: boolean }).restarting = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const phases = () => page.evaluate(() => (window as unknown as { phases: string[] }).phases);
    const restartShown = () => page.evaluate(() => (window as unknown as { restarting?: boolean }).restarting === true);
    return { context, page, faults, errors, workers, at60, at40, phases, restartShown };
  }

  /** A lever move hits `fault`: returns, once the retried answer is shown, when the replacement started (ms after the move). */
  async function recovers(fault: Fault, during?: (page: Page) => Promise<void>) {
    const { context, page, faults, errors, workers, at60, phases, restartShown } = await notebook();
    await faults.arm(workers[0]!.worker, fault);
    const moved = Date.now();
    await moveLever(page, 60);
    await during?.(page);
    await expect.poll(() => workers.length, { timeout: LIMIT_MS + 10_000 }).toBe(2);
    const detected = workers[1]!.started - moved;
    await expect.poll(async () => [await phase(page), await median(page)], { timeout: 30_000 }).toEqual(['ready', at60]);
    const answered = Date.now() - moved;

    // The faulty worker is gone (a spinning one takes Chromium about 2 s to stop) and was replaced
    // exactly once; the new one answered.
    await expect.poll(() => workers[0]!.closed, { timeout: 10_000 }).toBeDefined();
    expect(faults.served).toBe(2);
    expect(workers[1]!.closed).toBeUndefined();
    // The restart was announced while it lasted; the toolbar worked on and never showed a failure.
    expect(await restartShown()).toBe(true);
    expect(await page.getByTestId('engine-restarting').count()).toBe(0);
    expect(await phases()).toEqual(['ready', 'running', 'ready']);
    expect(await page.locator('.engine-error').count()).toBe(0);
    // The worker's own uncaught error goes to the worker's console, not the page's.
    expect(errors).toEqual([]);
    await context.close();
    console.info(`${fault}: replacement started ${detected} ms after the move; answer shown after ${answered} ms`);
    return detected;
  }

  it('a worker that throws is restarted at once and the lever move answered', async () => {
    const detected = await recovers('throw');
    expect(detected).toBeLessThan(2_000); // the error event, not the time limit
  });

  it('a hung worker is given up after the time limit while the page stays responsive', async () => {
    const latency: { lags: number[]; languageMs: number[] } = { lags: [], languageMs: [] };
    const detected = await recovers('hang', async (page) => {
      await page.waitForTimeout(500); // the worker is now spinning
      // Timer lateness on the main thread, and the language switched twice: each re-renders answers.
      const lags = page.evaluate(
        (ms) =>
          new Promise<number[]>((resolve) => {
            const lags: number[] = [];
            const end = performance.now() + ms;
            let due = performance.now() + 20;
            const tick = () => {
              const now = performance.now();
              lags.push(now - due);
              due = now + 20;
              if (now < end) setTimeout(tick, 20);
              else resolve(lags);
            };
            setTimeout(tick, 20);
          }),
        4_000,
      );
      for (const [lang, unit] of [
        ['en', 'VND billion'],
        ['vi', 'tỷ đồng'],
      ] as const) {
        latency.languageMs.push(
          await page.evaluate(
            ([lang, unit]) =>
              new Promise<number>((resolve) => {
                const revenue = document.querySelector('.cell-answer [data-metric="revenue.total"] .median')!;
                const started = performance.now();
                new MutationObserver((_, observer) => {
                  if (!revenue.textContent!.includes(unit)) return;
                  observer.disconnect();
                  resolve(performance.now() - started);
                }).observe(document.body, { subtree: true, childList: true, characterData: true });
                document.querySelector<HTMLInputElement>(`input[name="lang"][value="${lang}"]`)!.click();
              }),
            [lang, unit] as const,
          ),
        );
      }
      expect(await phase(page)).toBe('running'); // still waiting for the hung worker
      latency.lags = await lags;
    });
    const sorted = [...latency.lags].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    const max = sorted.at(-1)!;
    console.info(
      `hang: main-thread timer lateness ` +
        `p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms (${sorted.length} samples); language switch ` +
        latency.languageMs.map((ms) => `${ms.toFixed(0)} ms`).join(', '),
    );
    expect(detected).toBeGreaterThanOrEqual(LIMIT_MS);
    expect(detected).toBeLessThan(LIMIT_MS + 3_000);
    // A main thread waiting on the worker would be seconds late. What remains is the app's own
    // rendering: the first switch to English formats every answer and chart anew (60-420 ms seen
    // on two cores, one of them taken by the spinning worker).
    expect(latency.languageMs.every((ms) => ms < 1_000)).toBe(true);
    expect(p95).toBeLessThan(100);
    expect(max).toBeLessThan(1_000);
  });

  it('a worker that exits mid-request is noticed by the time limit and replaced', async () => {
    const detected = await recovers('exit');
    expect(detected).toBeGreaterThanOrEqual(LIMIT_MS);
    expect(detected).toBeLessThan(LIMIT_MS + 3_000);
  });

  it('a fault on the retry too is reported in words, and the next lever move recovers', async () => {
    const { context, page, faults, errors, workers, at60, at40, phases } = await notebook();
    faults.nextWorker('throw'); // the replacement fails its first request, the scenario's re-open
    await faults.arm(workers[0]!.worker, 'throw');
    await moveLever(page, 60);
    await page.locator('.engine-state[data-phase="error"]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.engine-error[role="alert"]').textContent()).toContain(ENGINE_STRINGS.engineErrorCrashed.vi);
    expect(await median(page)).toBe(at40); // the last good answer stays
    expect(workers).toHaveLength(2);

    await moveLever(page, 60); // the same lever, asked again
    await expect.poll(async () => [await phase(page), await median(page)], { timeout: 30_000 }).toEqual(['ready', at60]);
    expect(await page.locator('.engine-error').count()).toBe(0);
    expect(workers).toHaveLength(3);
    expect(await phases()).toEqual(['ready', 'running', 'error', 'running', 'ready']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
