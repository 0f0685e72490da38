// Fake workers (tests/unit/engine-client/fake-worker.ts) that each run a real engine service on
// the Hanoi data: what the app's worker does, without a browser. `override` answers a call itself
// (a hang, progress that never ends) when it returns anything but undefined.
import type { EngineService } from '../../src/engine/index.ts';
import { fakeWorkers, type Call } from '../unit/engine-client/fake-worker.ts';
import { newHanoiService } from './hanoi.ts';

export function realEngineWorkers(override?: (call: Call) => unknown) {
  const services: EngineService[] = [];
  return fakeWorkers((call) => {
    const own = override?.(call);
    if (own !== undefined) return own;
    const service = (services[call.worker] ??= newHanoiService());
    return (service[call.method] as (...args: unknown[]) => unknown).apply(service, call.args);
  });
}
