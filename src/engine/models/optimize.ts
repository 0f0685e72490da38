// A small Nelder-Mead minimiser for the smoothing parameters: a handful of unconstrained
// parameters (constraints are handled by the callers' logistic maps), a bounded number of
// function evaluations, deterministic. Written allocation-free in its loop: it runs inside every
// backtest fit, so it dominates the automatic forecaster's time.

/**
 * Minimises f from `start` (simplex edges of `step`), stopping after `maxEvaluations` or once the
 * simplex's values agree within a relative 1e-10 or an absolute `tolerance`.
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  start: readonly number[],
  maxEvaluations = 200,
  step = 0.5,
  tolerance = 0,
): Float64Array {
  const dim = start.length;
  const points = Array.from({ length: dim + 1 }, (_, i) => {
    const x = Float64Array.from(start);
    if (i > 0) x[i - 1]! += step;
    return x;
  });
  const values = Float64Array.from(points, (x) => f(x));
  const centroid = new Float64Array(dim);
  const trial = new Float64Array(dim);
  const second = new Float64Array(dim);
  // trial = centroid + k (worst - centroid)
  const along = (out: Float64Array, worst: Float64Array, k: number) => {
    for (let j = 0; j < dim; j++) out[j] = centroid[j]! + k * (worst[j]! - centroid[j]!);
  };
  let evaluations = dim + 1;
  while (evaluations < maxEvaluations) {
    let best = 0;
    let worst = 0;
    for (let i = 1; i <= dim; i++) {
      if (values[i]! < values[best]!) best = i;
      if (values[i]! > values[worst]!) worst = i;
    }
    let nextWorst = best;
    for (let i = 0; i <= dim; i++) if (i !== worst && values[i]! > values[nextWorst]!) nextWorst = i;
    if (values[worst]! - values[best]! <= Math.max(tolerance, 1e-10 * (Math.abs(values[best]!) + 1e-12))) break;
    centroid.fill(0);
    for (let i = 0; i <= dim; i++) {
      if (i === worst) continue;
      for (let j = 0; j < dim; j++) centroid[j]! += points[i]![j]! / dim;
    }
    const worstPoint = points[worst]!;
    along(trial, worstPoint, -1);
    const reflected = f(trial);
    evaluations++;
    if (reflected < values[best]!) {
      along(second, worstPoint, -2);
      const expanded = f(second);
      evaluations++;
      worstPoint.set(expanded < reflected ? second : trial);
      values[worst] = Math.min(expanded, reflected);
    } else if (reflected < values[nextWorst]!) {
      worstPoint.set(trial);
      values[worst] = reflected;
    } else {
      along(second, worstPoint, reflected < values[worst]! ? -0.5 : 0.5);
      const contracted = f(second);
      evaluations++;
      if (contracted < Math.min(reflected, values[worst]!)) {
        worstPoint.set(second);
        values[worst] = contracted;
      } else {
        // Shrink everything toward the best point.
        const bestPoint = points[best]!;
        for (let i = 0; i <= dim; i++) {
          if (i === best) continue;
          for (let j = 0; j < dim; j++) points[i]![j] = bestPoint[j]! + 0.5 * (points[i]![j]! - bestPoint[j]!);
          values[i] = f(points[i]!);
          evaluations++;
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= dim; i++) if (values[i]! < values[best]!) best = i;
  return points[best]!;
}

/** Maps the real line onto (lo, hi): lets the optimiser search unconstrained. */
export function squash(x: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-x));
}

/** Golden-section search for the minimum of a unimodal-enough f on [lo, hi]. */
export function goldenSection(f: (x: number) => number, lo: number, hi: number, iterations = 24): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < iterations; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return fc < fd ? c : d;
}
