// The reader stops at the first problem it finds in a workbook: every problem is the file's (damaged,
// hostile or too large), so one clear message is worth more than a list. The parts throw it from
// deep inside parsing; readXlsx turns it into the Validated result.
import { issue, type ValidationIssue } from '../issues.ts';
import type { Message } from '../../messages.ts';

export class WorkbookProblem extends Error {
  readonly issue: ValidationIssue;
  constructor(where: string, text: Message) {
    const found = issue(where, text);
    super(found.message);
    this.name = 'WorkbookProblem';
    this.issue = found;
  }
}

export function fail(where: string, text: Message): never {
  throw new WorkbookProblem(where, text);
}
