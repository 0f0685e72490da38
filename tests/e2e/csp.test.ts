// The Content Security Policy is in force in the built app: the served index.html carries the
// <meta> from src/csp.ts, `vite preview` sends the header (to the page and to the engine worker),
// and the browser refuses what the policy forbids.
//
// page.evaluate runs through the DevTools protocol, and Chromium does not apply the page's CSP to
// that code itself; so each check below sets up something the page's policy does govern (a
// <script> element, a string handed to eval or a timer, a fetch, an image, a <base>, a frame) and
// asserts both that it did not happen and that the browser reported the violation.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/csp.ts';
import { launchBrowser, watchErrors } from './browser.ts';

const base = inject('baseUrl');

interface Violation {
  directive: string;
  blocked: string;
}

/** Violations the page reported since it loaded (listened for from an init script). */
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

const marks = (page: Page) => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);

describe('Content Security Policy', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let workerUrl: string;
  let other: { server: Server; origin: string; hits: string[] };

  beforeAll(async () => {
    // Another origin: it counts requests, and serves a page that tries to frame the app.
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${base}"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    other = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
    browser = await launchBrowser();
    page = await browser.newPage();
    errors = watchErrors(page);
    await page.addInitScript(() => {
      const list: Violation[] = [];
      (window as unknown as { __violations: Violation[] }).__violations = list;
      document.addEventListener('securitypolicyviolation', (e) => list.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    });
    const worker = page.waitForEvent('worker');
    await page.goto(base);
    workerUrl = (await worker).url();
    await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => other?.server.close(resolve));
  });

  it('ships the policy: a <meta> in the built page and a header on the page, its scripts and the worker', async () => {
    const html = await (await fetch(base)).text();
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]);
    expect(metas).toEqual([CSP_META]);
    // Before any script, or it would not govern it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1]!;
    expect(workerUrl).toMatch(/\/assets\/.*\.js$/);
    for (const url of [base, new URL(script, base).href, workerUrl]) {
      const headers = (await fetch(url)).headers;
      expect(headers.get('content-security-policy'), url).toBe(CSP_HEADER);
      expect(headers.get('x-frame-options'), url).toBeNull(); // so only frame-ancestors can refuse a frame
    }
    for (const policy of [CSP_META, CSP_HEADER]) {
      const scripts = /(?:^|; )script-src ([^;]*)/.exec(policy)![1];
      expect(scripts).toBe("'self'");
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*;?\s*$|strict-dynamic|\*/);
      expect(/(?:^|; )connect-src ([^;]*)/.exec(policy)![1]).toBe("'self'");
    }
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  it('registers the service worker from the bundle, same-origin and under the same policy, without a violation', async () => {
    const html = await (await fetch(base)).text();
    // Every script in the page is a file: the registration adds no inline script.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\ssrc="/.test(tag))).toEqual([true]);
    const scriptUrl = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const url = () => navigator.serviceWorker.controller?.scriptURL;
          if (url()) resolve(url()!);
          else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(url()!), { once: true });
        }),
    );
    expect(scriptUrl).toBe(new URL('sw.js', base).href);
    const served = await fetch(scriptUrl);
    expect(served.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(served.headers.get('content-type')).toMatch(/javascript/);
    expect(await violations(page)).toEqual([]);
  });

  it('runs no inline script, data: script or event handler added to the page', async () => {
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = "(window.__ran ??= []).push('inline')";
      document.body.append(inline);
      const data = document.createElement('script');
      data.src = "data:text/javascript,(window.__ran??=[]).push('data')";
      document.body.append(data);
      const img = document.createElement('img');
      img.setAttribute('onerror', "(window.__ran ??= []).push('handler')");
      img.src = '/no-such-image.png';
      document.body.append(img);
    });
    // Both the <meta> and the header policy report each violation.
    await expect
      .poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.blocked}`))
      .toEqual(expect.arrayContaining(['script-src-elem inline', 'script-src-elem data', 'script-src-attr inline']));
    expect(await marks(page)).toEqual([]);
  });

  it('refuses eval, new Function and string timers in the page', async () => {
    // Called from a timer, so the page's own task runs them, not the DevTools evaluation (where
    // Chromium lets eval through whatever the policy says).
    await page.evaluate(() => {
      const w = window as unknown as { __outcomes: string[] };
      w.__outcomes = [];
      const attempt = (f: () => unknown) => {
        try {
          f();
          w.__outcomes.push('ran');
        } catch (e) {
          w.__outcomes.push((e as Error).name);
        }
      };
      setTimeout(() => {
        attempt(() => (0, eval)("(window.__ran ??= []).push('eval')"));
        attempt(() => new Function("(window.__ran ??= []).push('function')")());
        attempt(() => setTimeout("(window.__ran ??= []).push('timer')", 0));
      }, 0);
    });
    // A string timer does not throw: the browser drops it and reports the violation.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __outcomes: string[] }).__outcomes))
      .toEqual(['EvalError', 'EvalError', 'ran']);
    await expect.poll(async () => (await violations(page)).filter((v) => v.blocked === 'eval').length).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(50);
    expect(await marks(page)).toEqual([]);
  });

  it('fetches, loads and sets nothing from another origin', async () => {
    const before = other.hits.length;
    const outcome = await page.evaluate(async (origin) => {
      const img = document.createElement('img');
      img.src = `${origin}/pixel`;
      document.body.append(img);
      const baseEl = document.createElement('base');
      baseEl.href = `${origin}/`;
      document.head.append(baseEl);
      const frame = document.createElement('iframe');
      frame.src = `${origin}/frame`;
      document.body.append(frame);
      return fetch(`${origin}/fetch`).then(
        () => 'fetched',
        (e: Error) => e.name,
      );
    }, other.origin);
    expect(outcome).toBe('TypeError');
    expect(await page.evaluate(() => document.baseURI)).toBe(base);
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive))
      .toEqual(expect.arrayContaining(['img-src', 'base-uri', 'frame-src', 'connect-src']));
    expect(other.hits.length - before).toBe(0);
  });

  it('cannot be framed by another origin (frame-ancestors, sent as a header only)', async () => {
    const framer = await browser.newPage();
    await framer.goto(`${other.origin}/framer`);
    const frame = framer.frames().find((f) => f !== framer.mainFrame());
    // Chromium puts its error page in place of a frame the policy refuses.
    await expect.poll(() => frame?.url()).toBe('chrome-error://chromewebdata/');
    await framer.close();
  });

  it('logs no error about the policy itself (a <meta> with frame-ancestors would)', () => {
    expect(errors.filter((e) => !/violates the following Content Security Policy directive|Refused to connect/.test(e))).toEqual([]);
  });
});
