// Hostile and malformed workbooks imported into an open notebook, through the store and the real
// engine: each gives its message (or its problems in the preview), and the notebook is untouched,
// with nothing to undo, until the user confirms.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeScenario } from '../../src/engine/index.ts';
import { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';
import { inProcessEngine } from '../support/in-process-engine.ts';
import { cell, inline, num, patchZipEntry, row, xlsxBytes } from '../support/xlsx-fixtures.ts';

const BASELINE = readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8').replace('"paths": 10000', '"paths": 400');
const SHEET1 = 'xl/worksheets/sheet1.xml';

async function openedStore() {
  const { engine } = inProcessEngine();
  const store = new NotebookStore(engine);
  expect(await store.openFile(BASELINE, 'baseline.json')).toBe(true);
  return store;
}

const header = (r: number) => row(r, inline(`A${r}`, 'Chỉ tiêu'), inline(`B${r}`, 'Ngày'), inline(`C${r}`, 'Giá trị'));
const figure = (r: number, value: string) => row(r, inline(`A${r}`, 'hi.coverage'), inline(`B${r}`, `${r}/10/2025`), value);

/** A file the reader refuses: [what it is, its bytes, the message key]. */
const REFUSED: Array<[string, () => Uint8Array, string]> = [
  ['not a workbook at all', () => new TextEncoder().encode('PK this is not a zip'), 'xlsxNotZip'],
  ['a password-protected workbook (an OLE file)', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]), 'xlsxEncryptedOrXls'],
  [
    'a zip bomb (a sheet that unpacks a thousand times its size, declaring 1 KB)',
    () =>
      patchZipEntry(
        xlsxBytes({ level: 9, sheets: [{ name: 'S', rows: '' }], parts: { [SHEET1]: `<worksheet><sheetData>${' '.repeat(30_000_000)}</sheetData></worksheet>` } }),
        SHEET1,
        { declaredSize: 1000 },
      ),
    'xlsxCompressionRatio',
  ],
  [
    'entity expansion (billion laughs)',
    () =>
      xlsxBytes({
        sheets: [{ name: 'S', rows: '' }],
        parts: {
          [SHEET1]: `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`,
        },
      }),
    'xlsxXmlDoctype',
  ],
];

describe('a hostile workbook leaves the notebook as it was', () => {
  it.each(REFUSED)('%s', async (_what, bytes, key) => {
    const store = await openedStore();
    const before = serializeScenario(store.snapshot(new Date(0)));
    expect(await store.previewImport({ bytes: bytes(), name: 'bad.xlsx' })).toBe(false);
    expect(store.fileIssues?.issues.map((i) => i.key)).toEqual([key]);
    expect(store.fileIssues?.issues[0]!.message).not.toMatch(/\{\w+\}/);
    expect(store.importPreview).toBeNull();
    expect(serializeScenario(store.snapshot(new Date(0)))).toBe(before);
    expect(store.canUndo).toBe(false);
  });

  it('reads a formula’s saved value (never evaluating it), lists a formula without one, and skips a hidden sheet', async () => {
    const store = await openedStore();
    const before = serializeScenario(store.snapshot(new Date(0)));
    const bytes = xlsxBytes({
      sheets: [
        {
          name: 'Số liệu',
          rows: [
            header(1),
            figure(10, cell('C10', '<f>95+0.7</f><v>95.7</v>')),
            figure(11, cell('C11', '<f>WEBSERVICE("http://example.com")</f>')),
          ].join(''),
        },
        { name: 'Ẩn', state: 'hidden', rows: [header(1), figure(12, num('C12', 99))].join('') },
      ],
    });
    expect(await store.previewImport({ bytes, name: 'formulas.xlsx' })).toBe(true);
    const preview = store.importPreview!;
    expect(preview.added.map((o) => [o.asOf, o.value, o.source.place])).toEqual([['2025-10-10', 95.7, "'Số liệu'!C10"]]);
    expect(preview.problems.map((p) => [p.where, p.key])).toEqual([["'Số liệu'!C11", 'importFormulaNoValue']]);
    expect(preview.sheets.find((s) => s.name === 'Ẩn')).toMatchObject({ hidden: true, layout: null });
    expect(serializeScenario(store.snapshot(new Date(0)))).toBe(before);
    store.cancelImport();
    expect(serializeScenario(store.snapshot(new Date(0)))).toBe(before);
    expect(store.canUndo).toBe(false);
  });

  it('reads a sheet of 100,000 rows into a preview (the notebook keeps at most 10,000 own figures, and says so)', async () => {
    const store = await openedStore();
    const before = serializeScenario(store.snapshot(new Date(0)));
    const rows = [header(1)];
    const metrics = ['hi.participants', 'si.compulsory.participants', 'si.voluntary.participants', 'ui.participants', 'pension.beneficiaries'];
    for (let i = 0; i < 100_000; i++) {
      const r = i + 2;
      const d = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / metrics.length))).toISOString().slice(0, 10);
      rows.push(row(r, inline(`A${r}`, metrics[i % metrics.length]!), inline(`B${r}`, d), num(`C${r}`, 1_000_000 + i)));
    }
    const started = performance.now();
    expect(await store.previewImport({ bytes: xlsxBytes({ sheets: [{ name: 'S', rows: rows.join('') }] }), name: 'big.xlsx' })).toBe(true);
    const ms = performance.now() - started;
    const preview = store.importPreview!;
    expect(preview.problems).toEqual([]);
    // Rows on the dates of the embedded figures revise them; the rest are new.
    expect(preview.revisions.length).toBeGreaterThan(0);
    expect(preview.added.length + preview.revisions.length).toBe(100_000);
    expect(await store.confirmImport({ mode: 'add', region: 'Hanoi', acceptMetrics: [], keepExisting: [] })).toBe(false);
    expect(store.fileIssues?.issues[0]).toMatchObject({ where: 'data.observations', key: 'itemsAtMost' });
    expect(serializeScenario(store.snapshot(new Date(0)))).toBe(before);
    expect(store.canUndo).toBe(false);
    console.log(`100,000-row sheet previewed in ${Math.round(ms)} ms`);
  }, 120_000);
});
