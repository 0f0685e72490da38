// Layout and theme in the built app: at 1366 px every answer table fits its box (the notebook's,
// the compare view's with a comparison, the leadership preview's); at tablet width (768 px) no view
// scrolls sideways, and a box that does is a named region the keyboard can reach; the HI coverage
// chart opens on the forecast's year with the whole history one click away; the dark theme follows
// the system and its charts stand out from their background.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, sharedBrowser, watchErrors } from './browser.ts';

type Lang = 'vi' | 'en';
const LANGUAGE: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

async function open(browser: Browser, width: number, height: number): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(inject('baseUrl'));
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
  await page.locator('table.year-end tbody tr').first().waitFor({ timeout: 60_000 });
  return { context, page, errors };
}

/** Each table's width against the box it sits in (the nearest that clips or scrolls), where it does not fit. */
const tablesOverflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      let box = table.parentElement;
      while (box && box !== document.body && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
      const scrolls = box ? box.scrollWidth > box.clientWidth + 1 : false;
      const page = document.documentElement.scrollWidth > document.documentElement.clientWidth;
      return scrolls || page ? [`${table.className}: ${Math.round(table.getBoundingClientRect().width)} px in ${box?.clientWidth} px`] : [];
    }),
  );

/** Boxes that scroll sideways, and whether each is a named region in the Tab order. */
const sidewaysBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .map((el) => ({
        region: el.getAttribute('role') === 'region' && el.tabIndex === 0,
        named: Boolean(el.getAttribute('aria-label') || document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent),
      })),
  );

const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** WCAG contrast ratio of two rgb()/rgba() colours (the alpha is ignored). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const s = Number(c) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('layout and theme', () => {
  const browser = sharedBrowser();

  it('fits every answer table at 1366 px, in both languages', async () => {
    const { context, page, errors } = await open(browser(), 1366, 900);
    const tabs = page.locator('[role="tab"]');
    await tabs.nth(2).click();
    await page.locator('[data-testid="compare-input"]').setInputFiles('scenarios/hanoi-2025-city-topup-doubled.json');
    await page.locator('table.compare-table tbody tr').first().waitFor({ timeout: 60_000 });
    for (const lang of ['vi', 'en'] as const) {
      await page.getByLabel(LANGUAGE[lang]).check();
      await tabs.nth(0).click();
      await page.locator('table.year-end tbody tr').first().waitFor();
      expect(await page.locator('table.year-end thead th').count()).toBeGreaterThanOrEqual(9);
      expect(await tablesOverflowing(page)).toEqual([]);
      await tabs.nth(2).click();
      await page.locator('table.compare-table tbody tr').first().waitFor();
      expect(await page.locator('table.cost-table').count()).toBeGreaterThan(0);
      expect(await tablesOverflowing(page)).toEqual([]);
      await tabs.nth(3).click();
      await page.locator('.preview-view table.preview tbody tr').first().waitFor();
      expect(await tablesOverflowing(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not scroll sideways at tablet width: wide tables scroll in their own named, focusable region', async () => {
    const { context, page, errors } = await open(browser(), 768, 1024);
    const tabs = page.locator('[role="tab"]');
    const seen: Array<{ region: boolean; named: boolean }> = [];
    for (const lang of ['vi', 'en'] as const) {
      await page.getByLabel(LANGUAGE[lang]).check();
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await page.locator('[role="tabpanel"] :is(table, .compare-view, .preview-view)').first().waitFor();
        expect(await pageScrollsSideways(page)).toBe(false);
        // Boxes on screen are marked in the next animation frame; those in cells the browser skips
        // off screen (content-visibility) once the page has been quiet a moment (lib/scroll-region.ts).
        await expect.poll(async () => (await sidewaysBoxes(page)).filter((b) => !b.region || !b.named), { timeout: 5_000 }).toEqual([]);
        seen.push(...(await sidewaysBoxes(page)));
      }
    }
    await tabs.nth(0).click();
    await screenshot(page, 'tablet-notebook');
    // The year-end table does not fit 768 px: it scrolls inside its cell, which says what it is.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((b) => !b.region || !b.named)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the HI coverage forecast over its year, with the whole history one click away', async () => {
    const { context, page, errors } = await open(browser(), 1366, 900);
    const cell = page.locator('[data-cell-id="chart-hi-coverage"]');
    const toggle = cell.getByRole('button', { name: 'Toàn bộ lịch sử' });
    const dates = () => cell.locator('.tc-history title').allTextContents();
    const band = () =>
      cell
        .locator('.tc-band80 path')
        .first()
        .evaluate((p) => {
          const { width, height } = (p as SVGGraphicsElement).getBBox();
          return { width, height };
        });
    await cell.locator('.tc-band80 path').first().waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await dates()).some((t) => t.includes('29/02/2024'))).toBe(false);
    expect(await cell.locator('figcaption').textContent()).toMatch(/^Biểu đồ từ 31\/12\/2024; /);
    const year = await band();
    await screenshot(page, 'hi-coverage-year');

    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await dates()).some((t) => t.includes('29/02/2024'))).toBe(true);
    const whole = await band();
    // February 2024's 89.61% stretches the whole history; over the year the 80% band is readable.
    expect(year.height).toBeGreaterThan(4 * whole.height);
    expect(year.width).toBeGreaterThan(1.5 * whole.width);
    await page.getByLabel('English').check();
    expect(await cell.getByRole('button', { name: 'Whole history' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows a dark system setting, with charts that stand out from their background', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, colorScheme: 'dark' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    const chart = page.locator('[data-cell-id="chart-hi-coverage"]');
    await chart.locator('.tc-median path').waitFor({ timeout: 60_000 });
    const colors = await chart.evaluate((cell) => {
      const style = (selector: string) => getComputedStyle(cell.querySelector(selector)!);
      return {
        background: getComputedStyle(cell).backgroundColor,
        page: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(cell).color,
        median: style('.tc-median').stroke,
        history: style('.tc-history').fill,
        target: style('.tc-target').stroke,
        axis: style('svg [aria-label="y-axis tick label"]').fill,
      };
    });
    expect(contrast(colors.page, 'rgb(255, 255, 255)')).toBeGreaterThan(12); // a dark page
    expect(contrast(colors.text, colors.background)).toBeGreaterThanOrEqual(7);
    for (const mark of ['median', 'history', 'target', 'axis'] as const) {
      expect(contrast(colors[mark], colors.background), mark).toBeGreaterThanOrEqual(4.5);
    }
    await screenshot(page, 'notebook-dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
