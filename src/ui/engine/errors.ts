// Errors the client hands to the UI: a string key to show (localised) and, for errors the engine
// itself raised, its own message as detail, keyed when the engine keyed it (shown in the UI's
// language by src/ui/i18n/messages.ts).
import { textOf, type Message } from '../../engine/index.ts';
import type { EngineStringKey } from '../i18n/strings/engine.ts';
import { text } from '../i18n/text.ts';

export class EngineError extends Error {
  override readonly name = 'EngineError';
  /** The engine's own message as a key and parameters, when it gave one. */
  readonly text: Message | undefined;

  constructor(
    readonly key: EngineStringKey,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    // English in `message` for logs; the UI shows the key in its language, then the detail.
    super(detail ? `${text(key, 'en')}: ${detail}` : text(key, 'en'), options);
    this.text = textOf(options?.cause);
  }
}

/** The request was cancelled (its AbortSignal): not a failure, and nothing to show as one. */
export class EngineCancelled extends Error {
  override readonly name = 'EngineCancelled';

  constructor(options?: { cause?: unknown }) {
    super('cancelled', options);
  }
}

/** The worker hung or died: the client restarts it and retries; never shown to the UI as such. */
export class WorkerFault extends Error {
  override readonly name = 'WorkerFault';

  constructor(readonly kind: 'timeout' | 'crashed') {
    super(`engine worker ${kind === 'timeout' ? 'timed out' : 'crashed'}`);
  }
}

/** An error raised in the engine (comlink re-throws it here) or on sending, as the UI sees it. */
export function engineErrorOf(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return new EngineError(name === 'DataCloneError' ? 'engineErrorNotPlain' : 'engineErrorEngine', message, { cause: error });
}
