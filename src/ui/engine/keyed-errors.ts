// Comlink copies only an error's message, name and stack from the worker; this keeps the keyed
// text of the engine's messages too (MessageError.text), so the UI can say them in its language.
// Called in the worker, where errors are serialised; comlink's own deserialiser copies the field.
import * as Comlink from 'comlink';
import { textOf } from '../../engine/index.ts';

export function keepErrorTexts(): void {
  const base = Comlink.transferHandlers.get('throw')!;
  Comlink.transferHandlers.set('throw', {
    canHandle: base.canHandle,
    serialize(thrown) {
      const [wire, transfer] = base.serialize(thrown);
      const text = textOf((thrown as { value?: unknown }).value);
      const sent = wire as { isError?: boolean; value?: Record<string, unknown> };
      if (text && sent.isError && sent.value) sent.value.text = text;
      return [wire, transfer];
    },
    deserialize: base.deserialize,
  });
}
