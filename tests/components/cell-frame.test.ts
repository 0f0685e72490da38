import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import FileIssues from '../../src/ui/notebook/FileIssues.svelte';
import type { NotebookStore } from '../../src/ui/notebook/store.svelte.ts';

describe('the file problems panel', () => {
  it('shows every problem as text, never as HTML, and can be dismissed', () => {
    const dismiss = vi.fn();
    const store = {
      fileIssues: {
        fileName: '<img src=x onerror=alert(1)>.json',
        issues: [
          { where: 'levers.cityTopupOther', message: 'must be between 0 and 100, got 250' },
          { where: 'title', message: '<script>alert(1)</script>' },
        ],
      },
      dismissFileIssues: dismiss,
    } as unknown as NotebookStore;
    const target = document.createElement('div');
    document.body.append(target);
    const component = mount(FileIssues, { target, props: { store } });
    flushSync();
    const panel = target.querySelector('[data-testid="file-issues"]')!;
    expect(panel.textContent).toContain('levers.cityTopupOther: must be between 0 and 100, got 250');
    expect(panel.textContent).toContain('<script>alert(1)</script>');
    expect(target.querySelector('script, img')).toBeNull();
    target.querySelector('button')!.click();
    expect(dismiss).toHaveBeenCalledOnce();
    unmount(component);
  });
});
