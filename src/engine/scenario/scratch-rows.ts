// Per-path rows a lever move's computation reuses from call to call by name: fresh memory is slow to
// come by in browsers (a new 10,000-path row costs far more than refilling one), and a move would
// otherwise ask for dozens. A row is scratch: nothing handed out outlives the call that asked for
// it (what is kept, in memos or answers, is allocated as usual).

const rows = new Map<string, Float64Array>();

/** The scratch row `name` of m paths (its values are whatever the last user left); one per path count, as previews and full runs alternate. */
export function scratchRow(name: string, m: number): Float64Array {
  const key = `${name}|${m}`;
  let row = rows.get(key);
  if (!row) rows.set(key, (row = new Float64Array(m)));
  return row;
}
