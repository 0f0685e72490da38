// What a lever move may reuse of the last run: a result is kept with the inputs it was computed
// from, and handed back while the inputs hold the same values. Comparing 10,000 values costs a
// small fraction of recomputing the paths or selecting percentiles from them.

/** An input of a kept result: a number, a row of per-path values, or a list of them. */
export type ReuseInput = number | Float64Array | readonly ReuseInput[];

/** Results kept by name, each with the inputs it was computed from. */
export type ReuseMemo = Map<string, { inputs: readonly ReuseInput[]; value: unknown }>;

/** Whether two rows hold the same values (the same length, and === value by value). */
export function sameValues(a: Float64Array, b: Float64Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function sameInput(a: ReuseInput, b: ReuseInput): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (a instanceof Float64Array || b instanceof Float64Array) return a instanceof Float64Array && b instanceof Float64Array && sameValues(a, b);
  return a.length === b.length && a.every((x, i) => sameInput(x, b[i]!));
}

/** `compute()`, or the value kept under `name` when it was computed from the same inputs. */
export function reuse<T>(memo: ReuseMemo, name: string, inputs: readonly ReuseInput[], compute: () => T): T {
  const kept = memo.get(name);
  if (kept && sameInput(kept.inputs, inputs)) return kept.value as T;
  const value = compute();
  memo.set(name, { inputs, value });
  return value;
}
