// The leadership preview and the exports in the built app: the print view shows every target,
// the answers CSV holds the numbers the preview shows, and charts download as SVG and PNG.
import { mkdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realRun } from '../unit/cells/real-engine.ts';
import { ARTIFACTS, sharedBrowser, screenshot, watchErrors } from './browser.ts';

/** A fresh browser profile per test: no autosave from another test. */
async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await ready(page);
  return { context, page, errors };
}

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

async function openPreview(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Báo cáo lãnh đạo' }).click();
  await page.locator('.preview-view tr[data-target]').first().waitFor();
  await ready(page);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** A number as the Vietnamese page writes it ("80.870,3 tỷ đồng", "95,65%"), and its decimals. */
function readVi(text: string): { value: number; decimals: number } {
  const m = /-?\d[\d.]*(,\d+)?/.exec(text);
  if (!m) throw new Error(`no number in "${text}"`);
  return { value: Number(m[0].replace(/\./g, '').replace(',', '.')), decimals: m[1] ? m[1].length - 1 : 0 };
}

/** The chance as shown ("94%", "< 1%", "> 99%") holds the exported probability. */
function expectShownChance(shown: string, p: number): void {
  if (shown.startsWith('<')) return expect(p).toBeLessThan(0.01);
  if (shown.startsWith('>')) return expect(p).toBeGreaterThan(0.99);
  expect(Math.abs(p * 100 - readVi(shown).value)).toBeLessThanOrEqual(0.5 + 1e-9);
}

describe('decision views: leadership preview and exports', () => {
  const browser = sharedBrowser();

  it('the print view renders every target', async () => {
    const { context, page, errors } = await freshPage(browser());
    await openPreview(page);
    const targets = realRun().result.targets.map((t) => t.target.id);
    const rows = page.locator('.preview-view tr[data-target]');
    expect(await rows.count()).toBe(targets.length);
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-target')))).sort()).toEqual([...targets].sort());
    await expect.poll(() => page.locator('.preview-view h2').textContent()).toContain('Hanoi 2025');
    expect(await page.locator('.preview-view .meta').textContent()).toMatch(/10\.000 đường mô phỏng/);
    for (const row of await rows.all()) {
      expect(await row.getAttribute('data-status')).toMatch(/^(good|watch|risk)$/);
      for (const cls of ['latest', 'median', 'range', 'plan', 'prob-meet', 'status', 'explanation'])
        expect((await row.locator(`.${cls}`).textContent())?.trim()).not.toBe('');
    }
    // Targets whose deadline has passed, answered from the data (met / missed / not known).
    const outcomes = realRun().result.outcomes.map((o) => o.target.id);
    const passed = page.locator('.preview-view tr[data-outcome-target]');
    expect((await passed.evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome-target')))).sort()).toEqual([...outcomes].sort());
    const hi2024 = page.locator('.preview-view tr[data-outcome-target="target.hi.coverage.2024-12-31"]');
    expect(await hi2024.locator('.outcome').textContent()).toBe('Đạt');
    expect(await hi2024.locator('.evidence').textContent()).toBe('95,25% ngày 31/12/2024');
    // The voluntary SI share's newer figure, implied by September's count, beside June's report;
    // its sum opens from the keyboard.
    const voluntary = page.locator('.preview-view tr[data-target="target.si.voluntary.share.2025-12-31"] .latest');
    expect(await voluntary.locator('.value').textContent()).toBe('3,51%');
    const implied = voluntary.locator('details.implied-latest');
    expect(await implied.locator(':scope > summary').textContent()).toBe('suy ra ≈ 4,02% (30/09/2025)');
    await implied.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    expect(await implied.locator(':scope > p').textContent()).toMatch(/^Số suy ra, không phải số báo cáo: 128\.567 người/);
    expect(await page.locator('.preview-view tr[data-target="target.hi.coverage.2025-12-31"] details.implied-latest').count()).toBe(0);
    await screenshot(page, 'preview-vi');

    expect(await voluntary.locator('.print-why').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    // A printed page cannot open the sum: it is written out.
    expect(await voluntary.locator('.print-why').isVisible()).toBe(true);
    expect(await page.locator('.toolbar').isVisible()).toBe(false);
    expect(await page.locator('[role="tablist"]').isVisible()).toBe(false);
    expect(await page.locator('.preview-view button').first().isVisible()).toBe(false);
    for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ path: new URL('preview.pdf', ARTIFACTS).pathname, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(page, 'preview-print');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the answers CSV parses back to the numbers shown', async () => {
    const { context, page, errors } = await freshPage(browser());
    await openPreview(page);
    const { download, bytes } = await downloaded(page, () => page.getByRole('button', { name: 'CSV câu trả lời' }).click());
    expect(download.suggestedFilename()).toMatch(/-answers\.csv$/);
    // In the Vietnamese UI the CSV is written as Excel in a Vietnamese locale reads it: a byte-order
    // mark, ';' between fields and ',' as the decimal mark (full precision, no grouping).
    const text = bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    const num = (field: string | undefined) => Number(field?.replace(',', '.'));
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['target_id', 'metric', 'metric_label']);
    const rows = page.locator('.preview-view tr[data-target]');
    expect(parsed.data).toHaveLength(await rows.count());
    for (const record of parsed.data) {
      const row = page.locator(`.preview-view tr[data-target="${record.target_id}"]`);
      const median = readVi((await row.locator('.median .value').textContent())!);
      expect(Math.abs(num(record.median) - median.value)).toBeLessThanOrEqual(0.5 * 10 ** -median.decimals + 1e-9);
      expectShownChance((await row.locator('.prob-meet').textContent())!.trim(), num(record.prob_meet));
    }
    const projections = await downloaded(page, () => page.getByRole('button', { name: 'CSV dự báo' }).click());
    expect(projections.bytes.toString('utf8').split('\r\n')[0]).toMatch(/^\uFEFFmetric;metric_label;unit;date;p2_5;/);
    const scenario = await downloaded(page, () => page.getByRole('button', { name: 'Tệp kịch bản' }).click());
    expect(JSON.parse(scenario.bytes.toString('utf8')).title).toContain('Hanoi 2025');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a chart downloads as SVG and as PNG', async () => {
    const { context, page, errors } = await freshPage(browser());
    const cell = page.locator('.cell-chart').first();
    await cell.locator('svg').first().waitFor();
    const svg = await downloaded(page, () => cell.locator('.export-svg').click());
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const png = await downloaded(page, () => cell.locator('.export-png').click());
    expect(png.download.suggestedFilename()).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await context.close();
  });
});
