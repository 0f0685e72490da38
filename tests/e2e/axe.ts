// axe-core in the built app. The app's Content Security Policy allows no inline script, so axe's
// source is not added as a <script>: Playwright evaluates it through the DevTools protocol, which
// the page's policy does not govern (the app's policy stays as it ships).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe's serious and critical violations on the page as it is, one line per element ("state: rule at target: why"). */
export async function seriousViolations(page: Page, state: string): Promise<string[]> {
  if (!(await page.evaluate(`typeof window.axe === 'object'`))) {
    // The source runs as one script; the closing expression tells whether it defined window.axe.
    if ((await page.evaluate(`${AXE_SOURCE}\n;typeof window.axe`)) !== 'object') throw new Error('axe-core did not load in the page');
  }
  const { violations, passed } = (await page.evaluate(() =>
    (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[]; passes: unknown[] }> } }
    ).axe
      .run(document, { resultTypes: ['violations'] })
      .then((r) => ({ violations: r.violations, passed: r.passes.length })),
  )) as { violations: AxeViolation[]; passed: number };
  if (passed === 0) throw new Error(`axe checked nothing in ${state}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${state}: ${v.id} (${v.impact}) at ${n.target.join(' ')}: ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`),
    );
}
