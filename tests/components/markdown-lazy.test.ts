// The Markdown renderer (marked) is not part of the first load: a narrative shows its text, as
// text, until the renderer arrives, and keeps showing it if the renderer cannot load. The shipped
// notebook's narrative comes ready with the app and needs no renderer at all.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const TEXT = '# Title <img src=x onerror="window.__pwned=1">\n\n**bold** [x](javascript:alert(1))';

type Svelte = typeof import('svelte');

// Svelte is imported after each module reset, with the component: one runtime for both.
let svelte: Svelte;
let component: ReturnType<Svelte['mount']> | null = null;
let target: HTMLElement;

beforeEach(() => {
  vi.resetModules();
  target = document.createElement('div');
  document.body.append(target);
});

afterEach(() => {
  vi.doUnmock('../../src/ui/markdown/renderer.ts');
  if (component) svelte.unmount(component);
  component = null;
  target.remove();
});

async function mountFresh(text = TEXT): Promise<void> {
  svelte = await import('svelte');
  const { default: Markdown } = await import('../../src/ui/markdown/Markdown.svelte');
  component = svelte.mount(Markdown, { target, props: { text } });
  svelte.flushSync();
}

const renderDoesNotLoad = () =>
  vi.doMock('../../src/ui/markdown/renderer.ts', () => {
    throw new Error('offline');
  });

function assertPlainText(): void {
  expect(target.querySelector('.markdown .source')?.textContent).toBe(TEXT);
  expect(target.querySelectorAll('.markdown *').length).toBe(1); // the paragraph alone: no element from the text
}

describe('the Markdown component before its renderer loads', () => {
  it('shows the text as text, then renders it once the renderer arrives', async () => {
    await mountFresh();
    assertPlainText();
    await vi.waitFor(() => expect(target.querySelector('.markdown h1')).not.toBeNull(), { timeout: 10_000 });
    expect(target.querySelector('.markdown .source')).toBeNull();
    expect(target.querySelector('.markdown strong')?.textContent).toBe('bold');
    expect(target.querySelector('img')).toBeNull();
  });

  it('keeps showing the text as text when the renderer cannot load', async () => {
    renderDoesNotLoad();
    await mountFresh();
    await new Promise((resolve) => setTimeout(resolve, 50));
    svelte.flushSync();
    assertPlainText();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the shipped notebook’s narrative rendered at once, with no renderer to load', async () => {
    renderDoesNotLoad();
    const shipped = JSON.parse(readFileSync('scenarios/hanoi-2025-baseline.json', 'utf8')) as {
      cells: Array<{ type: string; text?: string }>;
    };
    const intro = shipped.cells.find((c) => c.type === 'markdown' && c.text)!.text!;
    await mountFresh(intro);
    expect(target.querySelector('.markdown .source')).toBeNull();
    expect(target.querySelector('.markdown h2')?.textContent).toBe(intro.split('\n')[0]!.replace(/^## /, ''));
  });
});
