// A file's problems, listed up to a limit and counted past it ("120 more problems not listed"), so
// that a file with a bad column does not bury the first problems under a hundred thousand more.
import { grouped, msg, type Message } from '../messages.ts';
import { issue, type ValidationIssue } from './issues.ts';

export interface CappedIssues {
  add(where: string, text: Message): void;
  /** The listed problems, and the count of the rest at `where` when some were not listed. */
  list(where: string): ValidationIssue[];
}

export function cappedIssues(limit: number): CappedIssues {
  const listed: ValidationIssue[] = [];
  let unlisted = 0;
  return {
    add(where, text) {
      if (listed.length < limit) listed.push(issue(where, text));
      else unlisted++;
    },
    list: (where) => (unlisted > 0 ? [...listed, issue(where, msg('moreProblemsNotListed', { count: grouped(unlisted) }))] : [...listed]),
  };
}
