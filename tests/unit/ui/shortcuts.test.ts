// Keyboard shortcuts: which key press is which command, and which stay the browser's in a field.
import { describe, expect, it } from 'vitest';
import { commandOf, inTextField, SHORTCUTS } from '../../../src/ui/shortcuts/shortcuts.ts';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';

const field = (tagName: string, type = '') => ({ tagName, type }) as unknown as EventTarget;
const press = (
  key: string,
  mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {},
  target: EventTarget | null = null,
) => commandOf({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt, target });

describe('keyboard shortcuts', () => {
  it('undo, redo, save, save as, open and help outside text fields, Ctrl or ⌘', () => {
    expect(press('z', { ctrl: true })).toBe('undo');
    expect(press('Z', { meta: true, shift: true })).toBe('redo');
    expect(press('y', { ctrl: true })).toBe('redo');
    expect(press('s', { ctrl: true })).toBe('save');
    expect(press('S', { ctrl: true, shift: true })).toBe('saveAs');
    expect(press('o', { meta: true })).toBe('open');
    expect(press('?', { shift: true })).toBe('help');
    expect(press('z')).toBeNull();
    expect(press('z', { ctrl: true, alt: true })).toBeNull();
    expect(press('?', { ctrl: true })).toBeNull();
  });

  it("leaves a text field's own keys to it: its undo and a typed ?; saving and opening still work there", () => {
    for (const target of [field('INPUT', 'text'), field('INPUT'), field('TEXTAREA'), field('input', 'search'), field('INPUT', 'number')]) {
      expect(inTextField(target)).toBe(true);
      expect([press('z', { ctrl: true }, target), press('y', { ctrl: true }, target), press('?', { shift: true }, target)]).toEqual([
        null,
        null,
        null,
      ]);
      expect([press('s', { ctrl: true }, target), press('o', { ctrl: true }, target)]).toEqual(['save', 'open']);
    }
    // A slider, a checkbox or a button has no typing to undo: the notebook's undo applies.
    for (const target of [field('INPUT', 'range'), field('INPUT', 'checkbox'), field('BUTTON'), field('SELECT')]) {
      expect(inTextField(target)).toBe(false);
      expect(press('z', { ctrl: true }, target)).toBe('undo');
    }
    expect(inTextField({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
  });

  it('lists every command once in the help panel, each with its words in both languages', () => {
    expect(SHORTCUTS.map((s) => s.command)).toEqual(['undo', 'redo', 'save', 'saveAs', 'open', 'help']);
    for (const s of SHORTCUTS) expect(STRINGS[s.label].vi && STRINGS[s.label].en).toBeTruthy();
  });
});
