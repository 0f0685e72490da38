// The zip container of an .xlsx file, read under WORKBOOK_LIMITS. The central directory (the
// archive's own index at its end) names the entries; a part is inflated only when asked for, in
// small input steps with every output byte counted, so a zip bomb is stopped after a few megabytes
// whatever sizes its headers declare. Each part's CRC-32 is checked, so a damaged file is refused
// rather than read with a changed figure. fflate does the inflating; the directory walk is here because
// fflate's unzipSync trusts the declared sizes and its streaming Unzip guesses entry ends from the
// bytes it sees.
import { Inflate } from 'fflate';
import { grouped, msg } from '../../messages.ts';
import type { WorkbookLimits } from './limits.ts';
import { fail, WorkbookProblem } from './problem.ts';

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  packedSize: number;
  headerOffset: number;
  crc: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** Packed bytes per inflate step: deflate expands at most about 1,032 times, so one step yields ~8 MB at most. */
const STEP = 8 * 1024;

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

export class LimitedZip {
  private readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;

  /** `where` names the file in problems (its name). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly where: string,
    private readonly limits: WorkbookLimits,
  ) {
    for (const entry of readDirectory(bytes, where, limits.zipEntries)) {
      const key = entry.name.toLowerCase();
      if (!this.entries.has(key)) this.entries.set(key, entry);
    }
  }

  /** Part names are case-insensitive in a package, and written without a leading slash in the zip. */
  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part's bytes, unpacked within the limits; undefined when the archive has no such part. */
  read(part: string): Uint8Array | undefined {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return undefined;
    if (entry.flags & 1) fail(this.where, msg('xlsxEncryptedOrXls'));
    const packed = this.packedData(entry);
    const chunks: Uint8Array[] = [];
    let size = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      this.checkBudget(part, size, packed.length);
      crc = crc32(crc, chunk);
      if (chunk.length) chunks.push(chunk);
    };
    if (entry.method === 0) {
      take(packed);
    } else if (entry.method === 8) {
      this.inflate(part, packed, take);
    } else {
      fail(this.where, msg('xlsxPartUnreadable', { part }));
    }
    if (crc !== entry.crc) fail(this.where, msg('xlsxPartUnreadable', { part }));
    this.unpacked += size;
    return join(chunks, size);
  }

  private inflate(part: string, packed: Uint8Array, take: (chunk: Uint8Array) => void): void {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (packed.length === 0) inflater.push(packed, true);
      for (let at = 0; at < packed.length; at += STEP) inflater.push(packed.subarray(at, at + STEP), at + STEP >= packed.length);
    } catch (error) {
      // fflate's own errors (a damaged stream); the budget's problems pass through
      if (error instanceof WorkbookProblem) throw error;
      fail(this.where, msg('xlsxPartUnreadable', { part }));
    }
  }

  private checkBudget(part: string, size: number, packedSize: number): void {
    const L = this.limits;
    if (size > L.partBytes) fail(this.where, msg('xlsxPartTooLarge', { part, limit: grouped(L.partBytes), mb: MB(L.partBytes) }));
    if (this.unpacked + size > L.unpackedBytes) {
      fail(this.where, msg('xlsxUnpackedTooLarge', { limit: grouped(L.unpackedBytes), mb: MB(L.unpackedBytes) }));
    }
    if (size > L.ratioGraceBytes && size > packedSize * L.compressionRatio) {
      fail(this.where, msg('xlsxCompressionRatio', { part, ratio: L.compressionRatio }));
    }
  }

  /** The entry's packed bytes, after its local header (whose sizes are not trusted; the directory's are). */
  private packedData(entry: ZipEntry): Uint8Array {
    const { bytes } = this;
    const at = entry.headerOffset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) fail(this.where, msg('xlsxDamaged'));
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const end = start + entry.packedSize;
    if (end > bytes.length) fail(this.where, msg('xlsxDamaged'));
    return bytes.subarray(start, end);
  }
}

function readDirectory(bytes: Uint8Array, where: string, maxEntries: number): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end < 0) fail(where, msg('xlsxDamaged'));
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // zip64: the real count and offset are in the zip64 end record the locator points to
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_END_LOCATOR) fail(where, msg('xlsxDamaged'));
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_END) fail(where, msg('xlsxDamaged'));
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > maxEntries) fail(where, msg('xlsxTooManyParts', { count: grouped(count), limit: grouped(maxEntries) }));
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) fail(where, msg('xlsxDamaged'));
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const next = at + 46 + nameLength + extraLength + u16(bytes, at + 32);
    if (next > bytes.length) fail(where, msg('xlsxDamaged'));
    const sizes = zip64Sizes(bytes, at, at + 46 + nameLength, extraLength);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, ''),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      packedSize: sizes.packed,
      headerOffset: sizes.offset,
      crc: u32(bytes, at + 16),
    });
    at = next;
  }
  return entries;
}

/** The packed size and header offset, from the zip64 extra field where the 32-bit fields overflow. */
function zip64Sizes(bytes: Uint8Array, entry: number, extra: number, extraLength: number): { packed: number; offset: number } {
  let packed = u32(bytes, entry + 20);
  let offset = u32(bytes, entry + 42);
  const unpackedOverflows = u32(bytes, entry + 24) === 0xffffffff;
  for (let at = extra; at + 4 <= extra + extraLength; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 0x0001) continue;
    // the field lists only the overflowing values, in this order: unpacked, packed, offset
    let field = at + 4 + (unpackedOverflows ? 8 : 0);
    if (packed === 0xffffffff) {
      packed = u64(bytes, field);
      field += 8;
    }
    if (offset === 0xffffffff) offset = u64(bytes, field);
  }
  return { packed, offset };
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  return -1;
}

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The zip's checksum (CRC-32, IEEE), continued over one more chunk. */
function crc32(crc: number, chunk: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
/** A 64-bit field; sizes beyond 2^53 cannot be in a file this reader accepts, and fail its bounds checks. */
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;
