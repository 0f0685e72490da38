// The shipped notebook's first answers are built with the app (shipped-answers-plugin.ts): they must
// be the worker's own quick answers to that file, and survive the trip through the built module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedAnswers } from '../../../src/ui/notebook/shipped-answers-plugin.ts';
import { PREVIEW_PATHS } from '../../../src/ui/notebook/shipped-answers.ts';
import { newHanoiService } from '../../support/hanoi.ts';

const FILE = 'scenarios/hanoi-2025-baseline.json';
const text = readFileSync(FILE, 'utf8');

describe('the shipped notebook’s first answers', () => {
  const answers = shippedAnswers(text, 'hanoi-2025-baseline.json');

  it('are the worker service’s answers on the preview paths, run at the file’s levers', () => {
    // A service as the worker builds it (the checks loaded on demand there; here given), asked as the store asks.
    const service = newHanoiService();
    const parsed = service.parse(text, 'hanoi-2025-baseline.json');
    if (!parsed.ok) throw new Error('shipped file refused');
    const scenario = parsed.value;
    const opened = service.open({ ...scenario, monteCarlo: { ...scenario.monteCarlo, paths: PREVIEW_PATHS } });
    expect(opened).toEqual({ ok: true, value: answers.opened });
    const { levers, distributions, leversFrom } = scenario;
    expect(service.run({ levers, distributions, leversFrom })).toEqual(answers.result);
    expect(answers.result.paths).toBe(PREVIEW_PATHS);
    expect(answers.text).toBe(text);
  });

  it('come through JSON unchanged (no value JSON cannot carry, such as NaN or Infinity)', () => {
    expect(JSON.parse(JSON.stringify(answers))).toStrictEqual(answers);
  });
});
