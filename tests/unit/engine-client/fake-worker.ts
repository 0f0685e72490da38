// Stand-ins for the engine worker in Node: a service exposed through comlink over a MessageChannel
// (so arguments and answers are structured-cloned as in a browser), which tests can make hang
// (a promise that never settles) or crash (an `error` event on the worker).
import * as Comlink from 'comlink';
import type { EngineApi } from '../../../src/ui/engine/types.ts';

export class FakeWorker extends EventTarget {
  terminated = false;
  private readonly main: MessagePort;
  private readonly inner: MessagePort;

  constructor(service: object) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.main = port1;
    this.inner = port2;
    Comlink.expose(service, port2);
    port1.addEventListener('message', (event) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }));
    });
    port1.start();
  }

  postMessage(data: unknown, transfer: Transferable[] = []): void {
    if (!this.terminated) this.main.postMessage(data, transfer);
  }

  terminate(): void {
    this.terminated = true;
    this.main.close();
    this.inner.close();
  }

  /** What a browser reports when a worker throws uncaught or fails to load. */
  crash(): void {
    this.dispatchEvent(new Event('error'));
  }
}

const METHODS = ['parse', 'open', 'run', 'seek', 'sensitivity', 'newScenario', 'compare', 'warmUp'] as const;
export type Method = (typeof METHODS)[number];

export interface Call {
  worker: number;
  method: Method;
  args: unknown[];
}

/** What a fake worker does for a call: answer (maybe async), throw, hang or crash. */
export type Behaviour = (call: Call, worker: FakeWorker) => unknown;

export const hang = (): Promise<never> => new Promise<never>(() => {});
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A worker factory whose every worker routes its calls to `behave`, with a log of what happened. */
export function fakeWorkers(behave: Behaviour) {
  const workers: FakeWorker[] = [];
  const calls: Call[] = [];
  const createWorker = (): Worker => {
    const index = workers.length;
    const service = Object.fromEntries(
      METHODS.map((method) => [
        method,
        (...args: unknown[]) => {
          const call = { worker: index, method, args };
          calls.push(call);
          return behave(call, worker);
        },
      ]),
    ) as unknown as EngineApi;
    const worker = new FakeWorker(service);
    workers.push(worker);
    return worker as unknown as Worker;
  };
  const callsOf = (method: Method) => calls.filter((c) => c.method === method);
  return { createWorker, workers, calls, callsOf };
}
