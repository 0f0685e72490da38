// Dead i18n surface: every UI string key and engine message key is used somewhere in src/ (a
// plain source scan for the key as a quoted literal, as `locale.t('key')`, `text('key', lang)`,
// `msg('key')` and key maps write it), so a key left behind by a removed feature fails here
// instead of being translated forever.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../src/engine/messages.ts';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';

const STRING_TABLES = /src\/ui\/i18n\/strings(\.ts$|\/)|src\/engine\/messages-en\.ts$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(entry.name) && !STRING_TABLES.test(path) ? [path] : [];
  });
}

const code = sources('src')
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const unused = (keys: string[]) => keys.filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(code));

describe('UI string keys and engine message keys', () => {
  it('are each used in the source outside the string tables', () => {
    expect(unused(Object.keys(STRINGS))).toEqual([]);
  });

  it('include no engine message that the engine no longer gives', () => {
    expect(unused(Object.keys(MESSAGES_EN))).toEqual([]);
  });

  it('have a Vietnamese and an English text each', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.vi.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});
