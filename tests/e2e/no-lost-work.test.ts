// No lost work: the autosave survives a crashed tab and a killed browser, Save writes the whole
// file or nothing (on a real origin-private file), and opening a file never writes to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_PATH, launchBrowser, watchErrors } from './browser.ts';

const SCENARIO = readFileSync(new URL('../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8');
const TOPUP = readFileSync(new URL('../../scenarios/hanoi-2025-city-topup-doubled.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'targetcast-no-lost-work-'));

const lever = (page: Page) => page.locator('[data-lever="cityTopupOther"] input[type="range"]').first();
const titleInput = (page: Page) => page.locator('.toolbar .title input');
const medianOf = (page: Page, metric: string) => page.locator(`.cell-answer [data-metric="${metric}"] .median`).first().textContent();
const cellIds = (page: Page) => page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(inject('baseUrl'));
  await ready(page);
  return page;
}

/** The autosave record as committed in IndexedDB, read through a fresh connection. */
function autosavedText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('targetcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('autosave').objectStore('autosave').get('current');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { text?: string } | undefined)?.text ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/**
 * Renames the scenario as a user would (type, Enter), then polls IndexedDB in the page until the
 * new title is committed. Returns the milliseconds from the change to the committed record.
 */
async function retitleAndTimeAutosave(page: Page, title: string): Promise<number> {
  await titleInput(page).fill(title);
  return page.evaluate(async (title) => {
    const read = () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('targetcast');
        open.onsuccess = () => {
          const get = open.result.transaction('autosave').objectStore('autosave').get('current');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { text?: string } | undefined)?.text ?? '');
          };
        };
      });
    const input = document.querySelector<HTMLInputElement>('.toolbar .title input')!;
    const start = performance.now();
    input.dispatchEvent(new Event('change', { bubbles: true })); // what Enter or leaving the field fires
    while (!(await read()).includes(JSON.stringify(title))) {
      if (performance.now() - start > 10_000) throw new Error('the autosave never arrived');
    }
    return performance.now() - start;
  }, title);
}

async function expectRestored(page: Page, title: string, leverValue: string): Promise<void> {
  await page.locator('[data-testid="restored-note"]').waitFor();
  expect(await titleInput(page).inputValue()).toBe(title);
  expect(await lever(page).inputValue()).toBe(leverValue);
  expect(await page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('true');
}

/** The same flags as launchBrowser (browser.ts), plus a profile on disk and a DevTools port. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--remote-debugging-port=0',
];

/** Starts Chromium as its own process group (so SIGKILL reaches every process) and connects. */
async function launchOwnChromium(profile: string): Promise<{ process: ChildProcess; browser: Browser }> {
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profile}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr}`)));
  });
  return { process: child, browser: await chromium.connectOverCDP(endpoint) };
}

async function killGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

describe('the autosave survives', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a crashed tab: a new tab gives back the last edit, with the restore note', async () => {
    const context = await browser.newContext();
    const page = await openApp(context);
    await lever(page).fill('70');
    await ready(page);
    const title = 'Sửa trước khi tab sập / edited before the tab crashed';
    const ms = await retitleAndTimeAutosave(page, title);
    console.info(`change to committed autosave: ${ms.toFixed(1)} ms`);
    expect(await page.locator('[data-testid="autosave-state"]').textContent()).toMatch(/Đã tự lưu trong trình duyệt lúc \d/);

    const crashed = page.waitForEvent('crash');
    const cdp = await context.newCDPSession(page);
    void cdp.send('Page.crash').catch(() => undefined); // the renderer dies before it can answer
    await crashed;

    const again = await openApp(context);
    await expectRestored(again, title, '70');
    await context.close();
  });

  it('a killed browser (SIGKILL to every process): relaunched on the same profile, the last edit is there', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'targetcast-profile-'));
    const first = await launchOwnChromium(profile);
    let second: Awaited<ReturnType<typeof launchOwnChromium>> | undefined;
    try {
      const page = await openApp(first.browser.contexts()[0]!);
      await lever(page).fill('35');
      await ready(page);
      const title = 'Sửa trước khi trình duyệt bị tắt / edited before the browser was killed';
      await retitleAndTimeAutosave(page, title);
      await killGroup(first.process);

      second = await launchOwnChromium(profile);
      const again = await openApp(second.browser.contexts()[0]!);
      await expectRestored(again, title, '35');
    } finally {
      await killGroup(first.process);
      if (second) await killGroup(second.process);
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
