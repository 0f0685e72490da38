import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../../src/engine/io/text-decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, littleEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + i * 2, s.charCodeAt(i), littleEndian);
  return out;
};
const TEXT = '{"title": "Hà Nội 2025: BHYT 95,5%"}\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    expect(decodeText(utf8(TEXT), 'a.json')).toEqual({ ok: true, value: TEXT });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'a.json')).toEqual({ ok: true, value: TEXT });
    expect(decodeText(utf16(TEXT, true), 'a.json')).toEqual({ ok: true, value: TEXT });
    expect(decodeText(utf16(TEXT, false), 'a.json')).toEqual({ ok: true, value: TEXT });
  });

  it('refuses a Windows-1258 / Latin-1 byte with its line and column', () => {
    const bytes = new Uint8Array([...utf8('line one\n"H'), 0xe0, ...utf8(' N')]);
    const result = decodeText(bytes, 'old.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.where).toBe('old.csv:2:3');
      expect(result.issues[0]!.message).toMatch(/byte 0xE0 is not UTF-8/);
    }
  });

  it('refuses UTF-16 without a byte-order mark, UTF-32 and binary files', () => {
    const bomless = utf16(TEXT, true).subarray(2);
    expect(decodeText(bomless, 'x').ok).toBe(false);
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'x').ok).toBe(false);
    const binary = decodeText(new Uint8Array([0x7b, 0x0a, 0x00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49]), 'b.json');
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.issues[0]!.where).toBe('b.json:2:1');
  });

  it('finds invalid UTF-8 exactly where TextDecoder would fail', () => {
    for (const bytes of [
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0x41, 0xff],
    ]) {
      const arr = new Uint8Array(bytes);
      expect(firstInvalidUtf8(arr)).toBeGreaterThanOrEqual(0);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(arr)).toThrow();
    }
    expect(firstInvalidUtf8(utf8('Bảo hiểm xã hội 🇻🇳'))).toBe(-1);
  });
});
