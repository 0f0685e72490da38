// Narrative cells come from scenario files anyone can write: every Markdown payload of the shared
// corpus (tests/fixtures/hostile/payloads.ts) must come out inert, rendered by the Markdown
// component into a real DOM (jsdom). The renderer builds Svelte elements from marked's tokens, so
// no HTML string is ever parsed; the checks below do not rely on that and inspect the DOM itself.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import Markdown from '../../src/ui/markdown/Markdown.svelte';
import { isSafeUrl } from '../../src/ui/markdown/safe-url.ts';
import { MARKDOWN_XSS as XSS } from '../fixtures/hostile/payloads.ts';

const BAD_TAGS = 'script, iframe, object, embed, style, form, input, button, svg, math, base, meta, link, video, source, img';
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data'];

/**
 * An independent oracle: the WHATWG URL parser (what browsers use) decides the scheme, so this
 * does not share isSafeUrl's code.
 */
function schemeOf(url: string): string {
  return new URL(url, 'https://notebook.test/').protocol;
}

const mounted: Array<{ component: ReturnType<typeof mount>; target: HTMLElement }> = [];
afterEach(() => {
  for (const { component, target } of mounted.splice(0)) {
    unmount(component);
    target.remove();
  }
});

/** The Markdown component on `text`, once its renderer has loaded. */
async function rendered(text: string): Promise<HTMLElement> {
  const target = document.createElement('div');
  document.body.append(target);
  mounted.push({ component: mount(Markdown, { target, props: { text } }), target });
  flushSync();
  await vi.waitFor(() => expect(target.querySelector('.markdown .source')).toBeNull(), { timeout: 10_000 });
  return target.querySelector<HTMLElement>('.markdown')!;
}

function assertInert(root: HTMLElement, payload: string): void {
  expect(root.querySelectorAll(BAD_TAGS).length, payload).toBe(0);
  for (const el of root.querySelectorAll('*')) {
    for (const { name, value } of Array.from(el.attributes)) {
      expect(name.toLowerCase().startsWith('on'), `${name} in ${payload}`).toBe(false);
      expect(name.toLowerCase(), payload).not.toBe('style');
      if (URL_ATTRS.includes(name.toLowerCase())) {
        expect(['http:', 'https:', 'mailto:'], `${name}=${value}`).toContain(schemeOf(value));
      }
    }
  }
}

describe('the Markdown component against XSS payloads', () => {
  it('has a corpus of at least 25 payloads', () => {
    expect(XSS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(XSS.map((p, i) => [i, p] as const))('payload %i renders inert: %s', async (_, payload) => {
    assertInert(await rendered(payload), payload);
  });

  it('shows raw HTML as text instead of interpreting it', async () => {
    const root = await rendered('Before <script>alert(1)</script> after\n\n<div onclick="alert(1)">block</div>');
    expect(root.querySelector('script, div div')).toBeNull();
    expect(root.textContent).toContain('Before <script>alert(1)</script> after');
    expect(root.textContent).toContain('<div onclick="alert(1)">block</div>');
  });

  it('keeps the text of a link whose URL is dropped, whatever its spelling', async () => {
    const root = await rendered('[click me](javascript:alert(1)) [enc](javascript&#58;alert(1)) [ref][r]\n\n[r]: JaVaScRiPt:alert(1)');
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual(['click me', 'enc', 'ref']);
    for (const a of links) {
      expect(a.hasAttribute('href')).toBe(false);
      expect(a.hasAttribute('target')).toBe(false);
    }
  });

  it('drops data: images, keeping the alt text as a link without a target', async () => {
    const root = await rendered('![chart](data:image/png;base64,AAAA)');
    expect(root.querySelector('img')).toBeNull();
    const a = root.querySelector('a');
    expect(a?.textContent).toBe('🖼 chart');
    expect(a?.hasAttribute('href')).toBe(false);
  });

  it('decodes character references once, into text', async () => {
    const root = await rendered('a &amp; b &#60;b&#62; &amp;lt; &eacute; &constructor; `&amp;`');
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('a & b <b> &lt; &eacute; &constructor; &amp;');
  });
});

describe('the Markdown component on ordinary narrative', () => {
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
    '3. third',
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
    '- [ ] open',
    '',
    '---',
    'line one  ',
    'line two',
  ].join('\n');
  let root: HTMLElement;
  beforeAll(async () => {
    root = await rendered(text);
  });

  it('renders headings, emphasis, lists, tables, quotes, code and rules', () => {
    expect(root.querySelector('h1')?.textContent).toBe('Chỉ tiêu 2025');
    expect(root.querySelector('h2')?.textContent).toBe('Bao phủ BHYT');
    expect(root.querySelector('em')?.textContent).toBe('gần');
    expect(root.querySelector('strong')?.textContent).toBe('95,5%');
    expect(root.querySelector('del')?.textContent).toBe('chưa');
    expect(root.querySelectorAll('ul > li').length).toBe(4);
    expect(root.querySelectorAll('ol > li').length).toBe(3);
    expect(Array.from(root.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Chỉ số', '2024', '2025']);
    expect(root.querySelectorAll('td').length).toBe(3);
    expect(root.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
    expect(root.querySelector('blockquote')?.textContent?.trim()).toBe('Trích dẫn');
    expect(root.querySelector('pre code')?.textContent).toBe('cast run hanoi.json\n');
    expect(root.querySelector('hr')).not.toBeNull();
    expect(root.querySelector('br')).not.toBeNull();
    expect(root.textContent).toContain('☑ done');
    expect(root.textContent).toContain('☐ open');
  });

  it('keeps http(s), mailto and relative links, opened in a new tab without an opener', () => {
    const links = Array.from(root.querySelectorAll('a'));
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
    expect(root.querySelector('img')).toBeNull();
    expect(links[1]?.textContent).toBe('🖼 Biểu đồ');
  });

  it('follows an edit of the text', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const props = $state({ text: '# One' });
    mounted.push({ component: mount(Markdown, { target, props }), target });
    await vi.waitFor(() => expect(target.querySelector('h1')?.textContent).toBe('One'), { timeout: 10_000 });
    props.text = '**Two**';
    flushSync();
    expect(target.querySelector('h1')).toBeNull();
    expect(target.querySelector('strong')?.textContent).toBe('Two');
  });
});

describe('URLs a narrative may link to', () => {
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
