// @vitest-environment jsdom
// Narrative cells come from scenario files anyone can write: every Markdown payload of the shared
// corpus (tests/fixtures/hostile/payloads.ts) must come out inert, through the page renderer,
// through a renderer on an injected jsdom window, and (for the raw-HTML payloads the renderer
// escapes anyway) through the sanitizer on its own.
import { JSDOM } from 'jsdom';
import type { WindowLike } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, renderMarkdown } from '../../../src/ui/markdown/render.ts';
import { createSanitizer, isSafeUrl } from '../../../src/ui/markdown/sanitize.ts';
import { MARKDOWN_XSS as XSS } from '../../fixtures/hostile/payloads.ts';

const BAD_TAGS = 'script, iframe, object, embed, style, form, input, button, svg, math, base, meta, link, video, source';
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data'];

/**
 * An independent oracle: the WHATWG URL parser (what browsers use) decides the scheme, so this
 * does not share isSafeUrl's code.
 */
function schemeOf(url: string): string {
  return new URL(url, 'https://notebook.test/').protocol;
}

function assertInert(html: string): void {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  expect(doc.querySelectorAll(BAD_TAGS).length, html).toBe(0);
  for (const el of doc.body.querySelectorAll('*')) {
    for (const { name, value } of Array.from(el.attributes)) {
      expect(name.toLowerCase().startsWith('on'), `${name} in ${html}`).toBe(false);
      expect(name.toLowerCase(), html).not.toBe('style');
      if (URL_ATTRS.includes(name.toLowerCase())) {
        expect(['http:', 'https:', 'mailto:'], `${name}=${value}`).toContain(schemeOf(value));
      }
    }
  }
}

const injected = createMarkdownRenderer(new JSDOM('').window as unknown as WindowLike);
const sanitize = createSanitizer(new JSDOM('').window as unknown as WindowLike);

describe('renderMarkdown against XSS payloads', () => {
  it('has a corpus of at least 25 payloads', () => {
    expect(XSS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(XSS.map((p, i) => [i, p] as const))('payload %i renders inert: %s', (_, payload) => {
    assertInert(renderMarkdown(payload));
    assertInert(injected(payload));
    assertInert(sanitize(payload));
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    const doc = new JSDOM(renderMarkdown('Before <script>alert(1)</script> after')).window.document;
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps the text of a link whose URL is dropped', () => {
    const doc = new JSDOM(renderMarkdown('[click me](javascript:alert(1))')).window.document;
    const a = doc.querySelector('a');
    expect(a?.textContent).toBe('click me');
    expect(a?.hasAttribute('href')).toBe(false);
  });

  it('drops data: images the sanitizer alone would allow, keeping the alt text', () => {
    const doc = new JSDOM(sanitize('<img src="data:image/png;base64,AAAA" alt="chart">')).window.document;
    expect(doc.querySelector('img')).toBeNull();
    const a = doc.querySelector('a');
    expect(a?.textContent).toBe('🖼 chart');
    expect(a?.hasAttribute('href')).toBe(false);
  });
});

describe('renderMarkdown on ordinary narrative', () => {
  const text = [
    '# Chỉ tiêu 2025',
    '## Bao phủ BHYT',
    'Tỷ lệ *gần* đạt **95,5%**, ~~chưa~~ theo [kế hoạch](https://example.gov.vn/ke-hoach "Kế hoạch").',
    '',
    '- một',
    '- hai',
    '',
    '1. first',
    '2. second',
    '',
    '| Chỉ số | 2024 | 2025 |',
    '|:--|--:|--:|',
    '| BHYT | 95,25% | 95,5% |',
    '',
    '> Trích dẫn',
    '',
    '```',
    'cast run hanoi.json',
    '```',
    '',
    '![Biểu đồ](https://example.org/chart.png) [ghi chú](notes/2025.md) <mailto:bhxh@example.vn> https://bhxh.example.vn',
    '',
    '- [x] done',
  ].join('\n');
  const doc = new JSDOM(renderMarkdown(text)).window.document;

  it('renders headings, emphasis, lists, tables, quotes and code', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Chỉ tiêu 2025');
    expect(doc.querySelector('h2')?.textContent).toBe('Bao phủ BHYT');
    expect(doc.querySelector('em')?.textContent).toBe('gần');
    expect(doc.querySelector('strong')?.textContent).toBe('95,5%');
    expect(doc.querySelector('del')?.textContent).toBe('chưa');
    expect(doc.querySelectorAll('ul > li').length).toBe(3);
    expect(doc.querySelectorAll('ol > li').length).toBe(2);
    expect(Array.from(doc.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Chỉ số', '2024', '2025']);
    expect(doc.querySelectorAll('td').length).toBe(3);
    expect(doc.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
    expect(doc.querySelector('blockquote')?.textContent?.trim()).toBe('Trích dẫn');
    expect(doc.querySelector('pre code')?.textContent).toBe('cast run hanoi.json\n');
    expect(doc.body.textContent).toContain('☑ done');
  });

  it('keeps http(s), mailto and relative links, opened in a new tab without an opener', () => {
    const links = Array.from(doc.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.gov.vn/ke-hoach',
      'https://example.org/chart.png',
      'notes/2025.md',
      'mailto:bhxh@example.vn',
      'https://bhxh.example.vn',
    ]);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
    expect(links[0]?.getAttribute('title')).toBe('Kế hoạch');
    // An image is a link to it, so nothing is fetched from elsewhere when the notebook opens.
    expect(doc.querySelector('img')).toBeNull();
    expect(links[1]?.textContent).toBe('🖼 Biểu đồ');
  });

  it('gives the same HTML on the page window and on an injected one', () => {
    expect(injected(text)).toBe(renderMarkdown(text));
  });
});

describe('sanitizer setup', () => {
  it('refuses a window DOMPurify cannot work on, rather than passing HTML through', () => {
    expect(() => createSanitizer({} as WindowLike)).toThrow();
  });

  it.each([
    ['https://example.org', true],
    ['http://example.org', true],
    ['MAILTO:a@b.c', true],
    ['notes/2025.md', true],
    ['/root', true],
    ['#section', true],
    ['?q=1', true],
    ['javascript:alert(1)', false],
    [' JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,x', false],
    ['tel:123', false],
  ] as const)('isSafeUrl(%j) is %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
