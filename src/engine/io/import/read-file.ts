// A file the user chose to import, to a reading: a workbook (.xlsx, told by its zip signature, or
// an old .xls / encrypted file, told by its OLE signature, for the reader to name) or CSV text.
// Loaded by the engine service on the first import, so the readers and their libraries (fflate,
// saxen) stay out of the worker's first load.
import type { Validated } from '../issues.ts';
import type { MetricDef } from '../metric.ts';
import { csvWorkbook } from '../table/csv-grid.ts';
import { decodeText } from '../text-decode.ts';
import { readXlsx } from '../workbook/read-xlsx.ts';
import { interpretWorkbook } from './interpret.ts';
import type { ImportReading } from './reading.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function isWorkbook(bytes: Uint8Array, name: string): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE) || /\.xls[xm]?$/i.test(name);
}

export function readImportFile(
  file: { bytes: Uint8Array; name: string; sheet?: string },
  metrics: readonly MetricDef[],
): Validated<ImportReading> {
  const options = file.sheet === undefined ? {} : { sheet: file.sheet };
  if (isWorkbook(file.bytes, file.name)) {
    const book = readXlsx(file.bytes, file.name);
    return book.ok ? { ok: true, value: interpretWorkbook(book.value, metrics, options) } : book;
  }
  const text = decodeText(file.bytes, file.name);
  if (!text.ok) return text;
  const book = csvWorkbook(text.value, file.name);
  return book.ok ? { ok: true, value: interpretWorkbook(book.value, metrics, options) } : book;
}
