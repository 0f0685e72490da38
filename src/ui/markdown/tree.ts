// Markdown (GFM) to a small tree of allowed elements and text, which MarkdownNodes.svelte renders
// as Svelte elements. No HTML string is built or parsed anywhere: marked only tokenizes (its lexer),
// every piece of the file's text ends up in a text node, raw HTML in the source is shown as the
// text it is, element names come from this file's own closed list, and the only attributes are a
// link's checked href and title and a table cell's alignment. Images become links to them: a
// scenario file carries no pictures of its own, so an image would be a request to somewhere else.
import { Lexer, type Token, type Tokens } from 'marked';
import { isSafeUrl } from './safe-url.ts';

type BlockTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'p' | 'blockquote' | 'ul' | 'ol' | 'li' | 'pre' | 'hr';
type TableTag = 'table' | 'thead' | 'tbody' | 'tr' | 'th' | 'td';
type InlineTag = 'strong' | 'em' | 'del' | 'code' | 'br' | 'a';

export interface MdElement {
  tag: BlockTag | TableTag | InlineTag;
  children: MdNode[];
  /** Links only, and only when isSafeUrl allows it (a link without one keeps its text). */
  href?: string;
  title?: string;
  /** Table cells. */
  align?: 'left' | 'center' | 'right';
  /** Ordered lists that do not start at 1. */
  start?: number;
}

/** A text node (shown as text, whatever it holds) or an element. */
export type MdNode = string | MdElement;

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/**
 * marked's lexer leaves character references in text for an HTML renderer to decode (a bare "&"
 * becomes "&amp;"); text nodes need them decoded, once. Numeric references and the basic named
 * ones are decoded; other names show as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES.get(ref) ?? whole;
    const code = /^#[xX]/.test(ref) ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

const el = (tag: MdElement['tag'], children: MdNode[], attrs: Omit<MdElement, 'tag' | 'children'> = {}): MdElement => ({
  tag,
  children,
  ...attrs,
});

/** A link's target and title: autolinks are literal, other destinations hold character references. */
function linkAttrs(token: Tokens.Link | Tokens.Image): Pick<MdElement, 'href' | 'title'> {
  const literal = 'autolink' in token && token.autolink;
  const href = literal ? token.href : decodeEntities(token.href);
  return {
    ...(isSafeUrl(href) && { href }),
    ...(token.title && { title: decodeEntities(token.title) }),
  };
}

function inline(tokens: readonly Token[] | undefined): MdNode[] {
  return (tokens ?? []).flatMap((t): MdNode[] => {
    switch (t.type) {
      case 'text':
        return t.tokens ? inline(t.tokens) : [decodeEntities(t.text)];
      case 'escape':
        return [decodeEntities(t.text)];
      case 'strong':
      case 'em':
      case 'del':
        return [el(t.type, inline(t.tokens))];
      case 'codespan':
        return [el('code', [t.text])];
      case 'br':
        return [el('br', [])];
      case 'link':
        return [el('a', inline(t.tokens), linkAttrs(t as Tokens.Link))];
      case 'image': {
        const image = t as Tokens.Image;
        const name = decodeEntities(image.text) || image.href;
        return [el('a', [`🖼 ${name}`.trim()], linkAttrs(image))];
      }
      case 'checkbox':
        return [(t as Tokens.Checkbox).checked ? '☑ ' : '☐ '];
      case 'html': // raw HTML in the source is shown, not interpreted
        return [t.text];
      default:
        return 'tokens' in t && t.tokens ? inline(t.tokens) : [t.raw];
    }
  });
}

/** A list item's blocks; a task's box goes in front of its first line, as marked's own renderer puts it. */
function listItem(item: Tokens.ListItem): MdElement {
  const [first, ...rest] = item.tokens;
  if (first?.type === 'checkbox' && rest[0]?.type === 'paragraph') {
    const [paragraph, ...after] = rest as [Tokens.Paragraph, ...Token[]];
    return el('li', [el('p', [...inline([first]), ...inline(paragraph.tokens)]), ...blocks(after)]);
  }
  return el('li', blocks(item.tokens));
}

function tableCell(tag: 'th' | 'td', cell: Tokens.TableCell): MdElement {
  return el(tag, inline(cell.tokens), cell.align ? { align: cell.align } : {});
}

function blocks(tokens: readonly Token[]): MdNode[] {
  return tokens.flatMap((t): MdNode[] => {
    switch (t.type) {
      case 'space':
      case 'def': // a reference definition: its links carry its target already
        return [];
      case 'heading':
        return [el(`h${Math.min(Math.max((t as Tokens.Heading).depth, 1), 6)}` as BlockTag, inline(t.tokens))];
      case 'paragraph':
        return [el('p', inline(t.tokens))];
      case 'text': // a tight list item's line
      case 'checkbox':
        return inline([t]);
      case 'code':
        return [el('pre', [el('code', [`${t.text}\n`])])];
      case 'blockquote':
        return [el('blockquote', blocks(t.tokens ?? []))];
      case 'list': {
        const list = t as Tokens.List;
        const start = list.ordered && typeof list.start === 'number' && list.start !== 1 ? { start: list.start } : {};
        return [el(list.ordered ? 'ol' : 'ul', list.items.map(listItem), start)];
      }
      case 'table': {
        const table = t as Tokens.Table;
        const head = el('thead', [
          el(
            'tr',
            table.header.map((c) => tableCell('th', c)),
          ),
        ]);
        const body = table.rows.map((row) =>
          el(
            'tr',
            row.map((c) => tableCell('td', c)),
          ),
        );
        return [el('table', body.length > 0 ? [head, el('tbody', body)] : [head])];
      }
      case 'hr':
        return [el('hr', [])];
      case 'html': // a raw HTML block is shown as its text
        return [el('p', [t.text])];
      default:
        return [el('p', 'tokens' in t && t.tokens ? inline(t.tokens) : [t.raw])];
    }
  });
}

/** The tree of a narrative's Markdown (GFM). */
export function markdownTree(text: string): MdNode[] {
  return blocks(Lexer.lex(text, { gfm: true }));
}
