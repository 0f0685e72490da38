// Percentiles of many paths without sorting them. Two ways to the same exact order statistics:
// - counting (large samples): one pass for the range, one to count values into equal-width bins,
//   one to gather the few bins that hold the wanted ranks, which are then sorted; about three
//   passes over the values for every percentile at once;
// - selection (small samples, or values counting cannot bin: NaN or infinite): quickselect each
//   order statistic in turn, narrowing the range as the probabilities rise.
// A scenario run summarises every changed metric at every month over 10,000 paths, so linear time
// with a small constant matters here.

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted (Hoare's selection). */
export function selectInPlace(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    // Median of three as the pivot keeps nearly sorted input (common for paths) linear.
    const mid = (lo + hi) >> 1;
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** Below this many values selection is as quick as counting. */
const COUNTING_FROM = 2048;
const BINS = 1024;
const counts = new Uint32Array(BINS);
const starts = new Uint32Array(BINS);
const slot = new Int32Array(BINS);
let pool = new Float64Array(0);

/**
 * Linearly interpolated quantiles (the same definition as sorting and reading position p(n-1))
 * of `values`, for probabilities in ascending order. `scratch` (at least as long as `values`) is overwritten.
 */
export function quantiles(values: Float64Array, probabilities: readonly number[], scratch: Float64Array): number[] {
  return (values.length >= COUNTING_FROM && byCounting(values, probabilities)) || bySelection(values, probabilities, scratch);
}

/** The order statistics by counting into bins (see the top of the file); null when values cannot be binned. */
function byCounting(values: Float64Array, probabilities: readonly number[]): number[] | null {
  const n = values.length;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    if (v !== v) return null; // NaN
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) return probabilities.map(() => values[0]!);
  const scale = BINS / (max - min);
  if (!Number.isFinite(scale) || !(scale > 0)) return null; // infinite values or range
  // Equal-width bins: floor((v - min) x scale) never decreases as v rises, so bin order is value order.
  const bin = (v: number) => Math.min(BINS - 1, Math.floor((v - min) * scale));
  counts.fill(0);
  for (let k = 0; k < n; k++) counts[bin(values[k]!)]!++;
  starts[0] = 0;
  for (let b = 1; b < BINS; b++) starts[b] = starts[b - 1]! + counts[b - 1]!;
  const binOf = (rank: number) => {
    let lo = 0;
    let hi = BINS - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= rank) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Ranks wanted: each probability's floor position and the one above it (for the interpolation).
  // Index loops, not for-of: the probabilities' array changes its element kind from call to call
  // (whole or fractional numbers), and an iterator over it sent V8's compiled loop back every call.
  slot.fill(-1);
  // The wanted bins' values, gathered side by side in one reused array (fresh memory is slow in browsers).
  const gathered: Float64Array[] = [];
  let size = 0;
  for (let i = 0; i < 2 * probabilities.length; i++) {
    const k = Math.floor(probabilities[i >> 1]! * (n - 1));
    const b = binOf(i & 1 ? Math.min(n - 1, k + 1) : k);
    if (slot[b]! < 0) {
      slot[b] = gathered.length;
      if (pool.length < size + counts[b]!) pool = new Float64Array(Math.max(2 * pool.length, size + counts[b]!));
      gathered.push(pool.subarray(size, size + counts[b]!));
      size += counts[b]!;
    }
  }
  const filled = new Uint32Array(gathered.length);
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    const s = slot[bin(v)]!;
    if (s >= 0) gathered[s]![filled[s]!++] = v;
  }
  for (let g = 0; g < gathered.length; g++) gathered[g]!.sort();
  const at = (rank: number) => {
    const b = binOf(rank);
    return gathered[slot[b]!]![rank - starts[b]!]!;
  };
  const out: number[] = [];
  for (let i = 0; i < probabilities.length; i++) {
    const pos = probabilities[i]! * (n - 1);
    const k = Math.floor(pos);
    const low = at(k);
    out.push(low + (at(Math.min(n - 1, k + 1)) - low) * (pos - k));
  }
  return out;
}

function bySelection(values: Float64Array, probabilities: readonly number[], scratch: Float64Array): number[] {
  const n = values.length;
  const a = scratch.length >= n ? scratch.subarray(0, n) : new Float64Array(n);
  a.set(values);
  const out: number[] = [];
  let lo = 0;
  for (const p of probabilities) {
    const pos = p * (n - 1);
    const k = Math.floor(pos);
    selectInPlace(a, k, lo, n - 1);
    let next = a[k]!;
    if (k + 1 < n) {
      next = Number.POSITIVE_INFINITY;
      for (let i = k + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
    }
    out.push(a[k]! + (next - a[k]!) * (pos - k));
    lo = k;
  }
  return out;
}

/** Share of the paths at or above a threshold: P(meet target). */
export function probabilityAtLeast(values: Float64Array, threshold: number): number {
  let n = 0;
  for (let k = 0; k < values.length; k++) if (values[k]! >= threshold) n++;
  return values.length ? n / values.length : Number.NaN;
}
