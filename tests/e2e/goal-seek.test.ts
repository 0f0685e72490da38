import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, screenshot } from './browser.ts';

/** "97,1%" or "97.1%" -> 97.1 */
const percent = (text: string | null) => Number((text ?? '').replace('%', '').replace(/\s/g, '').replace(',', '.'));

describe('goal seek in the notebook', () => {
  const browser = sharedBrowser();

  it('finds a lever value that, applied, meets the target in the answer cell', async () => {
    const scenario = JSON.parse(readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8'));
    scenario.cells.push({
      id: 'seek',
      type: 'answer',
      kind: 'goal-seek',
      target: 'target.si.voluntary.share.2025-12-31',
      lever: 'cityTopupOther',
      probability: 0.97,
    });
    const file = join(mkdtempSync(join(tmpdir(), 'targetcast-seek-')), 'seek.json');
    writeFileSync(file, JSON.stringify(scenario));

    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="open-input"]').setInputFiles(file);
    await page.locator('.seek-form').waitFor();
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });

    const probability = page.locator('.cell-answer [data-metric="si.voluntary.share"] .prob-meet').first();
    expect(percent(await probability.textContent())).toBeLessThan(97); // not met before

    await page.locator('.seek-find').click();
    await page.locator('.seek-result[data-status="found"]').waitFor({ timeout: 60_000 });
    await page.locator('.seek-apply').click();
    await page.locator('[data-lever="cityTopupOther"].changed').waitFor();
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await expect.poll(async () => percent(await probability.textContent()), { timeout: 30_000 }).toBeGreaterThanOrEqual(97);
    const applied = Number(await page.locator('[data-lever="cityTopupOther"] input[type="range"]').first().inputValue());
    expect(applied).toBeGreaterThan(10);
    await screenshot(page, 'goal-seek-applied');
    await context.close();
  });
});
