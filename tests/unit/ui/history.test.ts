// Undo history: one step per change, a run of the same change merged, redo cleared by a new change.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/engine/index.ts';
import { HISTORY_DEPTH, HISTORY_MAX_BYTES, History, MERGE_MS } from '../../../src/ui/notebook/history.ts';

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

  it('shares the fields a step did not change: a lever move costs its levers, not the data', () => {
    const data = { observations: Array.from({ length: 2000 }, (_, i) => ({ id: `o${i}`, value: i })) };
    const h = new History();
    for (let i = 0; i < 50; i++) h.record(() => ({ title: 't', data, levers: { x: i } }) as unknown as Scenario, '', i * 10);
    const dataBytes = JSON.stringify(data).length;
    expect(h.size.steps).toBe(50);
    expect(h.size.bytes).toBeLessThan(dataBytes + 50 * 40);
  });

  it('keeps at most HISTORY_MAX_BYTES, dropping the oldest steps first, and always the newest', () => {
    const h = new History();
    const big = (i: number) => ({ title: `${i}`, description: `${i}`.padEnd(HISTORY_MAX_BYTES / 4, 'é') }) as Scenario; // 2 bytes a character
    for (let i = 0; i < 5; i++) h.record(() => big(i), '', i);
    expect(h.size.bytes).toBeLessThanOrEqual(HISTORY_MAX_BYTES);
    expect(h.size.steps).toBe(1);
    expect(h.undo(state('now'))?.title).toBe('4');
    const huge = new History();
    huge.record(() => ({ title: 'x'.repeat(HISTORY_MAX_BYTES + 1) }) as Scenario, '', 0);
    expect(huge.canUndo).toBe(true);
  });

  it('saves as a chain of changed fields and restores the same undo and redo steps', () => {
    const h = new History();
    const s = (title: string, levers: Record<string, number>) => ({ title, levers, cells: [{ id: 'a' }] }) as unknown as Scenario;
    const bare = (title: string, levers: Record<string, number>) => ({ title, levers }) as unknown as Scenario;
    h.record(() => s('a', {}), '', 0);
    h.record(() => bare('a', { x: 1 }), '', 10);
    h.record(() => bare('b', { x: 1 }), '', 20);
    expect(h.undo(s('c', { x: 2 }))).toEqual(bare('b', { x: 1 }));
    const saved = JSON.parse(JSON.stringify(h.save()));
    expect(saved.past).toBe(2);
    expect(saved.steps.map((step: { set: object; drop: string[] }) => [Object.keys(step.set), step.drop])).toEqual([
      [['title', 'levers', 'cells'], []],
      [['levers'], ['cells']],
      [['title', 'levers', 'cells'], []],
    ]);
    const back = new History();
    expect(back.restore(saved)).toBe(true);
    expect(back.size).toEqual(h.size);
    expect(back.redo(bare('b', { x: 1 }))).toEqual(s('c', { x: 2 }));
    expect(back.undo(s('c', { x: 2 }))).toEqual(bare('b', { x: 1 }));
    expect(back.undo(bare('b', { x: 1 }))).toEqual(bare('a', { x: 1 }));
    expect(back.undo(bare('a', { x: 1 }))).toEqual(s('a', {}));
    expect(back.canUndo).toBe(false);
  });

  it('refuses a damaged or foreign saved history, and is left empty', () => {
    const h = new History();
    h.record(() => state('a'), '', 0);
    for (const bad of [
      null,
      { format: 'x', past: 0, steps: [] },
      { format: 'targetcast-history', past: 2, steps: [] },
      { format: 'targetcast-history', past: 0, steps: [{ set: { title: '{' }, drop: [] }] },
    ])
      expect(h.restore(bad)).toBe(false);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });
});
