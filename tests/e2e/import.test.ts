// Bringing a province's own figures into the built app: an .xlsx made here (wide monthly sheet with
// Vietnamese headers and period labels, and a targets sheet) for Đà Nẵng; the preview; that
// region's charts, year-end answers and target dates; a second import of one more month moves the
// answers and undo takes it back; the notebook, saved with its own data, reopens after a reload.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { daNangWorkbook, MONTHS } from '../support/da-nang-workbook.ts';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

const dir = mkdtempSync(join(tmpdir(), 'targetcast-import-'));

async function file(name: string, bytes: Promise<Uint8Array>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(inject('baseUrl'));
  await ready(page);
  return { context, page, errors };
}

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

const yearEndMedian = (page: Page, metric: string) =>
  page.locator(`.cell-answer [data-metric="${metric}"] .median`).first().textContent({ timeout: 30_000 });

describe('importing a province’s workbook', () => {
  const browser = sharedBrowser();

  it('imports Đà Nẵng’s figures, answers for Đà Nẵng, takes one more month, undoes it, and keeps it all after a reload', async () => {
    const { context, page, errors } = await freshPage(browser());
    const whole = await file('so-lieu-da-nang.xlsx', daNangWorkbook());

    // The preview: nothing changes until confirmed.
    await page.locator('[data-testid="import-button-input"]').setInputFiles(whole);
    const dialog = page.locator('[data-testid="import-dialog"]');
    await dialog.locator('h2').waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Nhập số liệu từ so-lieu-da-nang.xlsx');
    expect(await dialog.locator('[data-testid="import-sheet"]').allTextContents()).toEqual([
      expect.stringMatching(/Số liệu.*dạng ngang.*66 số liệu, 0 chỉ tiêu kế hoạch/s),
      expect.stringMatching(/Chỉ tiêu kế hoạch.*chỉ tiêu kế hoạch.*0 số liệu, 2 chỉ tiêu kế hoạch/s),
    ]);
    expect(await dialog.locator('[data-testid="import-new-metric"]').count()).toBe(1);
    expect(await page.locator('h1').textContent()).toBe('targetcast: chỉ tiêu an sinh xã hội Hà Nội');
    // The file names no region: this is another province's data, so it replaces the notebook's.
    await dialog.locator('[data-testid="import-mode-replace"]').check();
    await dialog.locator('[data-testid="import-region"]').fill('Đà Nẵng');
    await dialog.locator('[data-testid="import-region"]').press('Tab');
    await expect.poll(() => dialog.locator('#import-summary').textContent()).toMatch(/Thêm mới: 66 số liệu, 2 chỉ tiêu kế hoạch/);
    await screenshot(page, 'import-preview-vi');
    await dialog.locator('[data-testid="import-confirm"]').click();
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('targetcast: chỉ tiêu an sinh xã hội Đà Nẵng');
    await ready(page);
    expect(await dialog.isVisible()).toBe(false);

    // Đà Nẵng's chart, year-end answer and target date; levers are off, and say why.
    await page.locator('[data-cell-id="chart-hi-coverage"] svg').first().waitFor();
    const before = await yearEndMedian(page, 'hi.coverage');
    expect(before).toMatch(/^\d{2},\d+%$/);
    const dateRow = page.locator('.target-dates tr[data-metric="hi.coverage"]');
    expect(await dateRow.locator('.target-date').textContent()).toMatch(/\d/);
    expect(await page.locator('.cell-chart').count()).toBeGreaterThanOrEqual(6); // the own metric is charted too
    expect(await page.locator('[data-testid="levers-off"]').textContent()).toMatch(/Đà Nẵng.*Hanoi/);
    await screenshot(page, 'import-da-nang-vi');

    // One more month (November 2026, coverage a point higher): appended, and the answer moves.
    const next = await file('thang-11-2026.xlsx', daNangWorkbook({ from: MONTHS, to: MONTHS, targets: false, bump: 1 }));
    await page.locator('[data-testid="import-button-input"]').setInputFiles(next);
    await dialog.locator('h2').waitFor();
    await expect.poll(() => dialog.locator('#import-summary').textContent()).toMatch(/Thêm mới: 3 số liệu, 0 chỉ tiêu kế hoạch/);
    expect(await dialog.locator('[data-testid="import-mode-add"]').isChecked()).toBe(true);
    await dialog.locator('[data-testid="import-confirm"]').click();
    await expect.poll(() => yearEndMedian(page, 'hi.coverage'), { timeout: 30_000 }).not.toBe(before);
    await ready(page); // the new data's first answers are a 1,000-path preview; the full ones follow
    const moved = await yearEndMedian(page, 'hi.coverage');

    // Undo takes the whole second import back; redo brings it again.
    await page.locator('[data-testid="undo"]').click();
    await expect.poll(() => yearEndMedian(page, 'hi.coverage'), { timeout: 30_000 }).toBe(before);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => yearEndMedian(page, 'hi.coverage'), { timeout: 30_000 }).toBe(moved);

    // The data view says where each figure came from.
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    expect(await page.locator('[data-testid="imported-files"]').textContent()).toMatch(/so-lieu-da-nang\.xlsx: 68\s+số liệu.*thang-11-2026\.xlsx: 3\s+số liệu/s);
    // The leadership preview names the region too.
    await page.getByRole('tab', { name: 'Báo cáo lãnh đạo' }).click();
    expect(await page.locator('#preview-title').textContent()).toContain('Đà Nẵng');
    await page.getByRole('tab', { name: 'Sổ tính' }).click();

    // Saved with its own data: the file reopens, in another browser profile, as Đà Nẵng.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
    const savedBytes = readFileSync((await download.path())!);
    const saved = JSON.parse(savedBytes.toString('utf8'));
    expect(saved.data).toMatchObject({ base: 'none', region: 'Đà Nẵng' });
    expect(saved.data.observations).toHaveLength(69);
    // A reload restores the notebook from the autosave.
    await page.reload();
    await ready(page);
    expect(await page.locator('h1').textContent()).toBe('targetcast: chỉ tiêu an sinh xã hội Đà Nẵng');
    expect(await yearEndMedian(page, 'hi.coverage')).toBe(moved);
    expect(errors).toEqual([]);
    await context.close();

    const other = await freshPage(browser());
    await other.page.locator('[data-testid="open-input"]').setInputFiles({
      name: 'da-nang.json',
      mimeType: 'application/json',
      buffer: savedBytes,
    });
    await expect.poll(() => other.page.locator('h1').textContent(), { timeout: 30_000 }).toBe('targetcast: chỉ tiêu an sinh xã hội Đà Nẵng');
    await ready(other.page);
    expect(await yearEndMedian(other.page, 'hi.coverage')).toBe(moved);
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('shows a workbook that is not one as a problem, and the notebook stays as it was', async () => {
    const { context, page, errors } = await freshPage(browser());
    const median = await yearEndMedian(page, 'hi.coverage');
    const bad = join(dir, 'not-a-workbook.xlsx');
    writeFileSync(bad, 'this is not a zip');
    await page.locator('[data-testid="import-button-input"]').setInputFiles(bad);
    await page.locator('[data-testid="file-issues"]').waitFor();
    expect(await page.locator('[data-testid="file-issues"]').textContent()).toContain('not-a-workbook.xlsx');
    expect(await page.locator('[data-testid="import-dialog"]').isVisible()).toBe(false);
    expect(await yearEndMedian(page, 'hi.coverage')).toBe(median);
    expect(await page.locator('[data-testid="undo"]').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
