// No lost work: the autosave survives a crashed tab and a killed browser, Save writes the whole
// file or nothing (on a real origin-private file), and opening a file never writes to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, sharedBrowser, screenshot, watchErrors } from './browser.ts';

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

/** The same flags as launchBrowser (browser.ts), plus a DevTools port (the profile is added per launch). */
const FLAGS = [...CHROMIUM_FLAGS, '--remote-debugging-port=0'];

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
  const browser = sharedBrowser();

  it('a crashed tab: a new tab gives back the last edit, with the restore note', async () => {
    const context = await browser().newContext();
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

const OPFS_NAME = 'plan.targetcast.json';

/**
 * Save's file picker answers with a real file from the origin-private file system, wrapped so a
 * test can make a save fail: `write` sends half the file to the real stream, then a write the real
 * stream itself rejects; `close` fails before the real close. Counts picks and aborts.
 */
async function contextWithOpfsPicker(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript((name) => {
    const w = window as unknown as {
      __picks: number;
      __aborts: number;
      __saveFault: 'write' | 'close' | null;
      showSaveFilePicker: unknown;
    };
    w.__picks = 0;
    w.__aborts = 0;
    w.__saveFault = null;
    w.showSaveFilePicker = async () => {
      w.__picks++;
      const real = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      return {
        name: real.name,
        createWritable: async () => {
          const stream = await real.createWritable();
          const fault = w.__saveFault;
          return {
            write: async (data: Blob) => {
              if (fault === 'write') {
                await stream.write(data.slice(0, data.size / 2));
                await stream.write({ type: 'truncate' } as unknown as Blob); // no size: the browser rejects it
              }
              await stream.write(data);
            },
            close: async () => {
              if (fault === 'close') throw new DOMException('simulated failure on commit', 'InvalidStateError');
              await stream.close();
            },
            abort: async () => {
              w.__aborts++;
              await stream.abort();
            },
          };
        },
      };
    };
  }, OPFS_NAME);
  return context;
}

/** Writes the origin-private file the picker hands out. */
function seedOpfs(page: Page, text: string): Promise<void> {
  return page.evaluate(
    async ([name, text]) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    },
    [OPFS_NAME, text] as const,
  );
}

/** The origin-private file's bytes (base64) and the names in its folder. */
function readOpfs(page: Page): Promise<{ base64: string; text: string; names: string[] }> {
  return page.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    const file = await (await root.getFileHandle(name)).getFile();
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const names: string[] = [];
    for await (const key of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
    return { base64: btoa(binary), text: await file.text(), names };
  }, OPFS_NAME);
}

const pageCounter = (page: Page, name: '__picks' | '__aborts') =>
  page.evaluate((n) => (window as unknown as Record<string, number>)[n], name);
const saveButton = (page: Page) => page.getByRole('button', { name: /^(Lưu|Save)$/ });
const dirty = (page: Page) => page.locator('[data-testid="saved-state"]').getAttribute('data-dirty');

