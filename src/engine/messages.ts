// Messages for users as data: a key and its parameters, so the engine stays free of any one
// language. The engine renders them in English (the CLI, logs, `Error.message`); the UI renders the
// same key in Vietnamese or English at the edge. Places (a JSON path, "file.csv:7") and the values a
// file holds travel as parameters and stay as they are in every language.
import { MESSAGES_EN } from './messages-en.ts';

export { MESSAGES_EN };
export type MessageKey = keyof typeof MESSAGES_EN;

/** A whole number written with the reader's thousands separator ("10,485,760", "10.485.760"). */
export interface Count {
  count: number;
}

/** A string or number is shown as it is (an id, a path, a value from a file); a Message is rendered too. */
export type MessageParam = string | number | Count | Message;

export interface Message {
  key: MessageKey;
  params: Readonly<Record<string, MessageParam>>;
}

/** Parameter names in a text: "{min}" is one, "{low, mid, high}" (with a space) is literal text. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${string} ${string}` ? never : P) | Placeholders<Rest>
  : never;
export type ParamsOf<K extends MessageKey> = { readonly [P in Placeholders<(typeof MESSAGES_EN)[K]>]: MessageParam };

/** A message with exactly the parameters its text names (checked by the compiler). */
export function msg<K extends MessageKey>(key: K, ...[params]: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]): Message {
  return { key, params: params ?? {} };
}

export const grouped = (n: number): Count => ({ count: n });

const isCount = (p: MessageParam): p is Count => typeof p === 'object' && 'count' in p;

/** Fills a text's parameters in one language: `texts` holds that language's text for every key. */
export function renderMessage(message: Message, texts: Readonly<Record<MessageKey, string>>, locale: string): string {
  return texts[message.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = message.params[name];
    if (p === undefined) return whole;
    if (typeof p === 'string') return p;
    if (typeof p === 'number') return String(p);
    return isCount(p) ? p.count.toLocaleString(locale) : renderMessage(p, texts, locale);
  });
}

export const english = (message: Message): string => renderMessage(message, MESSAGES_EN, 'en-US');

/** A plain-data check that a value is a Message (one that crossed a worker boundary, say). */
export function isMessage(value: unknown): value is Message {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.hasOwn(MESSAGES_EN, (value as Message).key) &&
    typeof (value as Message).params === 'object'
  );
}

/** The keyed text an error carries (a MessageError, or its copy after crossing a worker), if any. */
export function textOf(error: unknown): Message | undefined {
  const text = error !== null && typeof error === 'object' ? (error as { text?: unknown }).text : undefined;
  return isMessage(text) ? text : undefined;
}

/** An error meant for the user: English in `message`, the keyed text in `text` for the UI to translate. */
export class MessageError extends Error {
  constructor(readonly text: Message) {
    super(english(text));
    this.name = 'MessageError';
  }
}
