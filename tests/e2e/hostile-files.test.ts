// Hostile files in the real app: the XSS corpus (tests/fixtures/hostile/) in every text field of a
// scenario file, opened in headless Chromium, every view visited. Nothing may run (no dialog, no
// window.__pwned, no page error), nothing may be injected (no script, frame, base, refresh,
// handler attribute or javascript: URL in the DOM), and nothing may leave the page: requests go
// to the app's own origin only, and the canary server the fetcher payloads point at sees no hit.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseScenarioText } from '../../src/engine/io/scenario-file.ts';
import { openedFiles, rejectedFiles, SHOWN_ISSUES, type HostileFile, type OpenedFile } from '../fixtures/hostile/files.ts';
import { hostilePayloads } from '../fixtures/hostile/payloads.ts';
import { launchBrowser, screenshot, watchErrors } from './browser.ts';
import { HANOI_CONTEXT } from '../support/hanoi.ts';
import { issueText } from '../../src/ui/i18n/messages.ts';
import type { ValidationIssue } from '../../src/engine/io/issues.ts';

/** A problem as the app shows it to its default, Vietnamese, reader. */
const shown = (issue: ValidationIssue) => issueText(issue, 'vi');

/** Counts every request that reaches it: the fetcher payloads all point here. */
function startCanary(): Promise<{ server: Server; origin: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    // Content that would run or mark the page if it were ever loaded as a script or a frame.
    res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.__pwned = "canary";');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits })),
  );
}

interface Watch {
  dialogs: string[];
  errors: string[];
  /** Requests to anywhere but the app's origin, with how each ended ('' while pending). */
  outside: Map<string, string>;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/**
 * Everything in the DOM that could run or load: frames, plugins, base, refresh, handlers, script
 * URLs, and elements the app did not ship (scripts, links, meta). Plot's own <style> inside its
 * charts is the only style element that may appear; the only links that may are the ones Vite adds
 * for the app's own lazily loaded parts (a view, a cell kind): a module or stylesheet in /assets/
 * of the app's origin.
 */
function injected(page: Page, shipped: string[]): Promise<string[]> {
  return page.evaluate((shipped) => {
    const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcset']);
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.localName;
      if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'portal', 'applet'].includes(tag)) found.push(`<${tag}>`);
      const href = tag === 'link' ? new URL(el.getAttribute('href') ?? '', location.href) : null;
      const ownChunk =
        ['modulepreload', 'stylesheet'].includes(el.getAttribute('rel') ?? '') &&
        href?.origin === location.origin &&
        /^\/assets\/[\w.-]+\.(js|css)$/.test(href.pathname);
      if (['script', 'link', 'meta'].includes(tag) && !shipped.includes(el.outerHTML) && !ownChunk) found.push(el.outerHTML);
      if (tag === 'style' && !el.parentElement?.matches('svg[class^="plot-"]')) found.push(el.outerHTML.slice(0, 80));
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name) || name === 'srcdoc') found.push(`<${tag} ${name}>`);
        const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (URL_ATTRS.has(name) && /^(javascript|vbscript|data:text\/html)/i.test(compact)) found.push(`<${tag} ${name}=${value}>`);
      }
    }
    return found;
  }, shipped);
}

/** Images with an outside URL (the Markdown renderer turns images into links, so none). */
const outsideImages = (page: Page) =>
  page
    .locator('.markdown img[src]')
    .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src).filter((src) => new URL(src).origin !== location.origin));

