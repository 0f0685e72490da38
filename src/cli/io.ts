// File access for the CLI: read-only, with errors that name the file.
import { readFileSync, statSync } from 'node:fs';
import { quoted, readNumber, formatIssue, sizeMessage, english, decodeText } from '../engine/index.ts';
import { CLI_LIMITS } from './limits.ts';
import { CliError } from './errors.ts';

export function readInputFile(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    if (!stat.isFile()) throw new CliError(`${path}: not a regular file`);
    // The size is checked before reading, so a huge file costs nothing.
    if (stat.size > CLI_LIMITS.inputBytes)
      throw new CliError(`${path}: ${english(sizeMessage(stat.size, CLI_LIMITS.inputBytes, 'bytes'))}`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' || code === 'ENOTDIR' ? `${path}: no such file` : `${path}: cannot read the file (${code ?? String(error)})`,
    );
  }
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) throw new CliError(formatIssue(decoded.issues[0]!));
  return decoded.value;
}

/** Parses a number option strictly: "--level 80" yes; "80%", "0x50", "1e999" or "" no. */
export function numberOption(
  name: string,
  text: string | undefined,
  check: (v: number) => boolean,
  expectation: string,
): number | undefined {
  if (text === undefined) return undefined;
  const v = readNumber(text);
  if (v === null || !check(v)) throw new CliError(`--${name} must be ${expectation}, got ${quoted(text)}`, 2);
  return v;
}
