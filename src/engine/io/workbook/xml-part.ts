// One XML part of a workbook, parsed with saxen from its whole text (one pass, linear in its
// size; chunked feeding would re-scan an unfinished token at every chunk). Element names arrive
// without their namespace prefix (<x:c> is c), text with its entities decoded. A DOCTYPE is refused:
// workbook parts never have one, and refusing it rules out entity tricks whatever the parser does.
import { Parser } from 'saxen';
import { msg } from '../../messages.ts';
import { WORKBOOK_LIMITS } from './limits.ts';
import { fail, WorkbookProblem } from './problem.ts';

/** An element's attributes as written (values still entity-encoded: read them with `attr`). */
export type Attrs = () => Record<string, string>;

export interface XmlHandlers {
  open(name: string, attrs: Attrs): void;
  close?(name: string): void;
  /** Character data inside an element, entities decoded (CDATA as it is). */
  text?(text: string): void;
}

/** Parses a part's bytes (UTF-8, as every workbook writes them); `where` names the file in problems. */
export function parseXmlPart(bytes: Uint8Array, part: string, where: string, handlers: XmlHandlers): void {
  const malformed: () => never = () => fail(where, msg('xlsxXmlMalformed', { part }));
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    malformed();
  }
  let depth = 0;
  const parser = new Parser();
  parser.on('openTag', (name, attrs) => {
    if (++depth > WORKBOOK_LIMITS.xmlDepth) malformed();
    handlers.open(localName(name), attrs);
  });
  parser.on('closeTag', (name) => {
    depth--;
    handlers.close?.(localName(name));
  });
  const { text } = handlers;
  if (text) {
    parser.on('text', (raw) => text(decodeXml(raw)));
    parser.on('cdata', text);
  }
  parser.on('attention', (declaration) => {
    if (/^<!DOCTYPE/i.test(declaration)) fail(where, msg('xlsxXmlDoctype', { part }));
  });
  parser.on('error', malformed);
  try {
    parser.parse(xml);
  } catch (error) {
    if (error instanceof WorkbookProblem) throw error;
    malformed();
  }
}

/** An attribute's value, entities decoded; undefined when the element does not have it. */
export function attr(attrs: Attrs, name: string): string | undefined {
  const raw = attrs()[name];
  return raw === undefined ? undefined : decodeXml(raw);
}

/**
 * A copy of a text from a part that does not keep the part alive: V8 keeps a substring as a view
 * into the whole string, so one formula kept in a grid would hold a sheet's megabytes of XML.
 * Short strings are copied anyway.
 */
export const detached = (text: string): string => (text.length < 13 ? text : (' ' + text).slice(1));

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's five named entities and character references. saxen's own decoder cuts characters beyond
 * U+FFFF (emoji) in half; an unknown name is left as written (no DOCTYPE can define one).
 */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED[name] ?? whole;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}
