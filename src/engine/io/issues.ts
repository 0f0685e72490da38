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
