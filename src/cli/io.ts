// File access for the CLI, with errors that name the file: input files are only read; the one file
// the CLI writes (`import --out`) is new, and written whole or not at all.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { quoted, readNumber, formatIssue, sizeMessage, english, decodeText } from '../engine/index.ts';
import { CLI_LIMITS } from './limits.ts';
import { CliError } from './errors.ts';
import { inputName, standardInput, STDIN } from './stdin.ts';

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** A file's bytes, once it is known to be a regular file within the size limit; `-`: standard input's. */
export function readInputBytes(path: string): Uint8Array {
  if (path === STDIN) return standardInput();
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path}: is a folder, not a file`);
    if (!stat.isFile()) throw new CliError(`${path}: not a regular file`);
    // The size is checked before reading, so a huge file costs nothing.
    if (stat.size > CLI_LIMITS.inputBytes)
      throw new CliError(`${path}: ${english(sizeMessage(stat.size, CLI_LIMITS.inputBytes, 'bytes'))}`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `${path}: no such file` : `${path}: cannot read the file (${code})`);
  }
}

/** A text file's content (UTF-8 or UTF-16 with a BOM). */
export function readInputFile(path: string): string {
  const decoded = decodeText(readInputBytes(path), inputName(path));
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

/** Links `temp` in at `path`, which must not exist; a link fails on an existing path, even one made meanwhile. */
function linkNew(temp: string, path: string): void {
  const exists = () => new CliError(`${path}: the file exists; cast does not overwrite files (remove it or choose another name)`);
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw exists();
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    if (existsSync(path)) throw exists();
    renameSync(temp, path);
  }
}

/**
 * Writes a new file whole or not at all: the text goes to a hidden file beside it, flushed to disk,
 * then linked in under its name; an existing file (an input file too) is never replaced.
 */
export function writeNewFile(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    linkNew(temp, path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = errorCode(error);
    throw new CliError(code === 'ENOENT' || code === 'ENOTDIR' ? `${path}: no such folder` : `${path}: cannot write the file (${code})`);
  } finally {
    rmSync(temp, { force: true });
  }
}
