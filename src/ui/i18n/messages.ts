// Engine messages, reader problems and errors in the UI's language: the one place the UI turns
// what the engine says (keys and parameters, src/engine/messages.ts) into words. Places (a JSON
// path, "file.csv:7") and the values from the user's file are shown as they are.
import { isMessage, renderMessage, textOf, type Message, type ValidationIssue } from '../../engine/index.ts';
import { EngineError } from '../engine/errors.ts';
import { LOCALE, type Lang } from './format.ts';
import { ISSUE_STRINGS } from './strings/issues.ts';
import { text } from './text.ts';

/** An engine message in a language. */
export function messageText(message: Message, lang: Lang): string {
  return renderMessage(message, ISSUE_STRINGS[lang], LOCALE[lang]);
}

/** A problem to show: an engine issue (keyed), or one the UI wrote already in the reader's language. */
export type ShownIssue = ValidationIssue | { where: string; message: string; key?: undefined };

/** What is wrong, without the place. An issue without a known key shows its own words. */
export function issueMessage(issue: ShownIssue, lang: Lang): string {
  return issue.key !== undefined && isMessage(issue) ? messageText(issue, lang) : issue.message;
}

/** "place: what is wrong", the place as the engine gave it. */
export function issueText(issue: ShownIssue, lang: Lang): string {
  return `${issue.where}: ${issueMessage(issue, lang)}`;
}

/** An error as the user reads it: the engine's keyed message translated, else its own words. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof EngineError) {
    const detail = error.text ? messageText(error.text, lang) : error.detail;
    return detail ? `${text(error.key, lang)} (${detail})` : text(error.key, lang);
  }
  const keyed = textOf(error);
  if (keyed) return messageText(keyed, lang);
  return error instanceof Error ? error.message : String(error);
}
