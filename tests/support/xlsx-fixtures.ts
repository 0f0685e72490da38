// .xlsx files for tests, built in the test: `xlsxBytes` assembles a workbook package from raw XML
// (for the shapes and faults a spreadsheet program would not write: sparse cells, 1904 dates,
// hidden sheets, broken parts), `writtenXlsx` has write-excel-file write a real one, and `zipBytes`
// zips any entries. Works in Node and in the browser.
import { strToU8, zipSync } from 'fflate';
import writeExcelFile, { type Sheet } from 'write-excel-file/universal';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface FixtureSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The content of <sheetData>: rows of cells, as `row()` and `cell()` write them. */
  rows: string;
  /** Merged ranges ("A1:C1"). */
  merged?: string[];
  /** XML before <sheetData> (a <dimension ref="…"/>, say). */
  before?: string;
}

export interface FixtureBook {
  sheets: FixtureSheet[];
  /** The shared strings' <si> contents as XML: '<t>Hà Nội</t>', or rich runs '<r><t>a</t></r><r><t>b</t></r>'. */
  sharedStrings?: string[];
  /** Style index i shows numbers with format cellXfs[i] (a built-in id, or one of numFmts' ids, 164 and up). */
  styles?: { numFmts?: Record<number, string>; cellXfs: number[] };
  date1904?: boolean;
  /** Parts to add or replace by their path in the zip, or to leave out (null). */
  parts?: Record<string, string | Uint8Array | null>;
  /** Deflate level of every entry; 0 stores them. */
  level?: 0 | 6 | 9;
}

/** Text escaped for XML content and attribute values. */
export const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** <c r="B2" t="s" s="1">inner</c>; `ref` null writes no r attribute. */
export function cell(ref: string | null, inner: string, attrs: Record<string, string | number> = {}): string {
  const all = ref === null ? attrs : { r: ref, ...attrs };
  const written = Object.entries(all).map(([name, value]) => ` ${name}="${esc(String(value))}"`);
  return `<c${written.join('')}>${inner}</c>`;
}

/** <row r="2">cells</row>; `number` null writes no r attribute. */
export const row = (number: number | null, ...cells: string[]): string =>
  `<row${number === null ? '' : ` r="${number}"`}>${cells.join('')}</row>`;

/** A number cell (`<v>`), with a style index when given. */
export const num = (ref: string | null, value: number | string, style?: number): string =>
  cell(ref, `<v>${value}</v>`, style === undefined ? {} : { s: style });

/** An inline-string cell. */
export const inline = (ref: string | null, text: string): string => cell(ref, `<is><t>${esc(text)}</t></is>`, { t: 'inlineStr' });

/** A cell referring to shared string `index`. */
export const shared = (ref: string | null, index: number): string => cell(ref, `<v>${index}</v>`, { t: 's' });

/** The parts of a workbook package, by their path in the zip. */
export function xlsxParts(book: FixtureBook): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
    '_rels/.rels': relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${book.sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  };
  const rels: [string, string, string][] = book.sheets.map((_, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]);
  book.sheets.forEach((s, i) => {
    const merged = s.merged?.length
      ? `<mergeCells count="${s.merged.length}">${s.merged.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '';
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}">${s.before ?? ''}<sheetData>${s.rows}</sheetData>${merged}</worksheet>`;
  });
  if (book.sharedStrings) {
    rels.push(['rIdS', 'sharedStrings', 'sharedStrings.xml']);
    parts['xl/sharedStrings.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${book.sharedStrings.length}">${book.sharedStrings.map((si) => `<si>${si}</si>`).join('')}</sst>`;
  }
  if (book.styles) {
    const formats = Object.entries(book.styles.numFmts ?? {});
    const numFmts = formats.length
      ? `<numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>`
      : '';
    rels.push(['rIdT', 'styles', 'styles.xml']);
    parts['xl/styles.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${numFmts}<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="${book.styles.cellXfs.length}">${book.styles.cellXfs.map((id) => `<xf numFmtId="${id}" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`;
  }
  parts['xl/_rels/workbook.xml.rels'] = relationships(rels);
  for (const [path, content] of Object.entries(book.parts ?? {})) {
    if (content === null) delete parts[path];
    else parts[path] = content;
  }
  return parts;
}

/** A workbook package's bytes. */
export function xlsxBytes(book: FixtureBook): Uint8Array {
  return zipBytes(xlsxParts(book), book.level ?? 6);
}

/** A zip of the entries (text as UTF-8). */
export function zipBytes(files: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const entries = Object.fromEntries(
    Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? strToU8(content) : content]),
  );
  return zipSync(entries, { level });
}

/** A real workbook as write-excel-file writes it: its sheets, each `{ sheet: name, data: rows of cells }`. */
export async function writtenXlsx(sheets: Sheet<Blob>[]): Promise<Uint8Array> {
  return new Uint8Array(await (await writeExcelFile(sheets).toBlob()).arrayBuffer());
}

function relationships(rels: [id: string, type: string, target: string][]): string {
  const items = rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${DOC_RELS}/${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_RELS}">${items.join('')}</Relationships>`;
}

/**
 * A copy of a zip with one entry's headers changed, in its local header and the central directory
 * alike: its flags (bit 0 marks encryption), compression method, or the unpacked size it declares.
 */
export function patchZipEntry(
  zip: Uint8Array,
  name: string,
  patch: { flags?: number; method?: number; declaredSize?: number },
): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  let end = out.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength)) === name) {
      const both = (field: number, localField: number, value: number | undefined, bytes: 2 | 4) => {
        if (value === undefined) return;
        for (const offset of [at + field, local + localField]) {
          if (bytes === 2) view.setUint16(offset, value, true);
          else view.setUint32(offset, value, true);
        }
      };
      both(8, 6, patch.flags, 2);
      both(10, 8, patch.method, 2);
      both(24, 22, patch.declaredSize, 4);
      return out;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name} in the zip`);
}
