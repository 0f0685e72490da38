// The engine client's status as a reactive value for components: reading `.current` inside an
// effect or template subscribes to the client while something reads it, and unsubscribes after.
import { createSubscriber } from 'svelte/reactivity';
import type { EngineClient, EngineStatus } from './types.ts';

export class EngineStatusState {
  readonly #client: EngineClient;
  readonly #subscribe: () => void;

  constructor(client: EngineClient) {
    this.#client = client;
    this.#subscribe = createSubscriber((update) => client.subscribe(() => update()));
  }

  get current(): EngineStatus {
    this.#subscribe();
    return this.#client.status;
  }

  /** True while the engine works (starting, busy or restarting): show `progress` as a bar when defined. */
  get busy(): boolean {
    const { phase } = this.current;
    return phase === 'busy' || phase === 'starting' || phase === 'restarting';
  }
}
