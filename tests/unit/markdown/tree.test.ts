// The tree a narrative becomes (src/ui/markdown/tree.ts), checked without a DOM: whatever the text,
// only the elements Markdown needs, a link's target only when it is safe, and no other attribute.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../src/ui/markdown/safe-url.ts';
import { decodeEntities, markdownTree, type MdNode } from '../../../src/ui/markdown/tree.ts';
import { MARKDOWN_XSS } from '../../fixtures/hostile/payloads.ts';

const TAGS = new Set('h1 h2 h3 h4 h5 h6 p blockquote ul ol li pre hr table thead tbody tr th td strong em del code br a'.split(' '));
const ATTRS = new Set(['tag', 'children', 'href', 'title', 'align', 'start']);

function assertAllowed(nodes: readonly MdNode[], source: string): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    expect(TAGS.has(node.tag), `${node.tag} from ${source}`).toBe(true);
    expect(
      Object.keys(node).filter((k) => !ATTRS.has(k)),
      source,
    ).toEqual([]);
    if (node.href !== undefined) {
      expect(node.tag).toBe('a');
      expect(isSafeUrl(node.href), `${node.href} from ${source}`).toBe(true);
      expect(['http:', 'https:', 'mailto:']).toContain(new URL(node.href, 'https://notebook.test/').protocol);
    }
    assertAllowed(node.children, source);
  }
}

const textOf = (nodes: readonly MdNode[]): string => nodes.map((n) => (typeof n === 'string' ? n : textOf(n.children))).join('');

describe('markdownTree', () => {
  it.each(MARKDOWN_XSS.map((p, i) => [i, p] as const))('payload %i gives only allowed elements and safe links', (_, payload) => {
    assertAllowed(markdownTree(payload), payload);
  });

  it('keeps raw HTML as text', () => {
    expect(textOf(markdownTree('<script>alert(1)</script>'))).toContain('<script>alert(1)</script>');
  });

  it('gives only allowed elements and safe links for any text', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '&',
      '#',
      ';',
      ':',
      '[',
      ']',
      '(',
      ')',
      '!',
      '*',
      '`',
      '|',
      '-',
      '\n',
      ' ',
      'javascript',
      'a',
      '1',
      'x',
      '&#58;',
      '<a href=',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assertAllowed(markdownTree(text), text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('decodeEntities', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&#60;b&#62;', '<b>'],
    ['&#x3C;', '<'],
    ['&amp;lt;', '&lt;'], // once only
    ['&eacute;', '&eacute;'], // names beyond the basic ones show as written
    ['&constructor; &toString;', '&constructor; &toString;'],
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
  ])('%j reads %j', (text, expected) => {
    expect(decodeEntities(text)).toBe(expected);
  });
});
