// The installed, offline app (src/pwa/, workers/service-worker.ts, src/ui/pwa/): after the first
// visit the service worker holds the whole build; offline, a reload brings back the notebook, its
// data view and its answers, and the engine still loads what it loads lazily. A new version waits
// for the user's click, announced in every open tab, and no tab reloads by itself.
//
// The built app is reached through a small proxy of our own in front of `vite preview`, so a test
// can take the server away (offline: no request may reach it) or serve a second build (a changed
// service worker and page), the way a real deployment would.
import { mkdtempSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchBrowser, screenshot, watchErrors } from './browser.ts';

const base = inject('baseUrl');
const BUILD_MARK = '<meta name="targetcast-test-build" content="2" />';

interface Origin {
  url: string;
  /** Requests that arrived while the server was away. */
  refused: string[];
  /** Server away: every request is cut off. */
  away: boolean;
  /** Serve a second build: the service worker with another precache version, the page marked. */
  secondBuild: { version: string } | null;
  close(): Promise<void>;
}

/** A proxy in front of the built app on its own origin (so its own service worker registration). */
async function originFor(upstreamUrl: string): Promise<Origin> {
  const upstream = new URL(upstreamUrl);
  const origin: Origin = {
    url: '',
    refused: [],
    away: false,
    secondBuild: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const rewriteOf = (path: string): ((text: string) => string) | null => {
    const next = origin.secondBuild;
    if (!next) return null;
    if (path === '/sw.js') return (text) => text.replaceAll(next.version, `${next.version}b`);
    if (path === '/' || path === '/index.html') return (text) => text.replace('</head>', `${BUILD_MARK}</head>`);
    return null;
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (origin.away) {
      origin.refused.push(path);
      req.socket.destroy();
      return;
    }
    const rewrite = rewriteOf(path);
    const headers: IncomingHttpHeaders = { ...req.headers, host: upstream.host };
    if (rewrite) {
      // The whole, uncompressed body, never a 304 for the first build's copy.
      for (const name of ['accept-encoding', 'if-none-match', 'if-modified-since']) delete headers[name];
    }
    const forward = request({ hostname: upstream.hostname, port: upstream.port, path, method: req.method, headers }, (answer) => {
      if (!rewrite) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = rewrite(Buffer.concat(chunks).toString('utf8'));
        const {
          etag: _etag,
          'last-modified': _modified,
          'content-length': _length,
          'transfer-encoding': _encoding,
          ...rest
        } = answer.headers;
        res.writeHead(answer.statusCode ?? 502, { ...rest, 'content-length': Buffer.byteLength(body) }).end(body);
      });
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return origin;
}

async function ready(page: Page): Promise<void> {
  await page.locator('.engine-state[data-phase="ready"]').waitFor({ timeout: 60_000 });
}

/** Waits until the service worker has precached the build and controls the page. */
async function controlled(page: Page): Promise<void> {
  // Not page.waitForFunction: it compiles its predicate in the page, which the policy forbids.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        if (navigator.serviceWorker.controller) resolve();
        else navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
      }),
  );
}

const yearEndMedian = (page: Page, metric: string) =>
  page.locator(`.cell-answer [data-metric="${metric}"] .median`).first().textContent({ timeout: 30_000 });

/** The precache's version (its cache's name ends with it) and the URLs it holds, with their bytes. */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('targetcast-precache-'));
    const cache = await caches.open(names.at(-1)!);
    const entries = await Promise.all(
      (await cache.keys()).map(async (request) => [request.url, (await (await cache.match(request))!.arrayBuffer()).byteLength] as const),
    );
    return { names, version: names.at(-1)!.slice('targetcast-precache-'.length), entries };
  });

/**
 * Every script and style the app can load, from index.html through each chunk's references to
 * other chunks (static and dynamic imports, the engine worker, the worker's own lazy chunks).
 */
async function chunksFrom(origin: string): Promise<string[]> {
  const found = new Set<string>();
  const queue = [new URL('index.html', origin).href];
  while (queue.length > 0) {
    const text = await (await fetch(queue.pop()!)).text();
    for (const [name] of text.matchAll(/[\w.-]+-[\w-]{8}\.(?:js|css)\b/g)) {
      const url = new URL(`assets/${name}`, origin).href;
      if (found.has(url)) continue;
      const response = await fetch(url);
      // `vite preview` answers an unknown path with the page; only real chunks count.
      if (!response.ok || !/javascript|css/.test(response.headers.get('content-type') ?? '')) continue;
      found.add(url);
      queue.push(url);
    }
  }
  return [...found].sort();
}

