// Accessibility of the built app: axe-core finds no serious or critical violation on any view or
// dialog (the notebook with a cell of every kind and an answer of every kind, worked, its scenario
// name form and the shortcuts help; the data view
// and its target form; the compare view with a comparison; the leadership preview; the import
// preview), in Vietnamese and in English, in the light theme and in the dark one (the system's
// prefers-color-scheme, where colour contrast is checked again).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { screenshot, sharedBrowser, watchErrors } from './browser.ts';

type Lang = 'vi' | 'en';
const LANGUAGE: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };
const TABS: Record<Lang, { notebook: string; data: string; compare: string; preview: string }> = {
  vi: { notebook: 'Sổ tính', data: 'Dữ liệu', compare: 'So sánh', preview: 'Báo cáo lãnh đạo' },
  en: { notebook: 'Notebook', data: 'Data', compare: 'Compare', preview: 'Leadership preview' },
};

const csv = join(mkdtempSync(join(tmpdir(), 'targetcast-a11y-')), 'so-lieu-thang-10.csv');
writeFileSync(csv, 'Chỉ tiêu;Ngày;Giá trị\nTỷ lệ bao phủ BHYT;31/10/2025;95,6\n');

/** One cell of every kind, and an answer cell of every kind, with the goal seek and the sensitivity sweep run. */
async function everyCellAndAnswer(page: Page): Promise<void> {
  const kinds = await page.locator('.add-cell select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const kind of kinds) {
    await page.locator('.add-cell select').selectOption(kind);
    await page.locator('.add-cell button').click();
  }
  for (const answer of ['target-date', 'goal-seek', 'sensitivity', 'compare']) {
    await page.locator('.add-cell select').selectOption('answer');
    await page.locator('.add-cell button').click();
    await page.locator('.cell-answer').last().locator('.answer-kind select').selectOption(answer);
  }
  await page.locator('.seek-find').last().click();
  await page.locator('.seek-result').last().waitFor({ timeout: 60_000 });
  await page.locator('.sens-compute').last().click();
  await page.locator('table.tornado').first().waitFor({ timeout: 90_000 });
}

describe('accessibility (axe-core)', () => {
  const browser = sharedBrowser();

  it.each<Lang>(['vi', 'en'])(
    'finds no serious or critical violation on any view or dialog, light and dark (%s)',
    async (lang) => {
      const context = await browser().newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      page.on('dialog', (dialog) => void dialog.accept());
      await page.goto(inject('baseUrl'));
      await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
      await page.getByLabel(LANGUAGE[lang]).check();
      await everyCellAndAnswer(page);
      const tabs = TABS[lang];
      await page.getByRole('tab', { name: tabs.compare }).click();
      await page.locator('[data-testid="compare-input"]').setInputFiles('scenarios/hanoi-2025-city-topup-doubled.json');
      await page.locator('table.compare-table tbody tr').first().waitFor({ timeout: 60_000 });

      const found: string[] = [];
      const scanned: string[] = [];
      const scan = async (state: string) => {
        scanned.push(state);
        found.push(...(await seriousViolations(page, state)));
      };
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByRole('tab', { name: tabs.notebook }).click();
        await page.locator('table.year-end tbody tr').first().waitFor();
        await page.locator('[data-cell-id="chart-hi-coverage"] svg').first().waitFor();
        await scan(`${scheme} notebook`);
        await page.locator('[data-testid="variant-new"]').click();
        await page.locator('[data-testid="variant-name-form"]').waitFor();
        await scan(`${scheme} scenario name form`);
        await page.locator('[data-testid="variant-name"]').press('Escape');
        await page.locator('[data-testid="variant-name-form"]').waitFor({ state: 'detached' });
        await page.locator('body').press('?');
        await page.locator('[data-testid="shortcuts-help"]').waitFor();
        await scan(`${scheme} shortcuts help`);
        await page.keyboard.press('Escape');
        await page.locator('[data-testid="shortcuts-help"]').waitFor({ state: 'hidden' });

        await page.getByRole('tab', { name: tabs.data }).click();
        await page.locator('table.metrics tbody tr').first().waitFor();
        await scan(`${scheme} data`);
        await page.locator('.target-add').click();
        await page.locator('form.target-form').waitFor();
        await scan(`${scheme} target form`);
        await page.keyboard.press('Escape');
        await page.locator('form.target-form').waitFor({ state: 'detached' });

        await page.getByRole('tab', { name: tabs.compare }).click();
        await page.locator('table.compare-table tbody tr').first().waitFor();
        await page.locator('.compare-chart svg').first().waitFor();
        await scan(`${scheme} compare`);

        await page.getByRole('tab', { name: tabs.preview }).click();
        await page.locator('.preview-view table.preview tbody tr').first().waitFor();
        await scan(`${scheme} preview`);

        await page.locator('[data-testid="import-button-input"]').setInputFiles(csv);
        const dialog = page.locator('[data-testid="import-dialog"]');
        await dialog.locator('h2').waitFor();
        await scan(`${scheme} import dialog`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        await screenshot(page, `a11y-${lang}-${scheme}`);
      }
      expect(scanned).toHaveLength(16);
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    300_000,
  );
});
