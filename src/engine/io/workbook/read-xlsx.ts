// The .xlsx reader: workbook bytes to the grids the importers read (src/engine/io/table/grid.ts),
// or the one problem that stops it. Pure and synchronous, for the import worker and the CLI alike.
// A workbook is a zip package: _rels/.rels names the workbook part, whose relationships name its
// sheets, shared strings and styles. Every bound it keeps is in WORKBOOK_LIMITS.
import { msg } from '../../messages.ts';
import { sizeMessage, type Validated } from '../issues.ts';
import type { SheetGrid, Workbook } from '../table/grid.ts';
import { WORKBOOK_LIMITS, type WorkbookLimits } from './limits.ts';
import { fail, WorkbookProblem } from './problem.ts';
import { readRelationships, relationshipOfType } from './rels.ts';
import { readSharedStrings } from './shared-strings.ts';
import { readSheetXml, type GridTotals } from './sheet-xml.ts';
import { readStyles } from './styles.ts';
import { LimitedZip } from './unzip-limited.ts';
import { readWorkbookXml } from './workbook-xml.ts';

export { WORKBOOK_LIMITS, type WorkbookLimits } from './limits.ts';

/** Every sheet of the workbook, hidden ones included (marked), in tab order; chart sheets are left out. */
export function readXlsx(bytes: Uint8Array, fileName: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Validated<Workbook> {
  try {
    return { ok: true, value: { fileName, format: 'xlsx', sheets: readSheets(bytes, fileName, limits) } };
  } catch (error) {
    if (error instanceof WorkbookProblem) return { ok: false, issues: [error.issue] };
    throw error;
  }
}

function readSheets(bytes: Uint8Array, where: string, limits: WorkbookLimits): SheetGrid[] {
  checkContainer(bytes, where, limits.fileBytes);
  const zip = new LimitedZip(bytes, where, limits);
  const workbookPart = relationshipOfType(readRelationships(zip, '', where), 'officeDocument')?.part ?? 'xl/workbook.xml';
  const workbookBytes = zip.read(workbookPart);
  if (!workbookBytes) fail(where, msg(zip.has('xl/workbook.bin') ? 'xlsxBinaryWorkbook' : 'xlsxNoWorkbook'));
  const book = readWorkbookXml(workbookBytes, workbookPart, where, limits.sheets);
  const rels = readRelationships(zip, workbookPart, where);
  const partOf = (type: string, fallback: string) => relationshipOfType(rels, type)?.part ?? fallback;

  const stringsPart = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const stringsBytes = zip.read(stringsPart);
  const sharedStrings = stringsBytes ? readSharedStrings(stringsBytes, stringsPart, where, limits.textChars) : [];
  const stylesPart = partOf('styles', 'xl/styles.xml');
  const shapeOf = readStyles(zip.read(stylesPart), stylesPart, where);

  const totals: GridTotals = { rows: 0, cells: 0, merged: 0 };
  const sheets: SheetGrid[] = [];
  for (const sheet of book.sheets) {
    const rel = rels.get(sheet.relationshipId);
    // chart sheets, dialog sheets and macro sheets hold no cells
    if (rel && rel.type !== 'worksheet') continue;
    const sheetBytes = rel ? zip.read(rel.part) : undefined;
    if (!rel || !sheetBytes) fail(where, msg('xlsxSheetMissing', { sheet: sheet.name, part: rel?.part ?? sheet.relationshipId }));
    sheets.push(
      readSheetXml(sheetBytes, { fileName: where, sheet, part: rel.part, sharedStrings, shapeOf, date1904: book.date1904, totals, limits }),
    );
  }
  if (sheets.length === 0) fail(where, msg('xlsxNoSheets'));
  return sheets;
}

/** What the bytes are, before unpacking them: empty, too large, an OLE file (.xls or encrypted) or not a zip. */
function checkContainer(bytes: Uint8Array, where: string, maxBytes: number): void {
  if (bytes.length === 0) fail(where, msg('fileEmpty'));
  if (bytes.length > maxBytes) fail(where, sizeMessage(bytes.length, maxBytes, 'bytes'));
  const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  // Compound File Binary: Excel 97-2003 workbooks, and Excel's password-encrypted .xlsx files
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) fail(where, msg('xlsxEncryptedOrXls'));
  // a zip starts with a local file header, or is empty (the end record alone)
  if (!starts(0x50, 0x4b, 0x03, 0x04) && !starts(0x50, 0x4b, 0x05, 0x06)) fail(where, msg('xlsxNotZip'));
}
