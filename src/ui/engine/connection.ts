// One engine worker and its comlink proxy. Comlink never settles a call whose worker hung or died,
// so every call here races a timer and the worker's error events, and the first fault kills the
// connection for good: the client then starts a new one.
import * as Comlink from 'comlink';
import { WorkerFault } from './errors.ts';
import type { EngineRemote } from './types.ts';

export interface Connection {
  /** Sends one request; rejects with WorkerFault on timeout or when the worker fails. */
  call<T>(send: (remote: EngineRemote) => Promise<T>, timeoutMs: number): Promise<T>;
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
    call<T>(send: (remote: EngineRemote) => Promise<T>, timeoutMs: number): Promise<T> {
      if (dead) return Promise.reject(dead);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => fail(new WorkerFault('timeout')), timeoutMs);
        const settle = () => {
          clearTimeout(timer);
          faulted.delete(onFault);
        };
        const onFault = (fault: WorkerFault) => {
          settle();
          reject(fault);
        };
        faulted.add(onFault);
        send(remote).then(
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
