// Strings as workbooks store them: a shared-strings part (xl/sharedStrings.xml) of <si> items that
// cells refer to by index, and inline strings (<is>) inside cells; both hold either one <t> or rich
// text runs (<r><t>…</t></r>) and may carry phonetic guides (<rPh>) that are not the cell's text.
import { grouped, msg } from '../../messages.ts';
import { fail } from './problem.ts';
import { detached, parseXmlPart } from './xml-part.ts';

/**
 * Collects the text of one <si> or <is> element from its parse events: the <t> elements' text, in
 * order, outside phonetic runs. Throws past `maxChars` (`where` gives the problem's place).
 */
export class RichText {
  private inText = false;
  private inPhonetic = false;
  private text = '';

  constructor(private readonly maxChars: number) {}

  open(name: string): void {
    if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && !this.inPhonetic) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.inPhonetic = false;
    else if (name === 't') this.inText = false;
  }

  add(text: string, where: () => string): void {
    if (!this.inText) return;
    if (this.text.length + text.length > this.maxChars) {
      fail(where(), msg('xlsxTextTooLong', { limit: grouped(this.maxChars) }));
    }
    this.text += text;
  }

  /** The text collected, with the _xHHHH_ escapes Excel writes for control characters decoded. */
  take(): string {
    const text = detached(unescapeOoxml(this.text));
    this.text = '';
    this.inText = this.inPhonetic = false;
    return text;
  }
}

/** The shared strings in index order; `where` (the file's name) is the place of their problems. */
export function readSharedStrings(bytes: Uint8Array, part: string, where: string, maxChars: number): string[] {
  const strings: string[] = [];
  const item = new RichText(maxChars);
  let inItem = false;
  parseXmlPart(bytes, part, where, {
    open(name) {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    close(name) {
      if (name !== 'si') return item.close(name);
      strings.push(item.take());
      inItem = false;
    },
    text: (text) => item.add(text, () => where),
  });
  return strings;
}

/** "_x000D_" is a carriage return; "_x005F_" escapes an underscore that would start such an escape. */
function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
