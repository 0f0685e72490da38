// Dead i18n surface: every UI string key is used somewhere in src/ (a plain source scan for the key
// as a quoted literal, as `locale.t('key')`, `text('key', lang)` and key maps write it), so a key
// left behind by a removed feature fails here instead of being translated forever.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';

const STRING_TABLES = /src\/ui\/i18n\/strings(\.ts$|\/)/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(entry.name) && !STRING_TABLES.test(path) ? [path] : [];
  });
}

describe('UI string keys', () => {
  it('are each used in the source outside the string tables', () => {
    const code = sources('src')
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = Object.keys(STRINGS).filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(code));
    expect(unused).toEqual([]);
  });

  it('have a Vietnamese and an English text each', () => {
    for (const [key, text] of Object.entries(STRINGS)) {
      expect(text.vi.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});
