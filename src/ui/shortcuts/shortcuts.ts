// The keyboard shortcuts: which key asks for which command, and the list the help panel shows.
// A text field keeps the browser's own keys (Ctrl+Z undoes the typing, `?` types a question
// mark); saving and opening, which have no meaning in a field, work everywhere. DOM-light (it reads
// the event's target), so it is tested without a browser.
import type { StringKey } from '../i18n/strings.ts';

export type Command = 'undo' | 'redo' | 'save' | 'saveAs' | 'open' | 'help';

/** What the help panel lists: the keys (Ctrl shown as ⌘ on a Mac) and what they do. */
export const SHORTCUTS: readonly { command: Command; keys: readonly string[][]; label: StringKey }[] = [
  { command: 'undo', keys: [['Ctrl', 'Z']], label: 'shortcutUndo' },
  {
    command: 'redo',
    keys: [
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ],
    label: 'shortcutRedo',
  },
  { command: 'save', keys: [['Ctrl', 'S']], label: 'shortcutSave' },
  { command: 'saveAs', keys: [['Ctrl', 'Shift', 'S']], label: 'shortcutSaveAs' },
  { command: 'open', keys: [['Ctrl', 'O']], label: 'shortcutOpen' },
  { command: 'help', keys: [['?']], label: 'shortcutHelp' },
];

/** Input types the user types text into (their own undo and characters belong to them). */
const TEXT_INPUTS = new Set([
  '',
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Whether a key press goes to a field that takes typing. */
export function inTextField(target: EventTarget | null): boolean {
  const el = target as { tagName?: string; type?: string; isContentEditable?: boolean } | null;
  if (!el?.tagName) return false;
  const tag = el.tagName.toLowerCase();
  return tag === 'textarea' || (tag === 'input' && TEXT_INPUTS.has((el.type ?? '').toLowerCase())) || el.isContentEditable === true;
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>;

/** The command a key press asks for, or null to leave it to the browser. */
export function commandOf(e: KeyPress): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (mod && key === 's') return e.shiftKey ? 'saveAs' : 'save';
  if (mod && key === 'o' && !e.shiftKey) return 'open';
  if (inTextField(e.target)) return null;
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y' && !e.shiftKey) return 'redo';
  if (!mod && e.key === '?') return 'help';
  return null;
}
