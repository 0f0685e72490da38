// xl/workbook.xml: the sheets in their tab order (name, hidden or not, the relationship id of their
// part) and the date system (dates counted from 1900, or from 1904 in old Mac workbooks).
import { grouped, msg } from '../../messages.ts';
import { fail } from './problem.ts';
import { attr, detached, parseXmlPart, type Attrs } from './xml-part.ts';

export interface SheetEntry {
  name: string;
  hidden: boolean;
  relationshipId: string;
}

export interface WorkbookXml {
  sheets: SheetEntry[];
  date1904: boolean;
}

export function readWorkbookXml(bytes: Uint8Array, part: string, where: string, maxSheets: number): WorkbookXml {
  const book: WorkbookXml = { sheets: [], date1904: false };
  let inSheets = false;
  parseXmlPart(bytes, part, where, {
    open(name, attrs) {
      if (name === 'workbookPr') book.date1904 = isTrue(attr(attrs, 'date1904'));
      if (name === 'sheets') inSheets = true;
      if (name !== 'sheet' || !inSheets) return;
      if (book.sheets.length === maxSheets) fail(where, msg('xlsxTooManySheets', { limit: grouped(maxSheets) }));
      const state = attr(attrs, 'state');
      book.sheets.push({
        name: detached(attr(attrs, 'name') ?? ''),
        hidden: state === 'hidden' || state === 'veryHidden',
        relationshipId: relationshipId(attrs),
      });
    },
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return book;
}

const isTrue = (value: string | undefined): boolean => value === '1' || value === 'true';

/** The r:id attribute, whatever prefix the file binds to the relationships namespace. */
function relationshipId(attrs: Attrs): string {
  const name = Object.keys(attrs()).find((key) => key.endsWith(':id'));
  return (name && attr(attrs, name)) ?? '';
}
