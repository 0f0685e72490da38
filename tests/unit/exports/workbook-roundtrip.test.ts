// The exported workbooks read back by the project's own readers: every cell by the .xlsx reader
// (text, numbers, dates as written), and the import template by the importer (the same figures
// and targets as the dataset it came from, in both UI languages).
import { beforeAll, describe, expect, it } from 'vitest';
import { HANOI_DATASET, METRICS } from '../../../src/data/index.ts';
import type { MetricDef } from '../../../src/engine/index.ts';
import { readImportFile } from '../../../src/engine/io/import/read-file.ts';
import type { GridCell } from '../../../src/engine/io/table/grid.ts';
import { readXlsx } from '../../../src/engine/io/workbook/read-xlsx.ts';
import { PROBABILITY_FORMAT, type SheetCell, type SheetSpec } from '../../../src/ui/exports/sheet-cells.ts';
import { templateSheets } from '../../../src/ui/exports/template-sheets.ts';
import { workbookBlob } from '../../../src/ui/exports/workbook-file.ts';
import { workbookSheets } from '../../../src/ui/exports/workbook-sheets.ts';
import { realRun } from '../cells/real-engine.ts';

const BUILT_IN = new Set(METRICS.map((m) => m.id));
const bytesOf = async (sheets: SheetSpec[]) => new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer());

/** What the reader should make of a cell we wrote. */
function expected(cell: SheetCell): GridCell | null {
  if (!cell) return null;
  if (cell.kind === 'text') return { kind: 'text', text: cell.text };
  if (cell.kind === 'date') return { kind: 'date', date: cell.date };
  return cell.format === PROBABILITY_FORMAT ? { kind: 'number', value: cell.value, percent: true } : { kind: 'number', value: cell.value };
}

async function expectReadBack(sheets: SheetSpec[]): Promise<void> {
  const book = readXlsx(await bytesOf(sheets), 'export.xlsx');
  if (!book.ok) throw new Error(JSON.stringify(book.issues));
  expect(book.value.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
  for (const [i, spec] of sheets.entries()) {
    const grid = book.value.sheets[i]!;
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = grid.rows[r]?.[c] ?? null;
        expect(
          got && got.kind === 'number' && !got.percent ? { kind: 'number', value: got.value } : got,
          `${spec.name} r${r} c${c}`,
        ).toEqual(expected(cell));
      }),
    );
  }
}

describe('exported workbooks read back by the .xlsx reader', () => {
  it('the workbook: every text, number and date as written', async () => {
    const run = realRun();
    const { dataset, region, regionNames, metrics } = run.opened;
    await expectReadBack(workbookSheets({ result: run.result, dataset, region, regionNames, metrics, scenarioTitle: 'Thử', lang: 'vi' }));
  });

  it('the template', async () => {
    await expectReadBack(templateSheets({ dataset: HANOI_DATASET, metrics: METRICS, builtIn: BUILT_IN, lang: 'en' }));
  });
});

describe('the import template read by the importer', () => {
  const own: MetricDef = {
    id: 'own.units-in-arrears',
    label: { vi: 'Số đơn vị nợ đọng', en: 'Units in arrears' },
    unit: 'cases',
    kind: 'stock',
    scheme: 'other',
    headline: false,
  };
  const readings: Record<'vi' | 'en', ReturnType<typeof readImportFile>> = {} as never;
  beforeAll(async () => {
    for (const lang of ['vi', 'en'] as const) {
      const bytes = await bytesOf(templateSheets({ dataset: HANOI_DATASET, metrics: [...METRICS, own], builtIn: BUILT_IN, lang }));
      readings[lang] = readImportFile({ bytes, name: 'template.xlsx' }, METRICS);
    }
  });

  for (const lang of ['vi', 'en'] as const)
    it(`gives back the dataset's figures and targets (${lang})`, () => {
      const reading = readings[lang];
      if (!reading.ok) throw new Error(JSON.stringify(reading.issues));
      const { figures, targets, problems } = reading.value;
      expect(problems).toEqual([]);
      const figureKey = (f: { metric: string; region?: string; date: string; value: number; qualifier: string; unit?: string }) =>
        [f.metric, f.region, f.date, f.value, f.qualifier, f.unit].join('|');
      expect(figures.map(figureKey).sort()).toEqual(HANOI_DATASET.observations.map((o) => figureKey({ ...o, date: o.asOf })).sort());
      expect(targets.map((t) => figureKey({ ...t, date: t.deadline })).sort()).toEqual(
        HANOI_DATASET.targets.map((t) => figureKey({ ...t, date: t.deadline })).sort(),
      );
    });
});
