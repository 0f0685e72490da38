// Bytes of an untrusted file to text. Files reach us from e-mail, chat and spreadsheets, so this
// accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark, and refuses
// anything else with the place of the first bad byte: silently turning a Windows-1258 file into
// U+FFFD characters would corrupt Vietnamese names and numbers without anyone noticing. UTF-16 is
// held to the same rule: a lone surrogate or an odd last byte is refused, never replaced.
import { msg, type Message } from '../messages.ts';
import { issue, type Validated } from './issues.ts';
import { lineAndColumn } from './scenario-json.ts';

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** Length of the UTF-8 sequence starting at i, or 0 when it is not valid UTF-8 (RFC 3629). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // no UTF-16 surrogates
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/**
 * UTF-16 (or UTF-32) without a byte-order mark shows as NULs in every other byte of ASCII text,
 * all at even or all at odd offsets; a binary file's NULs fall anywhere.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 256);
  const zeros = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 2]!++;
  return n >= 4 && Math.max(...zeros) >= (n / 2) * 0.75;
}

/**
 * Byte offset of the first UTF-16 code unit that is not text: a surrogate without its pair, or a
 * last byte with no partner (an odd-length file); -1 when every unit is valid.
 */
export function firstInvalidUtf16(body: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  const whole = body.length - (body.length % 2);
  for (let i = 0; i < whole; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < whole ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return whole < body.length ? whole : -1;
}

/** The text of a file's bytes, or where and why it is not text we can read. `label` names the file. */
export function decodeText(bytes: Uint8Array, label: string): Validated<string> {
  const refuse = (where: string, text: Message): Validated<string> => ({ ok: false, issues: [issue(where, text)] });
  /** The place of a bad byte, from the (valid) text before it. */
  const at = (before: string) => {
    const { line, column } = lineAndColumn(before, before.length);
    return `${label}:${line}:${column}`;
  };
  const checkNul = (text: string): Validated<string> => {
    const nul = text.indexOf('\u0000');
    if (nul < 0) return { ok: true, value: text };
    const { line, column } = lineAndColumn(text, nul);
    return refuse(`${label}:${line}:${column}`, msg('decodeNul'));
  };
  const utf16 = (littleEndian: boolean): Validated<string> => {
    const body = bytes.subarray(2);
    const decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be');
    const bad = firstInvalidUtf16(body, littleEndian);
    if (bad < 0) return checkNul(decoder.decode(body));
    const where = at(decoder.decode(body.subarray(0, bad)));
    if (bad === body.length - 1) return refuse(where, msg('decodeUtf16Odd'));
    return refuse(where, msg('decodeUtf16Half', { bytes: `${hex(body[bad]!)} ${hex(body[bad + 1]!)}` }));
  };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) return refuse(label, msg('decodeUtf32'));
    return utf16(true);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(false);
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return refuse(label, msg('decodeUtf32'));
  }
  if (looksLikeBomlessUtf16(bytes)) {
    return refuse(label, msg('decodeBomlessUtf16'));
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    return refuse(at(new TextDecoder('utf-8').decode(body.subarray(0, bad))), msg('decodeNotUtf8', { byte: hex(body[bad]!) }));
  }
  return checkNul(new TextDecoder('utf-8').decode(body));
}