describe('hostile scenario files', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let canary: Awaited<ReturnType<typeof startCanary>>;
  let payloads: string[];
  let shipped: string[];
  const watch: Watch = { dialogs: [], errors: [], outside: new Map() };
  const tally = { payloads: 0, fields: 0, placements: 0, opened: 0, rejected: 0, checks: 0, pwned: 0 };
  const base = new URL(inject('baseUrl'));

  beforeAll(async () => {
    canary = await startCanary();
    payloads = hostilePayloads(canary.origin);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    // Init scripts come through the DevTools protocol, which the page's CSP does not govern.
    await context.addInitScript(() => {
      delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
      const list: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push(e.blockedURI));
    });
    // Chromium reports a load that CSP refuses as a request that fails ("csp") before it is sent.
    const isOutside = (url: string) => !/^(data|blob):/.test(url) && new URL(url).origin !== base.origin;
    context.on('request', (r) => isOutside(r.url()) && watch.outside.set(r.url(), ''));
    context.on('requestfailed', (r) => isOutside(r.url()) && watch.outside.set(r.url(), r.failure()?.errorText ?? 'failed'));
    context.on('requestfinished', (r) => isOutside(r.url()) && watch.outside.set(r.url(), 'sent'));
    page = await context.newPage();
    watch.errors = watchErrors(page);
    page.on('dialog', (d) => {
      watch.dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(base.href);
    await ready(page);
    shipped = await page.locator('script, link, meta').evaluateAll((els) => els.map((e) => e.outerHTML));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => canary?.server.close(resolve));
    console.log(
      `hostile files: ${tally.payloads} payloads in ${tally.fields} fields (${tally.placements} payload-field placements); ` +
        `${tally.opened} files opened, ${tally.rejected} rejected; ${tally.checks} DOM checks; ` +
        `scripts run ${watch.dialogs.length + tally.pwned}; requests leaked ${canary.hits.length}; outside requests attempted ${watch.outside.size}`,
    );
  });

  /** Nothing ran, nothing was injected, nothing left the page; outside images were refused by CSP. */
  async function assertInert(where: string): Promise<void> {
    tally.checks++;
    expect(await injected(page, shipped), where).toEqual([]);
    const mark = await pwned(page);
    if (mark !== undefined) tally.pwned++;
    expect(mark, where).toBeUndefined();
    expect(watch.dialogs, where).toEqual([]);
    expect(canary.hits, where).toEqual([]);
    // Not even an attempt: Markdown images are links (src/ui/markdown/tree.ts), so the CSP has nothing to refuse.
    expect([...watch.outside], where).toEqual([]);
    expect(await outsideImages(page), where).toEqual([]);
    // zod probes once whether eval is allowed (new Function in a try) and the CSP reports the probe.
    expect(
      (await violations(page)).filter((v) => v !== 'eval'),
      where,
    ).toEqual([]);
    // Chromium logs each refused load as a console error; anything else is a real error.
    expect(
      watch.errors.filter((e) => !e.includes('Content Security Policy')),
      where,
    ).toEqual([]);
  }

  async function open(file: HostileFile): Promise<void> {
    await page
      .locator('[data-testid="open-input"]')
      .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  }

  async function visitViews(file: OpenedFile): Promise<void> {
    const tabs = page.locator('.views [role="tab"]');
    const count = await tabs.count();
    expect(count).toBe(4);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      if (i === 2) await page.locator('.compare-view table, .compare-view .muted').first().waitFor();
      if (i === 3) expect(await page.locator('#preview-title').textContent()).toContain(file.title);
      await assertInert(`${file.name}, view ${i}`);
    }
    await tabs.first().click();
  }

  it('every text field holds every payload, and the files parse as intended', () => {
    const opened = openedFiles(payloads);
    const rejected = rejectedFiles(payloads);
    for (const f of opened) expect(parseScenarioText(HANOI_CONTEXT, f.text, f.name).ok, f.name).toBe(true);
    for (const f of rejected) expect(parseScenarioText(HANOI_CONTEXT, f.text, f.name).ok, f.name).toBe(false);
    const byField = new Map<string, Set<string>>();
    for (const f of [...opened, ...rejected])
      for (const [field, values] of Object.entries(f.values)) {
        const covered = byField.get(field) ?? new Set<string>();
        for (const p of payloads) if (values.some((v) => v.includes(p))) covered.add(p);
        byField.set(field, covered);
      }
    // A file name cannot hold "/" or NUL, so it carries most payloads, not all; the format field one.
    const partial = new Set(['file name', 'format']);
    for (const [field, covered] of byField) if (!partial.has(field)) expect(covered.size, field).toBe(payloads.length);
    tally.payloads = payloads.length;
    tally.fields = byField.size;
    tally.placements = [...byField.values()].reduce((n, s) => n + s.size, 0);
  });

  // Opens every hostile file and visits all four views with each: about a minute on two cores.
  it('opens files with payloads in every free-text field: nothing runs, loads or is injected', { timeout: 150_000 }, async () => {
    for (const file of openedFiles(payloads)) {
      await open(file);
      const title = page.locator('.toolbar .title input');
      // A text input drops line breaks from its value; the rest must be verbatim (and the preview
      // heading shows it whole).
      await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe(file.title.replace(/[\r\n]/g, ''));
      await ready(page);
      tally.opened++;
      await assertInert(file.name);
      if (file.group === 'sources') {
        const quotes = await page.locator('.source blockquote').allTextContents();
        expect(quotes.length).toBeGreaterThan(50);
        expect(quotes.filter((q) => !file.values['source.quote']!.includes(q))).toEqual([]);
        await screenshot(page, 'hostile-sources');
      }
      if (file.group === 'narrative') {
        expect(await page.locator('.cell-markdown .markdown').count()).toBeGreaterThan(payloads.length);
        expect((await page.locator('.markdown').allTextContents()).join('\n')).toContain('<script>alert(1)</script>'); // shown as text
        await screenshot(page, 'hostile-narrative');
      }
      await visitViews(file);
      if (file.variants.length > 0) {
        await page.locator('.views [role="tab"]').nth(2).click();
        const heads = page.locator('.compare-view th.variant');
        await expect.poll(() => heads.allTextContents(), { timeout: 30_000 }).toEqual(['Phương án gốc', ...file.variants]);
        await assertInert(`${file.name}, compare results`);
        await page.locator('.views [role="tab"]').first().click();
      }
    }
  });

  it('shows the problems of files with payloads in ids, keys and enums as text', async () => {
    const panel = page.locator('[data-testid="file-issues"]');
    for (const file of rejectedFiles(payloads)) {
      await open(file);
      await expect.poll(() => panel.locator('.name').textContent()).toBe(file.name);
      const parsed = parseScenarioText(HANOI_CONTEXT, file.text, file.name);
      const expected = parsed.ok ? [] : parsed.issues.map(shown);
      expect(expected.length, file.name).toBeLessThanOrEqual(SHOWN_ISSUES);
      expect(await panel.locator('li code').allTextContents(), file.name).toEqual(expected);
      tally.rejected++;
      await assertInert(file.name);
    }
    await screenshot(page, 'hostile-rejected');
  });

  it('adds hostile files in the Compare view: problems and titles shown as text', async () => {
    await page.locator('.views [role="tab"]').nth(2).click();
    const input = page.locator('[data-testid="compare-input"]');
    const problems = page.locator('[data-testid="compare-problems"]');
    // One rejected file of each field group: the panel is the same for all.
    const groups = new Set<string>();
    for (const file of rejectedFiles(payloads).filter((f) => !groups.has(f.group) && groups.add(f.group))) {
      await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
      await expect.poll(() => problems.locator('strong').textContent()).toContain(file.name);
      const parsed = parseScenarioText(HANOI_CONTEXT, file.text, file.name);
      expect(await problems.locator('li code').allTextContents(), file.name).toEqual(parsed.ok ? [] : parsed.issues.map(shown));
      await assertInert(`compare: ${file.name}`);
    }
    const added = openedFiles(payloads).find((f) => f.group.startsWith('title'))!;
    await input.setInputFiles({ name: added.name, mimeType: 'application/json', buffer: Buffer.from(added.text) });
    await expect.poll(() => page.locator('.compare-view .files li').first().textContent()).toContain(added.title);
    await expect
      .poll(() => page.locator('.compare-view th.variant').last().textContent(), { timeout: 30_000 })
      .toBe(`${added.title} (${added.name})`);
    await assertInert('compare: an added file');
    await page.locator('.views [role="tab"]').first().click();
  });

  it('exports hostile text as data: the chart SVG holds it as text, the saved file unchanged', async () => {
    const sources = openedFiles(payloads).find((f) => f.group === 'sources')!;
    await open(sources);
    await expect.poll(() => page.locator('.toolbar .title input').inputValue()).toBe(sources.title.replace(/[\r\n]/g, ''));
    await ready(page);
    const chart = page.locator('.cell-chart').first();
    await chart.locator('svg').first().waitFor();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), chart.locator('.export-svg').click()]);
    const svg = new JSDOM(await readDownload(svgDownload), { contentType: 'image/svg+xml' }).window.document;
    expect(svg.querySelectorAll('script, foreignObject, iframe, a').length).toBe(0);
    const attributes = [...svg.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((n) => /^on/i.test(n) || n.endsWith('href'))).toEqual([]);
    const titles = [...svg.querySelectorAll('title')].map((t) => t.textContent ?? '');
    const documents = new Set(sources.values['source.document']);
    const shown = titles.flatMap((t) => t.split('\n')).filter((line) => [...documents].some((d) => line.endsWith(`: ${d}`)));
    expect(shown.length).toBeGreaterThan(0);
    await page.locator('.views [role="tab"]').nth(3).click();
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('.export-scenario').click()]);
    const reopened = parseScenarioText(HANOI_CONTEXT, await readDownload(saved));
    const original = parseScenarioText(HANOI_CONTEXT, sources.text);
    expect(reopened.ok && original.ok).toBe(true);
    if (reopened.ok && original.ok) {
      expect(reopened.value.data).toEqual(original.value.data);
      expect(reopened.value.title).toBe(original.value.title);
    }
    await assertInert('exports');
    await page.locator('.views [role="tab"]').first().click();
  });
});

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}
