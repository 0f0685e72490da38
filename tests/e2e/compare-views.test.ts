// Decision views in the browser: the Compare tab with a shipped scenario file added, and the
// sensitivity answer's tornado chart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

const VOLUNTARY = 'target.si.voluntary.share.2025-12-31';

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
  return { context, page, errors };
}

describe('decision views', () => {
  const browser = sharedBrowser();

  it('compares the baseline with the city top-up file and shows the difference', async () => {
    const { context, page, errors } = await freshPage(browser());
    await page.getByRole('tab', { name: 'So sánh' }).click();
    await page.locator('[data-testid="compare-input"]').setInputFiles('scenarios/hanoi-2025-city-topup-doubled.json');
    const row = page.locator(`table.compare-table tr[data-target="${VOLUNTARY}"]`);
    const diff = row.locator('td.diff[data-variant="1"] .diff-median');
    await diff.waitFor({ timeout: 60_000 });
    expect(await diff.textContent()).toMatch(/^\+\d/);
    expect(await row.locator('td.diff[data-variant="1"]').getAttribute('data-sign')).toBe('1');
    const base = await row.locator('td.median[data-variant="0"]').textContent();
    const doubled = await row.locator('td.median[data-variant="1"]').textContent();
    expect(base).not.toEqual(doubled);
    expect(await page.locator('.compare-chart svg .tc-variant').count()).toBeGreaterThan(1);
    await screenshot(page, 'compare-view');

    // A bad file shows its problems and changes nothing else.
    const bad = join(mkdtempSync(join(tmpdir(), 'targetcast-compare-')), 'bad.json');
    writeFileSync(bad, '{"format":"targetcast-scenario","version":1,"title":"x","levers":{"cityTopupOther":250}}');
    await page.locator('[data-testid="compare-input"]').setInputFiles(bad);
    await page.locator('[data-testid="compare-problems"]').waitFor();
    expect(await page.locator('[data-testid="compare-problems"]').textContent()).toContain('cityTopupOther');
    expect(await row.locator('td.median[data-variant="1"]').textContent()).toEqual(doubled);
    expect(await page.locator('table.compare-table th.variant').count()).toBe(2);

    // The added file stays through a visit to another view, and is compared again on return.
    await page.getByRole('tab', { name: 'Sổ tính' }).click();
    await page.getByRole('tab', { name: 'So sánh' }).click();
    await row.locator('td.median[data-variant="1"]').waitFor({ timeout: 60_000 });
    expect(await row.locator('td.median[data-variant="1"]').textContent()).toEqual(doubled);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a tornado chart for the sensitivity answer', async () => {
    const { context, page, errors } = await freshPage(browser());
    const cell = page.locator('.answer-cell[data-kind="sensitivity"]').first();
    await cell.locator('.sens-compute').click();
    const chart = cell.locator(`.tornado-chart[data-target="${VOLUNTARY}"] svg`);
    await chart.waitFor({ timeout: 60_000 });
    expect(await chart.locator('.tc-tornado-high rect, .tc-tornado-low rect').count()).toBeGreaterThan(1);
    await cell.locator('.tornado-chart').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'sensitivity-tornado');
    expect(errors).toEqual([]);
    await context.close();
  });
});
