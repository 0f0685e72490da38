// Problems with an input, in one shape for every reader in the engine: where (a JSON path such as
// "observations[3].value", or "file.csv:12") and what, as a keyed message (src/engine/messages.ts)
// with its English rendering beside it for the CLI and logs.
import { english, grouped, msg, textOf, type Message } from '../messages.ts';

export interface ValidationIssue extends Message {
  /** Where the problem is: a JSON path ("levers.cityTopupOther") or "file.csv:12". */
  where: string;
  /** The message in English (what the CLI prints); the UI shows `key` and `params` in its language. */
  message: string;
}

/** A cell quoted in a message: control characters escaped, long text cut. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

export function issue(where: string, text: Message): ValidationIssue {
  return { where, key: text.key, params: text.params, message: english(text) };
}

/** A thrown error as a problem: its keyed text when it has one, else its own words. */
export function issueFromError(where: string, error: unknown): ValidationIssue {
  return issue(where, textOf(error) ?? msg('engineFailed', { detail: error instanceof Error ? error.message : String(error) }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** "where: message" in English, as the CLI prints it. */
export function formatIssue(issue: Pick<ValidationIssue, 'where' | 'message'>): string {
  return `${issue.where}: ${issue.message}`;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/**
 * "the file has 10,485,761 bytes; the limit is 10,485,760 (10 MB)": exact counts, because a file
 * just over the limit would read "10.0 MB; the limit is 10.0 MB" in rounded megabytes.
 */
export function sizeMessage(size: number, limit: number, what: 'bytes' | 'characters', subject: 'file' | 'text' = 'file'): Message {
  const params = { size: grouped(size), limit: grouped(limit), mb: Math.round(limit / 1024 / 1024) };
  if (subject === 'text') return msg('textTooLargeChars', params);
  return msg(what === 'bytes' ? 'fileTooLargeBytes' : 'fileTooLargeChars', params);
}
