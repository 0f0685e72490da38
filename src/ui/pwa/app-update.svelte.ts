// The page's side of the offline app: registers the service worker (workers/service-worker.ts) and
// knows when a new version of the app is ready. Only built apps register one (main.ts); the dev
// server and the component tests run without.
//
// It never reloads by itself: a new version waits until the user clicks "Tải lại" in this tab,
// and a tab whose service worker was replaced from another tab keeps running (the notice asks it
// to reload), so unsaved work is never lost to an update.
import { SKIP_WAITING } from './protocol.ts';

/** How often a long-open tab asks the server for a newer service worker (browsers check on navigation). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

class AppUpdate {
  /** A new version is installed and waits for this tab, or has already taken over from another tab. */
  ready = $state(false);
  #registration: ServiceWorkerRegistration | undefined;
  /** The user asked for the new version here: reload once it controls the page. */
  #requested = false;

  /** Registers the service worker at `url` once the page has loaded (the first load keeps the network). */
  register(url: string): void {
    const container = navigator.serviceWorker;
    let controlled = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.#requested) location.reload();
      // The first install taking the page is no update; a later change came from another tab's click.
      else if (controlled) this.ready = true;
      controlled = true;
    });
    const start = async () => {
      const registration = await container.register(url);
      this.#registration = registration;
      const noticeWaiting = () => {
        if (registration.waiting && container.controller) this.ready = true;
      };
      noticeWaiting();
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') noticeWaiting();
        });
      });
      setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS); // offline: next time
    };
    const begin = () => void start().catch((error: unknown) => console.warn('service worker not registered', error));
    if (document.readyState === 'complete') begin();
    else window.addEventListener('load', begin, { once: true });
  }

  /** The user's click: the waiting version takes over and this tab reloads into it. */
  apply(): void {
    const waiting = this.#registration?.waiting;
    if (!waiting) {
      location.reload(); // another tab has already switched to it
      return;
    }
    this.#requested = true;
    waiting.postMessage(SKIP_WAITING);
  }

  /** "Later": the notice goes until the next version is found. */
  dismiss(): void {
    this.ready = false;
  }
}

export const appUpdate = new AppUpdate();
