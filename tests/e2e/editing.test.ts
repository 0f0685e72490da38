// Working as planners expect (issue 16): scenarios side by side in one notebook without files,
// undo and redo of every change (kept across a reload), the keyboard's Ctrl+S / Ctrl+O / ? with
// text fields keeping their own keys, and a second tab that is told before it writes the autosave.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

const TOPUP = readFileSync(new URL('../../scenarios/hanoi-2025-city-topup-doubled.json', import.meta.url), 'utf8');
const VOLUNTARY = 'si.voluntary.share';
const OPFS_NAME = 'opened-plan.json';

const lever = (page: Page) => page.locator('[data-lever="cityTopupOther"] input[type="range"]').first();
/** Long journeys on a shared two-core machine: a few minutes each. */
const LONG = 240_000;
const cellIds = (page: Page) => page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
const undoButton = (page: Page) => page.locator('[data-testid="undo"]');
const redoButton = (page: Page) => page.locator('[data-testid="redo"]');

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

/** A fresh profile; Save downloads unless `filePickers` puts the origin-private file behind the pickers. */
async function freshContext(browser: Browser, filePickers = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(
    ([name, pickers]) => {
      const w = window as unknown as Record<string, unknown> & { __picks: number };
      w.__picks = 0;
      if (!pickers) {
        delete w.showSaveFilePicker;
        delete w.showOpenFilePicker;
        return;
      }
      // The browser's pickers cannot be driven headless: hand out a real origin-private file instead.
      const file = async () => (await navigator.storage.getDirectory()).getFileHandle(name as string, { create: true });
      w.showOpenFilePicker = async () => [await file()];
      w.showSaveFilePicker = async () => {
        w.__picks++;
        return file();
      };
    },
    [OPFS_NAME, filePickers] as const,
  );
  return context;
}

async function openApp(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(inject('baseUrl'));
  await ready(page);
  return { page, errors };
}

/** The autosave record's text as committed in IndexedDB. */
function autosavedText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('targetcast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('autosave').objectStore('autosave').get('current');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { text?: string } | undefined)?.text ?? null);
          };
        };
      }),
  );
}

async function saveScenario(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="variant-new"]').click();
  await page.locator('[data-testid="variant-name"]').fill(name);
  await page.locator('[data-testid="variant-name"]').press('Enter');
  await page.locator(`.scenario-bar li[data-active="true"] .name`, { hasText: name }).waitFor();
}

describe('scenarios in the notebook', () => {
  const browser = sharedBrowser();

  it(
    'makes two scenarios and compares them with the base case, without any file',
    async () => {
      const context = await freshContext(browser());
      const { page, errors } = await openApp(context);
      await lever(page).fill('20');
      await saveScenario(page, 'Gấp đôi');
      await lever(page).fill('30');
      await saveScenario(page, 'Gấp ba');
      expect(await page.locator('[data-testid="variant-state"]').textContent()).toContain('Đòn bẩy đúng như phương án “Gấp ba”');

      // Back to the base case; a lever moved from it says so, with the base case's value beside it.
      await page.locator('.scenario-bar li[data-variant="base"] button.switch').click();
      await ready(page);
      expect(await lever(page).inputValue()).toBe('10');
      expect(await page.locator('[data-testid="variant-moved"]').count()).toBe(0);
      await lever(page).fill('15');
      const mark = page.locator('[data-lever="cityTopupOther"] [data-testid="variant-moved"]').first();
      await mark.waitFor();
      expect(await mark.textContent()).toMatch(/^≠ “Phương án gốc”: 10% /);
      expect(await page.locator('[data-testid="variant-state"]').textContent()).toContain('1 đòn bẩy khác phương án “Phương án gốc”');
      await page.locator('[data-lever="cityTopupOther"] .lever-variant-back').first().click();
      await expect.poll(() => mark.count()).toBe(0);
      await ready(page);

      await page.getByRole('tab', { name: 'So sánh' }).click();
      const heads = page.locator('.compare-view table.compare-table th.variant');
      await expect.poll(() => heads.allTextContents(), { timeout: 60_000 }).toEqual(['Phương án gốc', 'Gấp đôi', 'Gấp ba']);
      const row = page.locator(`.compare-view table.compare-table tr[data-metric="${VOLUNTARY}"]`);
      await row.locator('td.diff[data-variant="2"]').waitFor({ timeout: 60_000 });
      expect(await row.locator('td.diff[data-variant="1"]').getAttribute('data-sign')).toBe('1');
      expect(await row.locator('td.diff[data-variant="2"]').getAttribute('data-sign')).toBe('1');
      expect(await page.locator('[data-testid="compare-input"]').count()).toBe(1); // files are still welcome
      await screenshot(page, 'compare-scenarios');

      // Any of them: leave one out.
      await page.locator('[data-testid="compare-variants"] label[data-variant="v1"] input').uncheck();
      await expect.poll(() => heads.allTextContents(), { timeout: 60_000 }).toEqual(['Phương án gốc', 'Gấp ba']);
      expect(errors).toEqual([]);
      await context.close();
    },
    LONG,
  );
});

