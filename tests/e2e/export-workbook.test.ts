// The workbook exports in the built app, read back: the Excel workbook (answers, projections,
// dataset: Vietnamese headers with units, numbers as numbers, dates as dates, the region named)
// and the import template, which the importer reads back to the very figures and targets.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readImportFile } from '../../src/engine/io/import/read-file.ts';
import { cellPlace, type GridCell, type SheetGrid } from '../../src/engine/io/table/grid.ts';
import { readXlsx } from '../../src/engine/io/workbook/read-xlsx.ts';
import { hanoi } from '../support/hanoi.ts';
import { sharedBrowser, watchErrors } from './browser.ts';

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

const textOf = (c: GridCell | null | undefined) => (c?.kind === 'text' ? c.text : '');
const rowTexts = (sheet: SheetGrid, r: number) => (sheet.rows[r] ?? []).map(textOf);

describe('workbook exports', () => {
  const browser = sharedBrowser();

  it('exports the workbook and the template, and both read back', async () => {
    const context = await browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Báo cáo lãnh đạo' }).click();
    await page.locator('.export-workbook:not([disabled])').waitFor();

    const workbook = await downloaded(page, '.export-workbook');
    expect(workbook.name).toMatch(/\.xlsx$/);
    const book = readXlsx(workbook.bytes, workbook.name);
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    expect(book.value.sheets.map((s) => s.name)).toEqual(['Câu trả lời', 'Dự báo', 'Dữ liệu']);
    const [answers, projections, data] = book.value.sheets as [SheetGrid, SheetGrid, SheetGrid];
    // Each sheet's title names the region as readers write it.
    for (const sheet of [answers, projections, data]) expect(textOf(sheet.rows[0]?.[0])).toContain('Hà Nội');
    // Answers: one row per target with the year-end median as a number in the metric's unit.
    const headerRow = answers.rows.findIndex((row) => row.some((c) => textOf(c) === 'Trung vị'));
    expect(headerRow).toBeGreaterThan(0);
    const header = rowTexts(answers, headerRow);
    const coverage = answers.rows.find((row) => row.some((c) => textOf(c).includes('Tỷ lệ bao phủ BHYT')));
    const median = coverage?.[header.indexOf('Trung vị')];
    expect(median?.kind).toBe('number');
    expect(median?.kind === 'number' && median.value > 90 && median.value <= 100).toBe(true);
    expect(header.join(' ')).toMatch(/Đơn vị/);
    // Projections: blocks headed by metric and unit, dates as date cells.
    expect(projections.rows.flat().some((c) => textOf(c) === 'Tỷ lệ bao phủ BHYT (%)')).toBe(true);
    expect(projections.rows.flat().some((c) => c?.kind === 'date')).toBe(true);
    // Dataset: every figure and target with its document.
    const opened = hanoi.scenarioData(hanoi.newScenario());
    if (!opened.ok) throw new Error('data');
    const documents = data.rows.flat().filter((c) => textOf(c).startsWith('00') && textOf(c).endsWith('.txt')).length;
    expect(documents).toBeGreaterThanOrEqual(opened.value.observations.length);

    // The template reads back as the same figures and targets.
    const template = await downloaded(page, '.export-template');
    const read = readImportFile({ bytes: template.bytes, name: template.name }, hanoi.context.metrics);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.problems).toEqual([]);
    const key = (r: { metric: string; region?: string; value: number }, date: string) => `${r.metric}|${r.region}|${date}|${r.value}`;
    expect(read.value.figures.map((f) => key(f, f.date)).sort()).toEqual(opened.value.observations.map((o) => key(o, o.asOf)).sort());
    expect(read.value.targets.map((t) => key(t, t.deadline)).sort()).toEqual(opened.value.targets.map((t) => key(t, t.deadline)).sort());
    expect(cellPlace({ format: 'xlsx', fileName: template.name }, 'Số liệu', 1, 4)).toBe("'Số liệu'!E2");
    expect(read.value.figures[0]!.place.cell).toMatch(/^'Số liệu'!E\d+$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
