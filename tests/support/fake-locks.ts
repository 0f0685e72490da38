// Web Locks for tests: one holder per name, `ifAvailable` and `steal` as the browser does them
// (a stolen holder's request rejects with an AbortError). Shared by the tabs of one "browser".
import type { Locks } from '../../src/ui/files/tab-lock.svelte.ts';

export function fakeLocks(): Locks {
  const held = new Map<string, (error: Error) => void>();
  return {
    request(name, options, callback) {
      if (held.has(name) && options.steal) {
        held.get(name)!(new DOMException('The lock was stolen', 'AbortError'));
        held.delete(name);
      }
      if (held.has(name)) return Promise.resolve(callback(null));
      return new Promise((resolve, reject) => {
        held.set(name, reject);
        void Promise.resolve(callback({ name })).then(resolve);
      });
    },
  };
}
