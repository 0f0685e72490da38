// `-` where a command reads a file: standard input. The commands read their files synchronously,
// but a synchronous read of standard input fails on a pipe left non-blocking (EAGAIN, as a parent
// process may leave it), so cast.ts reads it whole, as a stream, before the command runs; the file
// readers (io.ts) then take its bytes from here.
import { CliError } from './errors.ts';
import { CLI_LIMITS } from './limits.ts';
import { formatNumber } from './table.ts';

export const STDIN = '-';

/** How messages name standard input where they would name a file. */
export const inputName = (path: string) => (path === STDIN ? '<stdin>' : path);

let current: Uint8Array | undefined;

/** Reads a stream to its end, refusing more bytes than an input file may have. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, limit: number = CLI_LIMITS.inputBytes): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk);
    size += bytes.length;
    // Stopping here ends the read: a huge input costs no more than the limit.
    if (size > limit) throw new CliError(`${inputName(STDIN)}: more than ${formatNumber(limit)} bytes, the limit for an input file`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Runs `work` with `bytes` as the `-` file. */
export async function withStandardInput<T>(bytes: Uint8Array, work: () => Promise<T>): Promise<T> {
  current = bytes;
  try {
    return await work();
  } finally {
    current = undefined;
  }
}

/** The `-` file's bytes, read before the command ran. */
export function standardInput(): Uint8Array {
  if (current === undefined) throw new Error('a command read - without standard input being read first');
  return current;
}
