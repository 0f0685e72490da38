// Which cells show their number as a date or as a percentage: a cell's style index (s="3") picks an
// entry of styles.xml's cellXfs, whose numFmtId is a built-in format or one of the file's own
// (<numFmt formatCode="dd/mm/yyyy">). The reader needs only that: dates become calendar dates,
// percentages keep their value (0.955) and say they are shown as 95.5%.
import { attr, parseXmlPart } from './xml-part.ts';

export type NumberShape = 'date' | 'percent' | 'plain';

/** A style index's shape; indexes the styles do not have (or a workbook without styles) are plain. */
export type ShapeOfStyle = (styleIndex: number) => NumberShape;

/**
 * Built-in formats that show a date or time: 14-22 and 45-47 in every locale, 27-36 and 50-58 in
 * East Asian ones (which write those ids for their own date formats). 9 and 10 are 0% and 0.00%.
 */
function builtInShape(id: number): NumberShape {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'date';
  return id === 9 || id === 10 ? 'percent' : 'plain';
}

/**
 * A format code's shape: a date when it has a d, m, y or h token, a percentage when it has a %, each
 * counted outside quoted text ("m"), escaped characters (\h), brackets ([Red], [$-42A]) and the
 * characters after _ and * (spacing and fill), which show as written rather than as a value.
 */
export function formatShape(code: string): NumberShape {
  const tokens = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, '');
  if (/[dmyh]/i.test(tokens)) return 'date';
  return tokens.includes('%') ? 'percent' : 'plain';
}

export function readStyles(bytes: Uint8Array | undefined, part: string, where: string): ShapeOfStyle {
  if (!bytes) return () => 'plain';
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  parseXmlPart(bytes, part, where, {
    open(name, attrs) {
      if (name === 'numFmt') customFormats.set(Number(attr(attrs, 'numFmtId')), attr(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(attr(attrs, 'numFmtId') ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const shapes = formatIds.map((id) => {
    const code = customFormats.get(id);
    return code === undefined ? builtInShape(id) : formatShape(code);
  });
  return (styleIndex) => shapes[styleIndex] ?? 'plain';
}
