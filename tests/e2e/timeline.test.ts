// The policy calendar in the built app: a timeline cell added from the menu lists the dated
// instruments in order, says what the open scenario does with each, and is read as a list and
// reached by keyboard. The cell added is brought into view and focused.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot, watchErrors } from './browser.ts';

describe('the policy calendar timeline', () => {
  const browser = sharedBrowser();

  it('lists the instruments by date with what the scenario does with each, in a list reached by keyboard', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(inject('baseUrl'));
      await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
      const kind = page.locator('.add-cell select');
      await kind.selectOption('timeline');
      await expect.poll(() => kind.inputValue()).toBe('timeline');
      await page.locator('.add-cell button').click();
      // The new cell is brought into view and takes the focus, named after its kind.
      const cell = page.locator('section.cell-timeline');
      await expect.poll(() => cell.count()).toBe(1);
      await expect.poll(() => cell.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await cell.getAttribute('aria-label')).toBe('Lịch chính sách');
      const timeline = page.getByTestId('timeline');
      await timeline.waitFor();
      // Still in view once its kind has loaded and the cells around it are laid out.
      const top = await cell.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(900);
      const entries = timeline.locator('li.timeline-entry');
      expect(await entries.count()).toBe(10);
      const dates = await timeline.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
      expect(dates).toEqual([...dates].sort());
      expect(dates).toContain('2026-01-01');
      const entry = (id: string) => timeline.locator(`li[data-entry="${id}"]`);
      expect(await entry('decree-159-2025').getAttribute('data-effect')).toBe('in-data');
      expect(await entry('minimum-wage-2026').getAttribute('data-effect')).toBe('not-modelled');
      expect(await entry('hanoi-topup-2026').textContent()).toMatch(/19\/2025\/NQ-HĐND/);
      expect(await entry('hanoi-topup-2022').textContent()).toMatch(/theo báo cáo, chưa đối chiếu được/);
      // Read as a list of labelled items; its source links take the keyboard focus.
      expect(await page.getByRole('list').filter({ hasText: '159/2025/NĐ-CP' }).count()).toBe(1);
      expect(await timeline.getByRole('listitem').count()).toBe(10);
      const link = entry('decree-159-2025').getByRole('link').first();
      await link.focus();
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      await screenshot(page, 'timeline');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
