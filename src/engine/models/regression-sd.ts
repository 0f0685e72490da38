// Prediction standard deviation of a straight-line regression in some regressor x:
// sigma * sqrt(1 + 1/n + (x - mean)^2 / Sxx). Used by every curve fitted by least squares on a
// single regressor (time, or log time for the power curve); for the quadratic and the logistic curve
// (three parameters) it is an approximation.

export function regressionSd(x: readonly number[], residuals: readonly number[], parameters: number): (x: number) => number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v / n;
  let sxx = 0;
  let sse = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i]! - mean) ** 2;
    sse += residuals[i]! ** 2;
  }
  const sigma = n > parameters ? Math.sqrt(sse / (n - parameters)) : 0;
  return (at) => sigma * Math.sqrt(1 + 1 / n + (sxx > 0 ? (at - mean) ** 2 / sxx : 0));
}
