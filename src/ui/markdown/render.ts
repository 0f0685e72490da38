// Markdown to safe HTML for narrative cells. Scenario files come from anyone, so a file's text is
// never executed or injected: raw HTML inside the Markdown is shown as text, task-list boxes are
// plain characters, and the HTML marked produces then goes through the sanitizer (sanitize.ts),
// which removes any element, attribute or URL outside its allow-lists.
import type { WindowLike } from 'dompurify';
import { Marked } from 'marked';
import { createSanitizer } from './sanitize.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    checkbox: ({ checked }) => (checked ? '☑ ' : '☐ '),
  },
});

export type RenderMarkdown = (text: string) => string;

/** A renderer whose sanitizer runs on `window` (default: the page's). */
export function createMarkdownRenderer(window?: WindowLike): RenderMarkdown {
  const sanitize = createSanitizer(window);
  return (text) => sanitize(marked.parse(text, { async: false }));
}

let pageRenderer: RenderMarkdown | undefined;

/** Markdown (GFM) to sanitized HTML, using the page's window (created on first use). */
export function renderMarkdown(text: string): string {
  pageRenderer ??= createMarkdownRenderer();
  return pageRenderer(text);
}
