// Budget cost in the browser: the cost columns in the Compare view and the leadership preview, and
// "the cheapest way" from the goal-seek answer cell, applied to its lever.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await ready(page);
  return { context, page, errors };
}

const ready = (page: Page) => page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });

/** The baseline scenario with a goal-seek cell on the voluntary SI share, written to a file. */
function seekFile(): string {
  const scenario = JSON.parse(readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8'));
  scenario.cells.push({
    id: 'seek',
    type: 'answer',
    kind: 'goal-seek',
    target: 'target.si.voluntary.share.2025-12-31',
    lever: 'cityTopupOther',
    probability: 0.97,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'targetcast-cost-')), 'seek.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('budget cost', () => {
  const browser = sharedBrowser();

  it('shows the cost by payer and per added member in the Compare view and the leadership preview', async () => {
    const { context, page, errors } = await freshPage(browser());
    await page.locator('[data-testid="open-input"]').setInputFiles(seekFile());
    await page.locator('.seek-form').waitFor();
    await ready(page);

    await page.getByRole('tab', { name: 'So sánh' }).click();
    await page.locator('[data-testid="compare-input"]').setInputFiles('scenarios/hanoi-2025-city-topup-doubled.json');
    const table = page.locator('.compare-view [data-testid="cost-table"]');
    const doubled = table.locator('tr[data-variant="1"][data-year="2025"]');
    await doubled.waitFor({ timeout: 60_000 });
    expect(await doubled.locator('.period').textContent()).toBe('01/10/2025 – 31/12/2025 (3 tháng)');
    expect(await doubled.locator('.city').textContent()).toMatch(/tỷ đồng.*cơ sở .* tỷ đồng/);
    expect(await doubled.locator('.extra').textContent()).toMatch(/^\+[\d.,]+ tỷ đồng$/);
    expect(await doubled.locator('.per-added').getAttribute('data-defined')).toBe('true');
    expect(await doubled.locator('.per-added').textContent()).toMatch(/triệu đồng\/người/);
    // The open scenario changes nothing against its baseline: no added member, no ratio.
    const base = table.locator('tr[data-variant="0"][data-year="2025"] .per-added');
    expect(await base.textContent()).toBe('không xác định (không có người tăng thêm)');
    // The HI support beside it: each lever's cost and the people it pays for, in Vietnamese.
    const hi = page.locator('.compare-view [data-testid="hi-cost-table"] tr[data-variant="1"][data-year="2025"]');
    expect(await hi.locator('.by-lever').textContent()).toMatch(/Thẻ BHYT miễn phí: .*tỷ đồng.*Hỗ trợ BHYT hộ cận nghèo: [\d.,]+ tỷ đồng \([\d.]+ người\)/);
    await screenshot(page, 'compare-cost');

    await page.getByRole('tab', { name: 'Báo cáo lãnh đạo' }).click();
    const preview = page.locator('.preview-view [data-testid="cost-table"] tr[data-year="2025"]');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.locator('.state').textContent()).toMatch(/tỷ đồng/);
    expect(await page.locator('.preview-view [data-testid="cost-table"] caption').textContent()).toMatch(/tỷ đồng/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds the cheapest way to a target and applies it', async () => {
    const { context, page, errors } = await freshPage(browser());
    await page.locator('[data-testid="open-input"]').setInputFiles(seekFile());
    await page.locator('.seek-form').waitFor();
    await ready(page);

    await page.locator('.seek-cheapest').click();
    const answer = page.locator('.seek-cheapest-answer[data-status="found"]');
    await answer.waitFor({ timeout: 120_000 });
    expect(await answer.locator('strong').textContent()).toMatch(/^Rẻ nhất: đặt .+ ở mức .+; chi phí hỗ trợ [\d.,]+ tỷ đồng \(01\/10\/2025 – 31\/12\/2025/);
    expect(await answer.locator('.cheapest-options li').count()).toBe(3);
    await screenshot(page, 'cheapest-way');
    await answer.locator('.seek-cheapest-apply').click();
    await page.locator('[data-lever].changed').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
