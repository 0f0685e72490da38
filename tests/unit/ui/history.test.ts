// Undo history: one step per change, a run of the same change merged, redo cleared by a new change.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/index.ts';
import { HISTORY_DEPTH, History, MERGE_MS } from '../../../src/ui/notebook/history.ts';

const state = (title: string) => ({ title }) as Scenario;

describe('notebook history', () => {
  it('undoes and redoes steps in order', () => {
    const h = new History();
    h.record(() => state('a'), '', 0);
    h.record(() => state('b'), '', 10);
    expect(h.undo(state('c'))?.title).toBe('b');
    expect(h.undo(state('b'))?.title).toBe('a');
    expect(h.undo(state('a'))).toBeNull();
    expect(h.redo(state('a'))?.title).toBe('b');
    expect(h.redo(state('b'))?.title).toBe('c');
    expect(h.canRedo).toBe(false);
  });

  it('merges a run of the same change (a dragged slider) into one step, copying once', () => {
    const h = new History();
    let copies = 0;
    const before = () => (copies++, state('before drag'));
    for (let t = 0; t < 50; t++) h.record(before, 'lever:x', t * 20);
    expect(copies).toBe(1);
    expect(h.undo(state('after'))?.title).toBe('before drag');
    expect(h.canUndo).toBe(false);
    h.record(() => state('1'), 'lever:x', 0);
    h.record(() => state('2'), 'lever:x', MERGE_MS + 1);
    h.record(() => state('3'), 'lever:y', MERGE_MS + 2);
    expect([h.undo(state('4'))?.title, h.undo(state('3'))?.title, h.undo(state('2'))?.title]).toEqual(['3', '2', '1']);
  });

  it('forgets redo on a new change, and keeps at most HISTORY_DEPTH steps', () => {
    const h = new History();
    h.record(() => state('a'), '', 0);
    h.undo(state('b'));
    h.record(() => state('c'), '', 5);
    expect(h.canRedo).toBe(false);
    for (let i = 0; i < HISTORY_DEPTH + 10; i++) h.record(() => state(String(i)), '', i);
    let steps = 0;
    while (h.undo(state('x'))) steps++;
    expect(steps).toBe(HISTORY_DEPTH);
  });
});