describe('saving to a real file (origin-private file system)', () => {
  const browser = sharedBrowser();

  it('writes the complete file over a longer one, and the file opens as the same notebook', async () => {
    const context = await contextWithOpfsPicker(browser());
    const page = await openApp(context);
    const errors = watchErrors(page);
    await seedOpfs(page, TOPUP + 'x'.repeat(200_000)); // a leftover tail would break the JSON
    await lever(page).fill('40');
    await titleInput(page).fill('Lưu toàn bộ / whole file');
    await titleInput(page).press('Enter');
    await ready(page);
    const median = await medianOf(page, 'si.voluntary.share');
    const cells = await cellIds(page);
    await saveButton(page).click();
    await expect.poll(() => dirty(page)).toBe('false');
    expect(await page.locator('[data-testid="saved-state"]').textContent()).toContain(OPFS_NAME);

    const saved = await readOpfs(page);
    expect(saved.names).toEqual([OPFS_NAME]);
    const json = JSON.parse(saved.text);
    expect(json).toMatchObject({ title: 'Lưu toàn bộ / whole file', levers: { cityTopupOther: 40 } });

    const path = join(dir, 'from-opfs.json');
    writeFileSync(path, Buffer.from(saved.base64, 'base64'));
    const other = await browser().newContext();
    const reopened = await openApp(other);
    await reopened.locator('[data-testid="open-input"]').setInputFiles(path);
    await expect.poll(() => titleInput(reopened).inputValue(), { timeout: 30_000 }).toBe('Lưu toàn bộ / whole file');
    await ready(reopened);
    expect(await lever(reopened).inputValue()).toBe('40');
    expect(await cellIds(reopened)).toEqual(cells);
    expect(await medianOf(reopened, 'si.voluntary.share')).toBe(median);
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });

  it('a save that fails in a write or on commit leaves the file byte-for-byte, says so, and stays unsaved', async () => {
    const context = await contextWithOpfsPicker(browser());
    const page = await openApp(context);
    await seedOpfs(page, TOPUP);
    const original = await readOpfs(page);
    await lever(page).fill('55');
    await ready(page);
    const error = page.locator('[data-testid="save-error"]');

    for (const [i, fault, detail] of [
      [1, 'write', /SyntaxError/],
      [2, 'close', /InvalidStateError: simulated failure on commit/],
    ] as const) {
      await page.evaluate((f) => ((window as unknown as { __saveFault: string }).__saveFault = f), fault);
      await saveButton(page).click();
      await expect.poll(() => pageCounter(page, '__aborts')).toBe(i);
      await error.waitFor();
      expect(await error.textContent()).toContain('Không lưu được tệp. Tệp trên đĩa giữ nguyên nội dung cũ');
      expect(await error.textContent()).toMatch(detail);
      expect(await readOpfs(page)).toEqual(original);
      expect(await dirty(page)).toBe('true');
      expect(await pageCounter(page, '__picks')).toBe(i); // a file that never took a save is asked for again
    }
    await page.getByLabel('English').check();
    expect(await error.textContent()).toContain('The file could not be saved. The file on disk keeps its previous content');
    await screenshot(page, 'save-failed');

    await page.evaluate(() => ((window as unknown as { __saveFault: null }).__saveFault = null));
    await saveButton(page).click();
    await expect.poll(() => dirty(page)).toBe('false');
    expect(await error.count()).toBe(0);
    expect(JSON.parse((await readOpfs(page)).text).levers).toEqual({ cityTopupOther: 55 });
    await context.close();
  });
});

describe('opening a file never alters it', () => {
  const browser = sharedBrowser();

  const V0 = {
    format: 'targetcast-scenario',
    version: 0,
    title: 'Bản nháp cũ / old draft',
    data: { base: 'hanoi-embedded', observations: [], targets: [], removed: [] },
    leversFrom: '2025-10-01',
    horizon: '2025-12-31',
    levers: [{ id: 'cityTopupOther', value: 20 }],
    mc: { paths: 2000, seed: 7 },
  };
  const files: Record<string, string> = {
    'plan.json': TOPUP,
    'draft-v0.json': JSON.stringify(V0, null, 2),
    'truncated.json': SCENARIO.slice(0, 500),
  };
  const fingerprint = () =>
    Object.keys(files).map((name) => {
      const path = join(dir, 'opened', name);
      return { name, bytes: readFileSync(path).toString('base64'), mtime: statSync(path).mtimeMs };
    });

  it('keeps a good file, a v0 file (migrated on open) and a malformed file byte-identical with the same mtime', async () => {
    const folder = join(dir, 'opened');
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(folder, name), text);
      utimesSync(join(folder, name), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    }
    const before = fingerprint();
    const context = await browser().newContext();
    const page = await openApp(context);
    const input = page.locator('[data-testid="open-input"]');

    for (const [name, title, levers] of [
      ['plan.json', JSON.parse(TOPUP).title, JSON.parse(TOPUP).levers],
      ['draft-v0.json', V0.title, { cityTopupOther: 20 }],
    ]) {
      await input.setInputFiles(join(folder, name));
      await expect.poll(() => titleInput(page).inputValue()).toBe(title);
      await ready(page);
      await retitleAndTimeAutosave(page, `${title} (edited)`);
      expect(await dirty(page)).toBe('true');
      // The edited (and for v0, migrated) notebook lives in the autosave, not in the file.
      expect(JSON.parse((await autosavedText(page))!)).toMatchObject({ version: 3, title: `${title} (edited)`, levers });
    }
    await input.setInputFiles(join(folder, 'truncated.json'));
    await page.locator('[data-testid="file-issues"]').waitFor();

    expect(fingerprint()).toEqual(before);
    await context.close();
  });
});
