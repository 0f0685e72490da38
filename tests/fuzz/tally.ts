// Counting what the fuzzers and corpora throw at each reader: inputs tried, accepted, rejected
// cleanly (problems that each say where and what), and crashes (a throw, or a problem without a
// place or a message). Each test file writes its counts to test-artifacts/fuzz/, and
// `npm run fuzz` (tests/fuzz/report.ts) prints them as one table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ValidationIssue } from '../../src/engine/io/issues.ts';

/** How many generated inputs each property runs: FUZZ_RUNS=5000 for a long run. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 300;

// From the working directory (the repository root under vitest and npm run fuzz), not
// import.meta.url, which is not a file: URL in the jsdom (components) project.
export const FUZZ_DIR = pathToFileURL(`${process.cwd()}/test-artifacts/fuzz/`);

/** What a reader gave back: accepted, or refused with problems. */
/** A problem as the tally judges it: a place and a message (the CLI's stderr lines have no key). */
type Problem = Pick<ValidationIssue, 'where' | 'message'>;
export type ReaderResult = { ok: true } | { ok: false; issues: readonly Problem[] };

export interface Counts {
  reader: string;
  tried: number;
  accepted: number;
  rejected: number;
  crashes: number;
  /** The first few crashing inputs, shortened, to reproduce them. */
  crashExamples: string[];
}

const clean = (issue: Problem) => issue.where.trim().length > 0 && issue.message.trim().length > 0;

export class Tally {
  private readonly counts: Counts;

  constructor(reader: string) {
    this.counts = { reader, tried: 0, accepted: 0, rejected: 0, crashes: 0, crashExamples: [] };
  }

  /** Runs the reader on one input and counts the outcome; returns it for further assertions. */
  attempt<R extends ReaderResult>(input: string, read: () => R): R | null {
    this.counts.tried++;
    try {
      return this.count(input, read());
    } catch (error) {
      return this.threw(input, error);
    }
  }

  /** The same, for readers that resolve asynchronously (the notebook store). */
  async attemptAsync<R extends ReaderResult>(input: string, read: () => Promise<R>): Promise<R | null> {
    this.counts.tried++;
    try {
      return this.count(input, await read());
    } catch (error) {
      return this.threw(input, error);
    }
  }

  private count<R extends ReaderResult>(input: string, result: R): R {
    if (result.ok) this.counts.accepted++;
    else if (result.issues.length > 0 && result.issues.every(clean)) this.counts.rejected++;
    else this.crash(input, `unclear problems: ${JSON.stringify(result.issues).slice(0, 200)}`);
    return result;
  }

  private threw(input: string, error: unknown): null {
    this.crash(input, error instanceof Error ? error.message : String(error));
    return null;
  }

  private crash(input: string, why: string): void {
    this.counts.crashes++;
    if (this.counts.crashExamples.length < 5) this.counts.crashExamples.push(`${JSON.stringify(input.slice(0, 120))}: ${why}`);
  }

  get result(): Readonly<Counts> {
    return this.counts;
  }

  /** Writes the counts for the report; call from afterAll. */
  save(): void {
    mkdirSync(FUZZ_DIR, { recursive: true });
    const file = this.counts.reader.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    writeFileSync(new URL(`${file}.json`, FUZZ_DIR), `${JSON.stringify(this.counts, null, 2)}\n`);
  }
}
