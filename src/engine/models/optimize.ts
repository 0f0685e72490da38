// A small Nelder-Mead minimiser for the smoothing parameters: a handful of unconstrained
// parameters (constraints are handled by the callers' logistic maps), a few hundred function
// evaluations at most, deterministic.

export function nelderMead(f: (x: number[]) => number, start: readonly number[], maxEvaluations = 200, step = 0.5): number[] {
  const dim = start.length;
  const simplex: { x: number[]; v: number }[] = [{ x: [...start], v: f([...start]) }];
  for (let i = 0; i < dim; i++) {
    const x = [...start];
    x[i] = x[i]! + step;
    simplex.push({ x, v: f(x) });
  }
  let evaluations = dim + 1;
  const along = (from: number[], to: number[], k: number) => from.map((a, i) => a + k * (to[i]! - a));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[dim]!;
    if (Math.abs(worst.v - best.v) <= 1e-10 * (Math.abs(best.v) + 1e-12)) break;
    const centroid = new Array<number>(dim).fill(0);
    for (let i = 0; i < dim; i++) for (let j = 0; j < dim; j++) centroid[j]! += simplex[i]!.x[j]! / dim;
    const reflected = along(centroid, worst.x, -1);
    const vr = f(reflected);
    evaluations++;
    if (vr < best.v) {
      const expanded = along(centroid, worst.x, -2);
      const ve = f(expanded);
      evaluations++;
      simplex[dim] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
    } else if (vr < simplex[dim - 1]!.v) {
      simplex[dim] = { x: reflected, v: vr };
    } else {
      const contracted = along(centroid, worst.x, vr < worst.v ? -0.5 : 0.5);
      const vc = f(contracted);
      evaluations++;
      if (vc < Math.min(vr, worst.v)) {
        simplex[dim] = { x: contracted, v: vc };
      } else {
        for (let i = 1; i <= dim; i++) {
          const x = along(best.x, simplex[i]!.x, 0.5);
          simplex[i] = { x, v: f(x) };
          evaluations++;
        }
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return simplex[0]!.x;
}

/** Maps the real line onto (lo, hi): lets the optimiser search unconstrained. */
export function squash(x: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-x));
}
