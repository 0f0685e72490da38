// Sheets (sheet-cells.ts) to an .xlsx Blob with write-excel-file, loaded only when the user
// exports, so the library stays out of the first-load bundle. Dates go in as UTC midnight, which
// the library turns into whole Excel day numbers.
import type { Cell, Row, Sheet } from 'write-excel-file/universal';
import { DATE_FORMAT, type SheetCell, type SheetSpec } from './sheet-cells.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function cell(c: SheetCell): Cell {
  if (!c) return null;
  switch (c.kind) {
    case 'text':
      return c.bold ? { value: c.text, type: String, fontWeight: 'bold' } : { value: c.text, type: String };
    case 'number':
      return { value: c.value, type: Number, format: c.format };
    case 'date':
      return { value: new Date(`${c.date}T00:00:00Z`), type: Date, format: DATE_FORMAT };
  }
}

function sheet(spec: SheetSpec): Sheet<Blob> {
  return {
    sheet: spec.name,
    data: spec.rows.map((row): Row => row.map(cell)),
    columns: spec.widths.map((width) => ({ width })),
    stickyRowsCount: spec.frozenRows,
  };
}

export async function workbookBlob(sheets: readonly SheetSpec[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(sheets.map(sheet)).toBlob();
}
