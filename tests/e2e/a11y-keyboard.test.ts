// The notebook from the keyboard alone: Tab reaches every control with a visible focus ring, the
// view tabs follow the tabs pattern (arrow keys, Home/End, one tab stop, a panel per tab), and a
// planner moves a lever, undoes the move (Ctrl+Z) and saves the notebook (Ctrl+S) without a mouse; the answer
// changes with the lever and returns with the undo.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, watchErrors } from './browser.ts';

const YEAR_END = '.cell-answer table.year-end tbody';

interface Stop {
  what: string;
  /** The focus ring as drawn: the outline's style and width in px. */
  outline: string;
  ringed: boolean;
  slider: boolean;
  tab: boolean;
}

/** Tab to the next control and describe it. */
async function tabStop(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return {
      what: `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}.${el.className} "${name}"`,
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      ringed: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      slider: el.matches('.cell-levers input[type="range"]'),
      tab: el.getAttribute('role') === 'tab',
    };
  });
}

const selectedTab = (page: Page) =>
  page.evaluate(() => {
    const tab = document.querySelector('[role="tab"][aria-selected="true"]')!;
    const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
    return {
      tab: tab.textContent?.trim(),
      focused: document.activeElement === tab,
      tabStops: document.querySelectorAll('[role="tab"]:not([tabindex="-1"])').length,
      panelLabelledBy: panel?.getAttribute('role') === 'tabpanel' && panel.getAttribute('aria-labelledby') === tab.id,
    };
  });

describe('keyboard only', () => {
  const browser = sharedBrowser();

  it('reaches every control with a visible focus, switches views with the arrow keys, moves a lever, undoes it and saves with the keyboard', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    // Save downloads the file (a native save dialog cannot be driven headless).
    await context.addInitScript(() => {
      delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.locator(YEAR_END).first().waitFor({ timeout: 60_000 });
    const answer = () => page.locator(YEAR_END).first().textContent();
    const before = await answer();

    // Tab from the top of the page to the first lever's slider, checking every stop on the way.
    const stops: Stop[] = [];
    let stop = await tabStop(page);
    while (!stop.slider && stops.length < 400) {
      stops.push(stop);
      if (stop.tab) {
        // The view tabs: the arrow keys move and show, Home and End go to the ends, one tab stop.
        expect(await selectedTab(page)).toEqual({ tab: 'Sổ tính', focused: true, tabStops: 1, panelLabelledBy: true });
        await page.keyboard.press('ArrowRight');
        expect(await selectedTab(page)).toEqual({ tab: 'Dữ liệu', focused: true, tabStops: 1, panelLabelledBy: true });
        await page.locator('table.metrics').first().waitFor();
        await page.keyboard.press('End');
        expect(await selectedTab(page)).toMatchObject({ tab: 'Báo cáo lãnh đạo', focused: true });
        await page.keyboard.press('ArrowRight');
        expect(await selectedTab(page)).toMatchObject({ tab: 'Sổ tính', focused: true });
        await page.keyboard.press('End');
        await page.keyboard.press('Home');
        expect(await selectedTab(page)).toEqual({ tab: 'Sổ tính', focused: true, tabStops: 1, panelLabelledBy: true });
        await page.locator(YEAR_END).first().waitFor();
      }
      stop = await tabStop(page);
    }
    expect(stop.slider).toBe(true);
    expect(stops.filter((s) => s.tab)).toHaveLength(1);
    expect(stops.length).toBeGreaterThan(20);
    expect(stops.filter((s) => !s.ringed).map((s) => `${s.what}: ${s.outline}`)).toEqual([]);
    expect(stop.ringed).toBe(true);

    // The lever to its maximum (one move), and the answer changes.
    const lever = page.locator('.cell-levers input[type="range"]').first();
    const id = await lever.evaluate((el) => (el.closest('[data-lever]') as HTMLElement).dataset.lever!);
    const start = await lever.inputValue();
    await page.keyboard.press('End');
    expect(await lever.inputValue()).not.toBe(start);
    await expect.poll(answer, { timeout: 60_000 }).not.toBe(before);
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });

    // Ctrl+Z with the focus still on the slider takes the move back, and the answer returns.
    await page.keyboard.press('Control+z');
    await expect.poll(() => lever.inputValue()).toBe(start);
    await expect.poll(answer, { timeout: 60_000 }).toBe(before);

    // Ctrl+S saves, the focus still on the slider.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    // The file has the lever where the undo left it: at its start (a default value is not written).
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as { levers: Record<string, number> };
    expect([undefined, Number(start)]).toContain(saved.levers[id]);
    expect(await page.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('moves, duplicates and adds a cell from the keyboard, the focus and the view following the cell', async () => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    const ids = () => page.locator('section[data-cell-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-id')!));
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cell = el.closest('section[data-cell-id]');
        const top = cell?.getBoundingClientRect().top ?? NaN;
        return {
          cell: cell?.getAttribute('data-cell-id'),
          label: el.getAttribute('aria-label'),
          inView: top < innerHeight && (cell?.getBoundingClientRect().bottom ?? -1) > 0,
        };
      });
    const start = await ids();
    const second = start[1]!;

    // Down from the keyboard: the cell moves, the focus stays on its button, the cell stays in view.
    await page.locator(`[data-cell-id="${second}"] button[aria-label="Chuyển ô xuống"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(ids).toEqual([start[0], start[2], second, ...start.slice(3)]);
    expect(await focused()).toEqual({ cell: second, label: 'Chuyển ô xuống', inView: true });
    // Up to the top: its Up button no longer applies, so the focus goes to the cell itself.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(ids).toEqual([second, start[0], start[2], ...start.slice(3)]);
    expect(await focused()).toEqual({ cell: second, label: 'Biểu đồ', inView: true });

    // Duplicate: the copy comes right after it, in view and focused.
    await page.locator(`[data-cell-id="${second}"] button[aria-label="Nhân bản ô"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await ids()).length).toBe(start.length + 1);
    const copy = (await ids())[1]!;
    expect(copy).not.toBe(second);
    expect(await focused()).toMatchObject({ cell: copy, inView: true });

    // Add: the new cell at the end is brought into view and focused.
    await page.locator('.add-cell select').selectOption('markdown');
    await page.locator('.add-cell button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await ids()).length).toBe(start.length + 2);
    expect(await focused()).toMatchObject({ cell: (await ids()).at(-1), inView: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
