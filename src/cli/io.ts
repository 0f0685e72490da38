// File access for the CLI: read-only, with errors that name the file.
import { readFileSync, statSync } from 'node:fs';
import { formatIssue } from '../engine/io/issues.ts';
import { decodeText } from '../engine/io/text-decode.ts';
import { CliError } from './errors.ts';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export function readInputFile(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  if (size > MAX_INPUT_BYTES)
    throw new CliError(`${path}: the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
  const decoded = decodeText(readFileSync(path), path);
  if (!decoded.ok) throw new CliError(formatIssue(decoded.issues[0]!));
  return decoded.value;
}

/** Parses a number option strictly: "--level 80" yes, "--level 80%" no. */
export function numberOption(
  name: string,
  text: string | undefined,
  check: (v: number) => boolean,
  expectation: string,
): number | undefined {
  if (text === undefined) return undefined;
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v) || !check(v)) throw new CliError(`--${name} must be ${expectation}, got "${text}"`, 2);
  return v;
}
