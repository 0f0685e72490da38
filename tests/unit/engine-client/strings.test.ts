import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../../src/ui/i18n/strings.ts';
import { ENGINE_STRINGS } from '../../../src/ui/i18n/strings/engine.ts';
import { EngineError } from '../../../src/ui/engine/errors.ts';

describe('engine strings', () => {
  it('are all in STRINGS, none overridden by another area’s key of the same name', () => {
    for (const [key, text] of Object.entries(ENGINE_STRINGS)) expect(STRINGS[key as keyof typeof STRINGS], key).toBe(text);
  });

  it('give an EngineError a readable English message and keep the key for the UI’s language', () => {
    const error = new EngineError('engineErrorEngine', 'no scenario is open');
    expect(error.message).toBe('The engine reported an error: no scenario is open');
    expect(STRINGS[error.key].vi).toBe('Bộ tính toán báo lỗi');
  });
});
