import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf16, firstInvalidUtf8 } from '../../../src/engine/io/text-decode.ts';

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

  it('refuses a UTF-16 surrogate without its pair, with its line and column', () => {
    const lone = decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'a.csv');
    expect(lone).toEqual({ ok: false, issues: [expect.objectContaining({ where: 'a.csv:1:2' })] });
    if (!lone.ok) expect(lone.issues[0]!.message).toMatch(/bytes 0x00 0xD8 are half of a UTF-16 character/);
    // Big-endian, on line 2; a low surrogate first, and a high one at the very end.
    const be = (units: number[]) => new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    const low = decodeText(be([0x41, 0x0a, 0x42, 0xdc00, 0x43]), 'b.csv');
    expect(!low.ok && low.issues[0]!.where).toBe('b.csv:2:2');
    const end = decodeText(be([0x41, 0xd83d]), 'c.csv');
    expect(!end.ok && end.issues[0]!.where).toBe('c.csv:1:2');
    // A valid pair (an emoji) is text.
    expect(decodeText(be([0x41, 0xd83c, 0xddfb, 0x42]), 'd.csv')).toEqual({ ok: true, value: 'A\u{1F1FB}B' });
  });

  it('refuses an odd-length UTF-16 file at its last character', () => {
    const odd = decodeText(new Uint8Array([...utf16('ab\ncd', true), 0x65]), 'odd.csv');
    expect(odd).toEqual({ ok: false, issues: [expect.objectContaining({ where: 'odd.csv:2:3' })] });
    if (!odd.ok) expect(odd.issues[0]!.message).toMatch(/ends in the middle of a UTF-16 character/);
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00]), 'one.csv').ok).toBe(false);
  });

  it('finds invalid UTF-16 exactly where a strict TextDecoder would fail', () => {
    const cases: [number[], number][] = [
      [[0x41, 0x00, 0x00, 0xd8, 0x42, 0x00], 2],
      [[0x00, 0xdc], 0],
      [[0x3d, 0xd8, 0x00, 0xde], -1],
      [[0x41, 0x00, 0x42], 2],
      [[0x3d, 0xd8], 0],
    ];
    for (const [bytes, bad] of cases) {
      const arr = new Uint8Array(bytes);
      expect(firstInvalidUtf16(arr, true)).toBe(bad);
      const strict = () => new TextDecoder('utf-16le', { fatal: true }).decode(arr);
      if (bad < 0) expect(strict).not.toThrow();
      else expect(strict).toThrow();
    }
  });

  it('refuses a NUL in UTF-16 text as in UTF-8', () => {
    const nul = decodeText(utf16('a\u0000b', true), 'n.csv');
    expect(!nul.ok && nul.issues[0]!.where).toBe('n.csv:1:2');
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
