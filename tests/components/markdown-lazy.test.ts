// The Markdown renderer (marked) is not part of the first load: a narrative shows its text, as
// text, until the renderer arrives, and keeps showing it if the renderer cannot load.
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

async function mountFresh(): Promise<void> {
  svelte = await import('svelte');
  const { default: Markdown } = await import('../../src/ui/markdown/Markdown.svelte');
  component = svelte.mount(Markdown, { target, props: { text: TEXT } });
  svelte.flushSync();
}

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
    vi.doMock('../../src/ui/markdown/renderer.ts', () => {
      throw new Error('offline');
    });
    await mountFresh();
    await new Promise((resolve) => setTimeout(resolve, 50));
    svelte.flushSync();
    assertPlainText();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
