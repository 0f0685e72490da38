// `npm run bench:ui`: the built app in headless Chromium, 50 moves of a lever on the default
// notebook (10,000 paths). Reports input-to-answer time (median, p95), the longest main-thread
// task during the moves, the JavaScript loaded until the first answers show (gzip) and the time from
// page load to the first answers (a 1,000-path preview) and to the full ones; writes bench/results/ui.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { firstLoadJs } from './assets.ts';
import { installProbe, type MoveTiming, type Selectors } from './probe.ts';
import { quantile, round1 } from './stats.ts';

const MOVES = 50;
/** How long the page may settle after its charts are drawn before the first move. */
const SETTLE_MS = 2_000;
/** The goals of issue 14, each an upper bound (<=). */
const GOALS = { firstP95Ms: 30, fullP95Ms: 50, longTaskMs: 50, firstLoadKb: 250, readyAfterLoadMs: 1000 };
const SELECTORS: Selectors = {
  slider: '[data-lever="cityTopupOther"] input[type="range"]',
  answer: '.cell-answer [data-metric="si.voluntary.share"] .median',
  state: '.engine-state',
};
// Far-apart values (range 0-100, step 5) so every move changes the voluntary SI median.
const VALUES = [30, 80, 15, 65, 0, 100, 45, 95, 5, 55];
const RESULTS = new URL('../results/', import.meta.url).pathname;

async function main(): Promise<void> {
  // Our own output directory: browser tests may be building dist/ at the same time.
  const outDir = mkdtempSync(join(tmpdir(), 'targetcast-bench-ui-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    // tsx keeps function names with a __name helper; the page has none.
    await page.addInitScript('window.__name = (f) => f');
    const loadStart = Date.now();
    await page.goto(url);
    // First answers: the notebook opens on a 1,000-path preview of the baseline, then the full one.
    await page.waitForSelector(SELECTORS.answer, { timeout: 120_000 });
    const readyMs = Date.now() - loadStart;
    const atFirstAnswers = [...scripts];
    await page.waitForSelector(`${SELECTORS.state}[data-phase="ready"]`, { timeout: 120_000 });
    const fullReadyMs = Date.now() - loadStart;
    // The first load: what the page fetched until its first answers showed, and the engine worker
    // (its scripts) even when the first answers came without it (the shipped notebook's, built with
    // the app): the page fetches it at once to compute the full answers.
    const js = firstLoadJs(outDir, [...atFirstAnswers, ...scripts.filter((s) => /worker/i.test(s))]);

    // The moves start once the page has settled, as a planner's first move comes seconds after the
    // page opens: every chart drawn (their code loads after the full answers, off-screen ones draw
    // when the browser is idle), then SETTLE_MS for the engine's warm-up moves (store.warmUp) and an
    // idle moment. Interaction is measured apart from loading.
    await page.waitForFunction(() => [...document.querySelectorAll('.forecast-chart .plot')].every((el) => el.querySelector('svg')), null, {
      timeout: 30_000,
    });
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })));
    await page.evaluate(installProbe, SELECTORS);
    const timings: MoveTiming[] = [];
    for (let i = 0; i < MOVES; i++) {
      const value = VALUES[i % VALUES.length]!;
      timings.push(await page.evaluate(([v]) => (window as any).__bench.move(v, 20_000), [value] as const));
    }
    const longTasks: number[] = await page.evaluate(() => (window as any).__bench.longTasks);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const first = timings.map((t) => t.firstMs);
    const full = timings.map((t) => t.fullMs);
    const result = {
      date: new Date().toISOString(),
      moves: MOVES,
      paths: 10_000,
      firstUpdateMs: { median: round1(quantile(first, 0.5)), p95: round1(quantile(first, 0.95)) },
      fullUpdateMs: { median: round1(quantile(full, 0.5)), p95: round1(quantile(full, 0.95)) },
      longestTaskMs: round1(Math.max(0, ...longTasks)),
      longTasksOver50: longTasks.length,
      firstLoad: js,
      readyAfterLoadMs: readyMs,
      fullAnswersAfterLoadMs: fullReadyMs,
      goals: GOALS,
      timings,
    };
    report(result);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'ui.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote bench/results/ui.json`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function report(r: {
  firstUpdateMs: { median: number; p95: number };
  fullUpdateMs: { median: number; p95: number };
  longestTaskMs: number;
  longTasksOver50: number;
  firstLoad: ReturnType<typeof firstLoadJs>;
  readyAfterLoadMs: number;
  fullAnswersAfterLoadMs: number;
}): void {
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows: Array<[string, string, string, string]> = [
    ['input -> first answer (median)', `${r.firstUpdateMs.median} ms`, '', ''],
    ['input -> first answer (p95)', `${r.firstUpdateMs.p95} ms`, `<= ${GOALS.firstP95Ms} ms`, mark(r.firstUpdateMs.p95 <= GOALS.firstP95Ms)],
    ['input -> full answer (median)', `${r.fullUpdateMs.median} ms`, '', ''],
    ['input -> full answer (p95)', `${r.fullUpdateMs.p95} ms`, `<= ${GOALS.fullP95Ms} ms`, mark(r.fullUpdateMs.p95 <= GOALS.fullP95Ms)],
    [
      'longest main-thread task',
      r.longTasksOver50 ? `${r.longestTaskMs} ms (${r.longTasksOver50} over 50)` : 'none over 50 ms',
      `<= ${GOALS.longTaskMs} ms`,
      mark(r.longTasksOver50 === 0),
    ],
    ['first-load JS, main thread (gzip)', `${r.firstLoad.mainKb} KB`, '', ''],
    [
      'first-load JS, incl. engine worker (gzip)',
      `${r.firstLoad.totalKb} KB`,
      `<= ${GOALS.firstLoadKb} KB`,
      mark(r.firstLoad.totalKb <= GOALS.firstLoadKb),
    ],
    ['page load -> first answers', `${r.readyAfterLoadMs} ms`, `<= ${GOALS.readyAfterLoadMs} ms`, mark(r.readyAfterLoadMs <= GOALS.readyAfterLoadMs)],
    ['page load -> full answers (all paths)', `${r.fullAnswersAfterLoadMs} ms`, '', ''],
  ];
  const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`\nUI speed (${MOVES} moves of cityTopupOther, 10,000 paths)`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(w[c]!)).join('  '));
  console.log('\nfirst-load scripts:');
  for (const f of r.firstLoad.files) console.log(`  ${f.file.padEnd(48)} ${f.gzipKb} KB gzip (${f.rawKb} KB)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
