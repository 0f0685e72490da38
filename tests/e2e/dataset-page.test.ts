import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, watchErrors } from './browser.ts';

describe('the data view: the embedded Hanoi dataset', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    await page.locator('table.metrics tbody tr').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens in Vietnamese with Vietnamese number and date formats', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const hi = page.locator('tr[data-metric="hi.participants"][data-region="Hanoi"]');
    await expect.poll(() => hi.locator('td.value').textContent()).toBe('khoảng 8.240.000 người');
    expect(await hi.locator('td').nth(2).textContent()).toBe('30/09/2025');
    const revenue = page.locator('tr[data-metric="revenue.total"][data-region="Hanoi"]');
    expect(await revenue.locator('td.value').textContent()).toBe('hơn 56.738 tỷ đồng');
    expect(await revenue.locator('td.num').nth(1).textContent()).toContain('76.384 tỷ đồng');
    await screenshot(page, 'dataset-vi');
  });

  it('lists every headline metric with its source sentence', async () => {
    const rows = page.locator('table.metrics').first().locator('tbody tr');
    expect(await rows.count()).toBe(9);
    const coverage = page.locator('tr[data-metric="hi.coverage"][data-region="Hanoi"]');
    await coverage.locator('details.source summary').click();
    expect(await coverage.locator('blockquote').textContent()).toContain('95.56% of the capital');
  });

  it('shows the contradictions between reports', async () => {
    expect(await page.locator('[data-note="hi-coverage-feb-2024"]').textContent()).toContain('89,61%');
    // The voluntary SI share has its own base (the informal workforce), so the findings are the mixed
    // population bases of HI coverage and the share targets that disagree with head-count targets.
    expect(await page.locator('.findings li[data-kind="mixed-denominator"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.findings li[data-kind="target-mismatch"]').count()).toBeGreaterThan(0);
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await page.getByLabel('English').check();
    const hi = page.locator('tr[data-metric="hi.participants"][data-region="Hanoi"]');
    await expect.poll(() => hi.locator('td.value').textContent()).toBe('about 8,240,000 people');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'dataset-en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('targetcast: Hanoi social-insurance targets');
    await page.getByRole('tab', { name: 'Data' }).click();
    await expect.poll(() => hi.locator('td.value').textContent()).toBe('about 8,240,000 people');
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
