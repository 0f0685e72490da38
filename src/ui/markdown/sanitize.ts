// The HTML sanitizer behind every rendered Markdown cell: DOMPurify with an allow-list of the
// elements Markdown produces, and a hook that keeps only http(s), mailto and relative URLs
// (DOMPurify alone would let data: URLs through on images) and opens links in a new tab
// without giving the opened page a handle on this one. Images become links: a scenario file
// carries no pictures of its own, so an image would be a request to somewhere else (which the
// Content Security Policy refuses anyway); a link lets the reader choose to open it.
import createDOMPurify, { type Config, type WindowLike } from 'dompurify';

/** What Markdown (GFM) renders to; nothing that runs, embeds, styles or submits. */
const ALLOWED_TAGS = 'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img li ol p pre s strong table tbody td th thead tr ul'.split(' ');
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'align', 'start'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
};

/** Attributes that hold a URL in some element, checked whichever the allow-list lets through. */
const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'cite', 'poster', 'background'];
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True for http, https and mailto URLs and for relative ones. Browsers ignore ASCII whitespace
 * and control characters inside a scheme ("java\tscript:"), so those are dropped before looking.
 */
export function isSafeUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

export type Sanitize = (html: string) => string;

function openInNewTab(a: Element): void {
  a.setAttribute('rel', 'noopener noreferrer');
  a.setAttribute('target', '_blank');
}

/** An image as a link to it, named by its alt text (built from text, never from HTML). */
function imageLink(img: Element): Element {
  const src = img.getAttribute('src');
  const a = img.ownerDocument.createElement('a');
  a.textContent = `🖼 ${img.getAttribute('alt') || src || ''}`.trim();
  if (src) {
    a.setAttribute('href', src);
    openInNewTab(a);
  }
  return a;
}

/**
 * A sanitizer bound to a window: the page's in the browser, a jsdom window in Node. Fails closed:
 * DOMPurify without a working DOM returns its input unchanged, so that case throws instead.
 */
export function createSanitizer(window: WindowLike | undefined = globalThis.window): Sanitize {
  if (!window) throw new Error('Markdown sanitizer needs a DOM window (pass a jsdom window outside the browser)');
  const purify = createDOMPurify(window);
  if (!purify.isSupported) throw new Error('DOMPurify cannot run on this window');
  purify.addHook('afterSanitizeAttributes', (el) => {
    if (typeof el.getAttribute !== 'function') return; // text nodes pass through hooks too
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null && !isSafeUrl(value)) el.removeAttribute(name);
    }
    if (el.tagName === 'IMG') el.replaceWith(imageLink(el));
    else if (el.tagName === 'A' && el.hasAttribute('href')) openInNewTab(el);
  });
  return (html) => purify.sanitize(html, CONFIG) as string;
}
