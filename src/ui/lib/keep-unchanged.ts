// Structural sharing for answers that cross from the worker: every answer arrives as a new copy,
// so without this a lever move would hand every cell new objects and every cell would redraw.
// keepUnchanged hands back the previous object wherever the new one holds the same values, so
// Svelte (which compares by identity) updates only the cells whose numbers moved, and a chart whose
// input is the same object draws nothing.

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

function sameView(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.constructor !== b.constructor || a.byteLength !== b.byteLength) return false;
  const [x, y] = [new Uint8Array(a.buffer, a.byteOffset, a.byteLength), new Uint8Array(b.buffer, b.byteOffset, b.byteLength)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * `next`, with each part that equals (in value) the same part of `previous` replaced by that part;
 * `previous` itself when all of `next` equals it. Plain data only (what structured clone makes):
 * objects, arrays, typed arrays and primitives; anything else counts as changed.
 */
export function keepUnchanged<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (typeof next !== 'object' || next === null || typeof previous !== 'object' || previous === null) return next;
  if (ArrayBuffer.isView(next)) return ArrayBuffer.isView(previous) && sameView(previous, next) ? (previous as T) : next;
  if (Array.isArray(next)) {
    if (!Array.isArray(previous)) return next;
    let same = previous.length === next.length;
    const out = next.map((item: unknown, i) => {
      const kept = keepUnchanged(previous[i], item);
      if (!Object.is(kept, previous[i])) same = false;
      return kept;
    });
    return (same ? previous : out) as T;
  }
  if (Array.isArray(previous) || !isPlainObject(next) || !isPlainObject(previous)) return next;
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(previous).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    out[key] = keepUnchanged(previous[key], next[key]);
    if (!Object.is(out[key], previous[key]) || !(key in previous)) same = false;
  }
  return (same ? previous : out) as T;
}
