// Small summaries for the timings: sorted-position quantiles, as the scenario bands use.

export function quantile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const pos = p * (s.length - 1);
  const k = Math.floor(pos);
  return s[k]! + (s[Math.min(k + 1, s.length - 1)]! - s[k]!) * (pos - k);
}

export const round1 = (x: number) => Math.round(x * 10) / 10;
