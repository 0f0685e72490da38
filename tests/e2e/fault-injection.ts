// Faults in the real, built engine worker, with no test hook in the production bundle: the test
// serves the worker script (one self-contained ES module chunk) with a prelude that wraps
// `self.addEventListener` before comlink's `expose` registers its message listener. Armed, the
// wrapper turns the next comlink request (an APPLY message: a method call) into the fault instead
// of passing it on:
//   throw: an uncaught error in the worker (the page's Worker gets an `error` event);
//   hang:  a busy loop that never ends (only the client's time limit can notice);
//   exit:  `self.close()`, the worker ends without a word (the page gets no event at all).
import type { BrowserContext, Worker } from 'playwright-core';

export type Fault = 'throw' | 'hang' | 'exit';

const ENGINE_WORKER = /\/assets\/engine\.worker-[^/]+\.js$/;

/** The prelude as a function: serialised into the served script, it runs in the worker. */
function prelude(initial: Fault | null): void {
  const scope = self as unknown as { __fault: Fault | null } & typeof globalThis;
  scope.__fault = initial;
  const add = scope.addEventListener.bind(scope);
  scope.addEventListener = ((type: string, listener: (event: MessageEvent) => void, options?: AddEventListenerOptions) => {
    if (type !== 'message') return add(type, listener as EventListener, options);
    add(
      'message',
      (event: MessageEvent) => {
        const fault = scope.__fault;
        if (!fault || (event.data as { type?: string } | null)?.type !== 'APPLY') return listener(event);
        scope.__fault = null;
        if (fault === 'throw') throw new Error('injected fault: throw');
        if (fault === 'exit') return scope.close();
        for (;;); // hang
      },
      options,
    );
  }) as typeof scope.addEventListener;
}

/**
 * Serves every engine worker the context loads with the prelude. `nextWorker` arms the next worker
 * to start (a fault on the retry); `arm` arms a running one. Routing also turns off the HTTP
 * cache, so each new worker is fetched through here.
 */
export async function injectFaults(context: BrowserContext) {
  const plan: Fault[] = [];
  let served = 0;
  await context.route(ENGINE_WORKER, async (route) => {
    const response = await route.fetch();
    const script = `(${prelude.toString()})(${JSON.stringify(plan.shift() ?? null)});\n${await response.text()}`;
    served++;
    await route.fulfill({ response, body: script });
  });
  return {
    /** Workers served so far (each one a start or a restart). */
    get served() {
      return served;
    },
    /** The next worker to start fails its first request with `fault`. */
    nextWorker(fault: Fault) {
      plan.push(fault);
    },
    /** The running worker fails its next request with `fault`. */
    async arm(worker: Worker, fault: Fault) {
      await worker.evaluate((f) => {
        (self as unknown as { __fault: string }).__fault = f;
      }, fault);
    },
  };
}
