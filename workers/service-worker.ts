// The service worker: the whole build, precached at install, served from the cache first, so the
// app opens, computes and answers offline after the first visit (the data and the engine ship in
// the bundle; the notebook lives in IndexedDB, which no service worker sees).
//
// Only the build's own files are answered, and only GET requests: anything else, and any other
// URL, goes to the network untouched. A new version installs beside the old one and waits until
// the page asks it to take over (the user's click on "Tải lại"); it never takes over by itself.
//
// The build (src/pwa/precache-plugin.ts) bundles this file as a classic script with the list of
// files in place of __PRECACHE__.
import { SKIP_WAITING, type Precache } from '../src/ui/pwa/protocol.ts';

declare const __PRECACHE__: Precache;

const worker = self as unknown as ServiceWorkerGlobalScope;
const { version, files } = __PRECACHE__;
const PREFIX = 'targetcast-precache-';
const CACHE = PREFIX + version;
const scope = worker.registration.scope;
const INDEX = new URL('index.html', scope).href;

/** Cache key by request URL (without its query): every built file, and the scope itself for the page. */
const keys = new Map<string, string>(files.map((file) => [new URL(file, scope).href, new URL(file, scope).href]));
keys.set(scope, INDEX);

worker.addEventListener('install', (event) => {
  // no-cache: revalidated with the server, so a stale HTTP-cached index.html never enters a new version.
  const requests = [...new Set(keys.values())].map((url) => new Request(url, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The newest older version stays: a tab that still runs it (another tab took the update)
      // keeps loading its lazily loaded chunks, offline too, until it reloads.
      const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const key = keys.get(url.origin + url.pathname);
  if (key) event.respondWith(fromCache(key, request));
});

/** This version's copy, else an older version's (same name, same bytes), else the network. */
async function fromCache(key: string, request: Request): Promise<Response> {
  const own = await (await caches.open(CACHE)).match(key, { ignoreVary: true });
  return own ?? (await caches.match(key, { ignoreVary: true })) ?? fetch(request);
}