describe('undo and redo', () => {
  const browser = sharedBrowser();

  it(
    'takes back a lever move, a data edit and a cell removal, by button and by keyboard, and keeps them after a reload',
    async () => {
      const context = await freshContext(browser());
      const { page, errors } = await openApp(context);
      const cells = await cellIds(page);
      expect(await undoButton(page).isDisabled()).toBe(true);

      await lever(page).fill('40');
      await ready(page);
      await page.locator('.data-age button', { hasText: 'Dán số liệu mới vào một ô dữ liệu' }).click();
      const row = page.locator('.cell-data tr[data-observation]').first();
      await row.locator('button.edit').click();
      const edit = row.locator('input.edit-value');
      const value = Number((await edit.inputValue()).replace(/\./g, '').replace(',', '.'));
      await edit.fill(String(value + 1).replace('.', ','));
      await edit.press('Enter');
      await expect.poll(() => row.getAttribute('data-user')).toBe('true');
      await ready(page);
      const removed = cells[1]!;
      await page.locator(`[data-cell-id="${removed}"] button[aria-label="Xóa ô"]`).click();
      await expect.poll(() => page.locator(`[data-cell-id="${removed}"]`).count()).toBe(0);

      // Undo with the keyboard (focus on the page, not in a field) and with the button.
      await page.locator('h1').click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator(`[data-cell-id="${removed}"]`).count()).toBe(1);
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator('.cell-data tr[data-user="true"]').count()).toBe(0);
      await ready(page);
      await undoButton(page).click(); // the added data cell
      await expect.poll(() => page.locator('.cell-data').count()).toBe(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => lever(page).inputValue()).toBe('10');
      await ready(page);
      expect(await cellIds(page)).toEqual(cells);
      expect(await undoButton(page).isDisabled()).toBe(true);

      // Redo: Ctrl+Y, Ctrl+Shift+Z and the button.
      await page.keyboard.press('Control+y');
      await expect.poll(() => lever(page).inputValue()).toBe('40');
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => page.locator('.cell-data').count()).toBe(1);
      await redoButton(page).click();
      await expect.poll(() => page.locator('.cell-data tr[data-user="true"]').count()).toBe(1);
      await ready(page);
      await redoButton(page).click();
      await expect.poll(() => page.locator(`[data-cell-id="${removed}"]`).count()).toBe(0);
      await ready(page);

      // A reload keeps the history: undo goes on where it was.
      await expect.poll(() => autosavedText(page).then((t) => t !== null && !t.includes(`"id": "${removed}"`))).toBe(true);
      await page.reload();
      await ready(page);
      await page.locator('[data-testid="restored-note"]').waitFor();
      expect(await undoButton(page).isDisabled()).toBe(false);
      await undoButton(page).click();
      await expect.poll(() => page.locator(`[data-cell-id="${removed}"]`).count()).toBe(1);
      await page.locator('h1').click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => page.locator('.cell-data tr[data-user="true"]').count()).toBe(0);
      await ready(page);
      expect(await redoButton(page).isDisabled()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
    LONG,
  );

  it("leaves a text field's own keys to it: Ctrl+Z undoes the typing, ? types a question mark", async () => {
    const context = await freshContext(browser());
    const { page } = await openApp(context);
    await lever(page).fill('40');
    await ready(page);
    const title = page.locator('.toolbar .title input');
    const before = await title.inputValue();
    await title.click();
    await title.press('End');
    await page.keyboard.type(' ?');
    expect(await title.inputValue()).toBe(`${before} ?`);
    expect(await page.locator('[data-testid="shortcuts-help"]').isVisible()).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).not.toBe(`${before} ?`);
    expect(await lever(page).inputValue()).toBe('40'); // the notebook's own undo did not run
    await context.close();
  });
});

