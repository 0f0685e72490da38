// Turning schema failures into messages a user can act on: "observations[3].value: must be at
// most 100, got 120". Every parser in the engine reports problems in this one shape.
import type { z } from 'zod';

export interface ValidationIssue {
  /** Where the problem is: a JSON path ("levers.cityTopupOther") or "file.csv:12". */
  where: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function issuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return error.issues.map((issue) => ({
    where: formatPath([...prefix, ...issue.path]) || '(top level)',
    message: issue.message,
  }));
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.where}: ${issue.message}`;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** 1234567 as "1,234,567" in messages. */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * "the file has 10,485,761 bytes; the limit is 10,485,760 (10 MB)": exact counts, because a file
 * just over the limit would read "10.0 MB; the limit is 10.0 MB" in rounded megabytes.
 */
export function sizeMessage(size: number, limit: number, what: 'bytes' | 'characters', subject = 'the file'): string {
  return `${subject} has ${count(size)} ${what}; the limit is ${count(limit)} (${Math.round(limit / 1024 / 1024)} MB)`;
}