describe('the installed app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is installable: a manifest with a Vietnamese name and icons that Chromium accepts', async () => {
    // A profile on disk: Chromium installs nothing from an incognito-like context.
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'targetcast-install-')), {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_FLAGS],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { errors, data } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
    expect(errors).toEqual([]);
    expect(JSON.parse(data!)).toMatchObject({
      name: 'targetcast — Kế hoạch & dự báo BHXH, BHYT, BHTN',
      short_name: 'targetcast',
      lang: 'vi',
      start_url: './',
      display: 'standalone',
      theme_color: '#0b5394',
    });
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    await context.close();
  });

  it('after one visit, opens offline with the notebook, its data and its answers', async () => {
    const origin = await originFor(base);
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(origin.url);
    await ready(page);
    const median = await yearEndMedian(page, 'hi.coverage');
    expect(median).toMatch(/^\d{2},\d+%$/);
    const title = 'Kế hoạch 2026, làm ngoại tuyến / planned offline';
    await page.locator('.toolbar .title input').fill(title);
    await page.locator('.toolbar .title input').press('Enter');
    await expect.poll(() => page.locator('[data-testid="autosave-state"]').textContent()).toMatch(/Đã tự lưu trong trình duyệt lúc/);
    await controlled(page);

    // The whole build is precached: every chunk the app can load, the page, the manifest and icons;
    // no source map and not the service worker itself.
    const cache = await precached(page);
    const urls = cache.entries.map(([url]) => url);
    expect(urls).toEqual(expect.arrayContaining(await chunksFrom(origin.url)));
    for (const path of [
      'index.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/icon-maskable-512.png',
    ]) {
      expect(urls).toContain(new URL(path, origin.url).href);
    }
    expect(urls.filter((url) => /\.map$|\/sw\.js$/.test(url))).toEqual([]);
    const bytes = cache.entries.reduce((sum, [, size]) => sum + size, 0);
    console.info(`precache: ${urls.length} files, ${(bytes / 1024).toFixed(0)} KiB`);

    origin.away = true;
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await screenshot(page, 'offline-reload');
    // The notebook as the user left it (the autosave), computing the same answers.
    expect(await page.locator('.toolbar .title input').inputValue()).toBe(title);
    expect(await page.locator('[data-testid="restored-note"]').textContent()).toMatch(/Đã khôi phục bản tự lưu/);
    expect(await yearEndMedian(page, 'hi.coverage')).toBe(median);
    expect(await page.locator('.cell-chart svg').count()).toBeGreaterThan(0);
    // Its data view.
    await page.getByRole('tab', { name: 'Dữ liệu' }).click();
    const participants = page.locator('tr[data-metric="hi.participants"][data-region="Hanoi"] td.value');
    await expect.poll(() => participants.textContent()).toBe('khoảng 8.240.000 người');
    // A lazily loaded chunk: the first import loads the engine's file reader, offline too.
    await page.locator('[data-testid="import-button-input"]').setInputFiles({
      name: 'thang-10.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('metric,date,value\nhi.participants,2025-10-31,8250000\n'),
    });
    const dialog = page.locator('[data-testid="import-dialog"]');
    await expect.poll(() => dialog.locator('h2').textContent(), { timeout: 30_000 }).toBe('Nhập số liệu từ thang-10.csv');
    await expect.poll(() => dialog.locator('#import-summary').textContent()).toMatch(/Thêm mới: 1 số liệu/);

    // Only the browser's own update check for the service worker went out (emulated offline
    // does not hold it back); it failed, and everything above came from the precache.
    expect(origin.refused.filter((path) => path !== '/sw.js')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await origin.close();
  }, 120_000);

  it('says when a new version is ready, in every open tab, and reloads only the tab that asks', async () => {
    const origin = await originFor(base);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const asking = await context.newPage();
    const errors = watchErrors(asking);
    await asking.goto(origin.url);
    await ready(asking);
    await controlled(asking);
    const first = await precached(asking);

    // A second tab with unsaved work.
    const other = await context.newPage();
    const dialogs: string[] = [];
    other.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await other.goto(origin.url);
    await ready(other);
    await other.locator('.toolbar .title input').fill('Chưa lưu / unsaved');
    await other.locator('.toolbar .title input').press('Enter');
    await expect.poll(() => other.locator('[data-testid="saved-state"]').getAttribute('data-dirty')).toBe('true');
    for (const page of [asking, other]) await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

    const notice = (page: Page) => page.getByTestId('update-notice');
    expect(await notice(asking).textContent()).toBe('');
    origin.secondBuild = { version: first.version };
    await asking.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect.poll(() => notice(asking).textContent(), { timeout: 30_000 }).toMatch(/^\s*Có phiên bản mới của targetcast\./);
    await expect.poll(() => notice(other).textContent()).toMatch(/Có phiên bản mới/);
    expect(await sameDocument(asking)).toBe(true);
    await screenshot(asking, 'update-notice-vi');

    // From the keyboard: the button takes focus and Enter reloads this tab into the new version.
    const reload = asking.getByRole('button', { name: 'Tải lại' });
    await reload.focus();
    await Promise.all([asking.waitForEvent('load'), asking.keyboard.press('Enter')]);
    await ready(asking);
    expect(await sameDocument(asking)).toBe(false);
    expect(await asking.locator('meta[name="targetcast-test-build"]').count()).toBe(1);
    expect(await notice(asking).textContent()).toBe('');
    const second = await precached(asking);
    expect(second.version).toBe(`${first.version}b`);
    // The version before stays while a tab may still run it.
    expect(second.names).toEqual([`targetcast-precache-${first.version}`, `targetcast-precache-${first.version}b`]);

    // The other tab keeps its document and its unsaved title, and says the new version is ready, in
    // its language.
    expect(await sameDocument(other)).toBe(true);
    expect(await other.locator('.toolbar .title input').inputValue()).toBe('Chưa lưu / unsaved');
    await other.getByLabel('English').check();
    await expect.poll(() => notice(other).textContent()).toMatch(/A new version of targetcast is ready\..*Reload.*Later/s);
    await other.getByRole('button', { name: 'Later' }).click();
    expect(await notice(other).textContent()).toBe('');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await origin.close();
  }, 120_000);
});
