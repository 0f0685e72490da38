// CLI failures the user can act on. cast.ts prints them as one line and exits non-zero;
// anything else is a bug and is reported as such.

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
