// Percentiles of many paths without sorting them: quickselect each order statistic in turn,
// narrowing the range as the requested probabilities rise. Linear time instead of n log n
// matters here: a scenario run summarises every metric at every month over 10,000 paths.

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

/**
 * Linearly interpolated quantiles (the same definition as sorting and reading position p(n-1))
 * of `values`, for probabilities in ascending order. `scratch` is overwritten.
 */
export function quantiles(values: Float64Array, probabilities: readonly number[], scratch: Float64Array): number[] {
  const n = values.length;
  const a = scratch.length === n ? scratch : new Float64Array(n);
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
  for (const v of values) if (v >= threshold) n++;
  return values.length ? n / values.length : Number.NaN;
}
