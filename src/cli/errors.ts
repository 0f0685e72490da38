// CLI failures the user can act on. cast.ts prints them as one line and exits non-zero;
// anything else is a bug and is reported as such.
import { formatIssue, MessageError, type ValidationIssue } from '../engine/index.ts';

export class CliError extends Error {
  constructor(
    message: string,
    /** 2 for a usage mistake (unknown flag, missing argument), 1 for bad input or data. */
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A file's problems, one a line at its place, under the file's name and what is wrong with it. */
export function fileProblems(path: string, what: string, issues: readonly ValidationIssue[]): CliError {
  return new CliError(`${path}: ${what}\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
}

/**
 * Runs engine work whose refusals (a value out of range, a keyed message) are the user's to act
 * on: they become one CLI line, under `prefix` when given; anything else is a bug and goes on.
 */
export function asUserError<T>(work: () => T, prefix = ''): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError || error instanceof MessageError) throw new CliError(`${prefix}${error.message}`);
    throw error;
  }
}
