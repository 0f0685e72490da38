// One engine worker and its comlink proxy. Comlink never settles a call whose worker hung or died,
// so every call here races a timer and the worker's error events, and the first fault kills the
// connection for good: the client then starts a new one. A worker that closed itself or was killed
// sends no event at all: only the timer notices it.
import * as Comlink from 'comlink';
import { WorkerFault } from './errors.ts';
import type { EngineRemote } from './types.ts';

export interface Connection {
  /**
   * Sends one request; rejects with WorkerFault when it takes longer than `timeoutMs` or the worker
   * fails. `alive()` (called on progress) restarts the timer: long tasks are limited per step.
   */
  call<T>(send: (remote: EngineRemote, alive: () => void) => Promise<T>, timeoutMs: number): Promise<T>;
  close(): void;
}

export function connect(createWorker: () => Worker): Connection {
  const worker = createWorker();
  const remote = Comlink.wrap(worker) as unknown as EngineRemote;
  const faulted = new Set<(fault: WorkerFault) => void>();
  let dead: WorkerFault | null = null;

  const fail = (fault: WorkerFault) => {
    if (dead) return;
    dead = fault;
    worker.terminate();
    for (const reject of faulted) reject(fault);
    faulted.clear();
  };
  // An error event means an uncaught error or a failed module load: the worker is not trusted again.
  const crashed = () => fail(new WorkerFault('crashed'));
  worker.addEventListener('error', crashed);
  worker.addEventListener('messageerror', crashed);

  return {
    call<T>(send: (remote: EngineRemote, alive: () => void) => Promise<T>, timeoutMs: number): Promise<T> {
      if (dead) return Promise.reject(dead);
      return new Promise<T>((resolve, reject) => {
        const hung = () => fail(new WorkerFault('timeout'));
        let timer = setTimeout(hung, timeoutMs);
        let settled = false;
        const alive = () => {
          if (settled) return;
          clearTimeout(timer);
          timer = setTimeout(hung, timeoutMs);
        };
        const settle = () => {
          settled = true;
          clearTimeout(timer);
          faulted.delete(onFault);
        };
        const onFault = (fault: WorkerFault) => {
          settle();
          reject(fault);
        };
        faulted.add(onFault);
        send(remote, alive).then(
          (value) => {
            settle();
            resolve(value);
          },
          (error: unknown) => {
            settle();
            reject(error);
          },
        );
      });
    },
    /** Terminates the worker; a call in flight rejects as if it had crashed. */
    close() {
      fail(new WorkerFault('crashed'));
    },
  };
}
