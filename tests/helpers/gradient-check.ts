import { expect } from 'vitest';

/** Step of the central differences: truncation error ~h^2, round-off ~1e-16/h. */
export const FINITE_DIFFERENCE_STEP = 1e-5;

/**
 * Asserts an analytic derivative against its central difference: relative error below 1e-6,
 * with an absolute floor of 1e-10 for derivatives so small that float64 differences cannot
 * resolve them (round-off of (f(x+h) - f(x-h)) / 2h is about 1e-16 |f| / h).
 */
export function expectGradientClose(analytic: number, numeric: number, label: string): void {
  const error = Math.abs(analytic - numeric);
  const allowed = 1e-6 * Math.max(Math.abs(analytic), Math.abs(numeric)) + 1e-10;
  expect(error, `${label}: analytic ${analytic}, numeric ${numeric}`).toBeLessThanOrEqual(allowed);
}

/** (f(x + h) - f(x - h)) / 2h, restoring x. */
export function centralDifference(values: Float64Array, index: number, evaluate: () => number, step = FINITE_DIFFERENCE_STEP): number {
  const saved = values[index];
  values[index] = saved + step;
  const plus = evaluate();
  values[index] = saved - step;
  const minus = evaluate();
  values[index] = saved;
  return (plus - minus) / (2 * step);
}