describe('keyboard: save, open and the shortcuts', () => {
  const browser = sharedBrowser();

  it('Ctrl+S downloads the notebook where the browser cannot write files', async () => {
    const context = await freshContext(browser());
    const { page } = await openApp(context);
    await lever(page).fill('35');
    await ready(page);
    await page.locator('h1').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toMatch(/\.targetcast\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 3, levers: { cityTopupOther: 35 } });
    await expect.poll(() => page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('false');
    // In the title field too: what was typed is saved with it.
    const title = page.locator('.toolbar .title input');
    await title.fill('Lưu bằng bàn phím');
    const [again] = await Promise.all([page.waitForEvent('download'), title.press('Control+s')]);
    expect(JSON.parse(readFileSync(await again.path(), 'utf8')).title).toBe('Lưu bằng bàn phím');
    await context.close();
  });

  it('Ctrl+O opens a file, and Ctrl+S then writes back to it without asking where', async () => {
    const context = await freshContext(browser(), true);
    const { page, errors } = await openApp(context);
    await page.evaluate(
      async ([name, text]) => {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
        const writable = await handle.createWritable();
        await writable.write(text);
        await writable.close();
      },
      [OPFS_NAME, TOPUP] as const,
    );
    await page.locator('h1').click();
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.locator('.toolbar .title input').inputValue()).toContain('gấp đôi');
    await ready(page);
    await lever(page).fill('45');
    await ready(page);
    await page.locator('h1').click();
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('false');
    const saved = await page.evaluate(
      async (name) => (await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile()).text(),
      OPFS_NAME,
    );
    expect(JSON.parse(saved).levers.cityTopupOther).toBe(45);
    expect(await page.evaluate(() => (window as unknown as { __picks: number }).__picks)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('? opens the list of shortcuts, Esc closes it, and the button opens it too', async () => {
    const context = await freshContext(browser());
    const { page } = await openApp(context);
    const help = page.locator('[data-testid="shortcuts-help"]');
    await page.locator('h1').click();
    await page.keyboard.press('?');
    await help.waitFor({ state: 'visible' });
    expect(await help.locator('tr[data-command]').count()).toBe(6);
    expect(await help.locator('tr[data-command="save"]').textContent()).toContain('Ctrl+S');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true); // focus is inside
    await screenshot(page, 'shortcuts-help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="shortcuts-button"]').focus();
    await page.keyboard.press('Enter');
    await help.waitFor({ state: 'visible' });
    await help.getByRole('button').click();
    await help.waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('two tabs with the same notebook', () => {
  const browser = sharedBrowser();

  it(
    'the second tab is told and chooses; the first is told when the second takes over',
    async () => {
      const context = await freshContext(browser());
      const { page: first } = await openApp(context);
      await lever(first).fill('25');
      await ready(first);
      await expect.poll(() => autosavedText(first).then((t) => t?.includes('"cityTopupOther": 25') ?? false)).toBe(true);
      expect(await first.locator('[data-testid="tab-notice"]').count()).toBe(0);

      const { page: second } = await openApp(context);
      const notice = second.locator('[data-testid="tab-notice"][data-role="waiting"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Sổ tính này đang mở ở một tab khác');
      expect(await lever(second).inputValue()).toBe('25');
      // Working here before choosing writes nothing over the first tab's notebook.
      await lever(second).fill('55');
      await ready(second);
      await second.waitForTimeout(500);
      expect(await autosavedText(second)).toContain('"cityTopupOther": 25');
      await screenshot(second, 'two-tabs-notice');

      await notice.locator('[data-testid="tab-use-here"]').click();
      await first.locator('[data-testid="tab-notice"][data-role="displaced"]').waitFor();
      await expect.poll(() => autosavedText(second).then((t) => t?.includes('"cityTopupOther": 55') ?? false)).toBe(true);
      expect(await second.locator('[data-testid="tab-notice"]').count()).toBe(0);
      // The first tab no longer writes.
      await lever(first).fill('70');
      await ready(first);
      await first.waitForTimeout(500);
      expect(await autosavedText(first)).toContain('"cityTopupOther": 55');
      await context.close();
    },
    LONG,
  );
});
