// Bytes of an untrusted file to text. Files reach us from e-mail, chat and spreadsheets, so this
// accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark, and refuses
// anything else with the place of the first bad byte: silently turning a Windows-1258 file into
// U+FFFD characters would corrupt Vietnamese names and numbers without anyone noticing.
import type { Validated } from './issues.ts';
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

/** The text of a file's bytes, or where and why it is not text we can read. `label` names the file. */
export function decodeText(bytes: Uint8Array, label: string): Validated<string> {
  const refuse = (where: string, message: string): Validated<string> => ({ ok: false, issues: [{ where, message }] });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) return refuse(label, 'the file is UTF-32 text; save it as UTF-8 and open it again');
    return { ok: true, value: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, value: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
    return refuse(label, 'the file is UTF-32 text; save it as UTF-8 and open it again');
  }
  if (looksLikeBomlessUtf16(bytes)) {
    return refuse(label, 'the file looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8');
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    // Locate the bad byte in the text before it, which is valid UTF-8.
    const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const { line, column } = lineAndColumn(before, before.length);
    return refuse(
      `${label}:${line}:${column}`,
      `byte ${hex(body[bad]!)} is not UTF-8 text (a file saved as Windows-1258 or Latin-1?); save it as UTF-8 and open it again`,
    );
  }
  const text = new TextDecoder('utf-8').decode(body);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = lineAndColumn(text, nul);
    return refuse(`${label}:${line}:${column}`, 'a NUL character: this looks like a binary file, not text');
  }
  return { ok: true, value: text };
}
