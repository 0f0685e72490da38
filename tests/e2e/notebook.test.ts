import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

const SCENARIO = readFileSync(new URL('../../scenarios/hanoi-2025-baseline.json', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'targetcast-e2e-'));

function scenarioFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A fresh browser profile: no autosave from another test. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // Force the download path for Save (a native save dialog cannot be driven headless).
  await context.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Leaving with unsaved changes asks first (beforeunload); the tests accept and record it.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.goto(inject('baseUrl'));
  await ready(page);
  return { context, page, errors, dialogs };
}

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

const medianOf = (page: Page, metric: string) => page.locator(`.cell-answer [data-metric="${metric}"] .median`).first().textContent();

describe('the notebook', () => {
  const browser = sharedBrowser();

  it('opens on the Hanoi 2025 baseline with charts and answers', async () => {
    const { context, page, errors } = await freshPage(browser());
    expect(await page.locator('.toolbar .title input').inputValue()).toContain('Hanoi 2025');
    await page.locator('.cell-chart svg').first().waitFor();
    expect(await page.locator('.cell-chart svg').count()).toBeGreaterThan(0);
    const revenue = await medianOf(page, 'revenue.total');
    expect(revenue).toMatch(/tỷ đồng/);
    expect(await page.locator('.cell-answer [data-metric="si.voluntary.share"]').count()).toBeGreaterThan(0);
    // The title names the data's region; the embedded figures are old, and the notebook says how old.
    expect(await page.locator('h1').textContent()).toBe('targetcast: chỉ tiêu an sinh xã hội Hà Nội');
    expect(await page.locator('.data-age').textContent()).toMatch(/^\s*Số liệu mới nhất: 30\/09\/2025, cách đây \d+ tháng\./);
    await screenshot(page, 'notebook-default-vi');
    await page.getByLabel('English').check();
    await expect.poll(() => medianOf(page, 'revenue.total')).toMatch(/^[\d,]+\.\d VND billion$/);
    expect(await page.locator('h1').textContent()).toBe('targetcast: Hanoi social-insurance targets');
    expect(await page.locator('.data-age').textContent()).toMatch(/^\s*Newest figures: 30 Sept? 2025, \d+ months ago\./);
    // One click to newer figures: a data cell with every metric that has a target, after the first cell.
    const dataCells = await page.locator('.cell-data').count();
    await page.locator('.data-age button', { hasText: 'Paste newer figures' }).click();
    await expect.poll(() => page.locator('.cell-data').count()).toBe(dataCells + 1);
    expect(await page.locator('.cell').nth(1).getAttribute('data-cell-type')).toBe('data');
    expect(await page.locator('.cell').nth(1).locator('table').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'notebook-default-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a tablet screen without sideways scrolling of the page', async () => {
    const { context, page } = await freshPage(browser());
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.locator('.cell-chart svg').first().waitFor();
    await page.waitForTimeout(300); // charts redraw at the new width
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const chartWidth = await page
      .locator('.cell-chart svg')
      .first()
      .evaluate((svg) => svg.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(820);
    await screenshot(page, 'notebook-tablet');
    await context.close();
  });

  it('moving a subsidy lever changes the voluntary SI year-end answer', async () => {
    const { context, page } = await freshPage(browser());
    const before = await medianOf(page, 'si.voluntary.share');
    const slider = page.locator('[data-lever="cityTopupOther"] input[type="range"]').first();
    await slider.fill('60');
    await expect.poll(() => medianOf(page, 'si.voluntary.share'), { timeout: 30_000 }).not.toBe(before);
    await ready(page);
    expect(await page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('true');
    await screenshot(page, 'notebook-lever-moved');
    await context.close();
  });

  it('saves, and reopening the saved file gives the same notebook', async () => {
    const { context, page } = await freshPage(browser());
    await page.locator('[data-lever="cityTopupOther"] input[type="range"]').first().fill('40');
    await ready(page);
    const median = await medianOf(page, 'si.voluntary.share');
    const cells = await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu', exact: true }).click()]);
    const saved = join(dir, 'saved.json');
    await download.saveAs(saved);
    const text = readFileSync(saved, 'utf8');
    expect(JSON.parse(text).levers.cityTopupOther).toBe(40);
    await page.reload();
    await ready(page);
    await page.locator('[data-testid="open-input"]').setInputFiles(saved);
    // The file is read before it opens, so "ready" can still be the page's own: wait for the file's name.
    await expect.poll(() => page.locator('[data-testid="saved-state"]').textContent()).toContain('saved.json');
    await ready(page);
    expect(await page.locator('[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')))).toEqual(cells);
    await expect.poll(() => medianOf(page, 'si.voluntary.share')).toBe(median);
    expect(await page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('false');
    await context.close();
  });

  it('autosave restores the notebook after a reload, with a visible note', async () => {
    const { context, page, dialogs } = await freshPage(browser());
    await page.locator('[data-lever="cityTopupOther"] input[type="range"]').first().fill('70');
    await ready(page);
    const median = await medianOf(page, 'si.voluntary.share');
    await page.waitForTimeout(1200); // autosave writes shortly after the last change
    await page.reload();
    expect(dialogs).toContain('beforeunload'); // unsaved changes: leaving asked first
    await ready(page);
    await page.locator('[data-testid="restored-note"]').waitFor();
    expect(await page.locator('[data-lever="cityTopupOther"] input[type="range"]').first().inputValue()).toBe('70');
    expect(await medianOf(page, 'si.voluntary.share')).toBe(median);
    await context.close();
  });

  it('runs nothing from a hostile file: scripts, event handlers and javascript: links', async () => {
    const { context, page, errors } = await freshPage(browser());
    const hostile = JSON.parse(SCENARIO);
    hostile.title = '<img src=x onerror="window.__pwned=1">';
    hostile.cells[0].text = [
      '# Hello <script>window.__pwned=2</script>',
      '<img src="x" onerror="window.__pwned=3">',
      '[click me](javascript:window.__pwned=4)',
      '<a href="JaVaScRiPt:window.__pwned=5">again</a>',
      '<svg onload="window.__pwned=6"></svg>',
      '<iframe src="javascript:window.__pwned=7"></iframe>',
    ].join('\n\n');
    await page.locator('[data-testid="open-input"]').setInputFiles(scenarioFile('hostile.json', JSON.stringify(hostile)));
    // The file is read, then opened: wait for its title before waiting for its answers.
    await expect.poll(() => page.locator('.toolbar .title input').inputValue(), { timeout: 30_000 }).toBe(hostile.title);
    await ready(page);
    await page.waitForTimeout(500);
    const link = page.locator('.cell-markdown a', { hasText: 'click me' });
    if ((await link.count()) > 0) await link.click({ modifiers: [] }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.cell-markdown script, .cell-markdown iframe').count()).toBe(0);
    const hrefs = await page.locator('.cell-markdown a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    const handlers = await page
      .locator('.cell-markdown *')
      .evaluateAll((els) => els.flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(await page.locator('.toolbar .title input').inputValue()).toBe(hostile.title); // shown as text
    await screenshot(page, 'notebook-hostile-file');
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('shows a malformed file’s error and keeps the open notebook', async () => {
    const { context, page } = await freshPage(browser());
    const title = await page.locator('.toolbar .title input').inputValue();
    const cells = await page.locator('[data-cell-id]').count();
    await page.locator('[data-testid="open-input"]').setInputFiles(scenarioFile('truncated.json', SCENARIO.slice(0, 400)));
    const panel = page.locator('[data-testid="file-issues"]');
    await panel.waitFor();
    // In the app's default language, Vietnamese, at the place the engine gives.
    expect(await panel.textContent()).toMatch(/truncated\.json:\d+:\d+: lỗi cú pháp JSON/);
    await page
      .locator('[data-testid="open-input"]')
      .setInputFiles(scenarioFile('out-of-range.json', SCENARIO.replace('"levers": {}', '"levers": {"cityTopupOther": 250}')));
    await expect.poll(() => panel.textContent()).toContain('levers.cityTopupOther: phải nằm trong khoảng 0 đến 100, nhưng đang là 250');
    expect(await page.locator('.toolbar .title input').inputValue()).toBe(title);
    expect(await page.locator('[data-cell-id]').count()).toBe(cells);
    await screenshot(page, 'notebook-bad-file');
    await context.close();
  });
});
