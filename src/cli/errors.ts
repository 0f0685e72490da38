// CLI failures the user can act on. cast.ts prints them as one line and exits non-zero;
// anything else is a bug and is reported as such.
import { formatIssue, type ValidationIssue } from '../engine/index.ts';

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
