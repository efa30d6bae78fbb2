import { findRoot } from './root-finding.js';

/** How {@link iterateToFixedPoint} ended. */
export type FixedPointResult = {
  /** The fixed point when converged; otherwise the last iterate. */
  readonly value: number;
  readonly isConverged: boolean;
  /** True when an iterate left [-divergenceBound, divergenceBound] or was not finite. */
  readonly isDivergent: boolean;
  readonly iterations: number;
};

/** Stopping rules and helpers of {@link iterateToFixedPoint}. */
export type FixedPointOptions = {
  /** Converged when |x_{n+1} - x_n| <= relativeTolerance |x_{n+1}|. Default 1e-12. */
  readonly relativeTolerance?: number;
  /** ... or <= absoluteTolerance. Default 0. */
  readonly absoluteTolerance?: number;
  /** Default 10 000. */
  readonly maxIterations?: number;
  /** Divergent once |x| > divergenceBound. Default 1e12. */
  readonly divergenceBound?: number;
  /** The map's domain, where proposed points are clamped. Default (-inf, inf). */
  readonly lowerBound?: number;
  readonly upperBound?: number;
  /** d map / dx, computed directly (not by differences): enables Newton steps near a marginal fixed point. */
  readonly slope?: (x: number) => number;
};

/** Steps shrinking by more than this ratio are slow enough to accelerate. */
const SLOW_RATIO = 0.5;

/**
 * Iterates x <- map(x) from `start` to the fixed point it reaches. Near a marginal fixed point
 * (slope of the map close to 1, e.g. the variance map of tanh as sigmaW2 -> 1 with sigmaB2 = 0)
 * plain iteration crawls, and the ratio of successive steps is too noisy to extrapolate from
 * (it is 1 - 1e-9 give or take 1e-7). So once steps shrink slowly, a Newton step on
 * F(x) = map(x) - x with the given slope, x - F / (slope - 1), is proposed (without a slope:
 * Aitken's x + step r / (1 - r)); it is kept only if it moves the way the iteration moves. If F
 * changes sign there, the fixed point is bracketed and Brent's method finishes; otherwise the
 * iteration goes on from the farther of the two points. Inner loop: options are trusted.
 */
export function iterateToFixedPoint(map: (x: number) => number, start: number, options: FixedPointOptions = {}): FixedPointResult {
  const relativeTolerance = options.relativeTolerance ?? 1e-12;
  const absoluteTolerance = options.absoluteTolerance ?? 0;
  const maxIterations = options.maxIterations ?? 10_000;
  const divergenceBound = options.divergenceBound ?? 1e12;
  const lowerBound = options.lowerBound ?? -Infinity;
  const upperBound = options.upperBound ?? Infinity;
  const { slope } = options;
  const converged = (value: number, iterations: number): FixedPointResult => ({ value, isConverged: true, isDivergent: false, iterations });
  let current = start;
  let previousStep = Number.NaN;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const next = map(current);
    if (!Number.isFinite(next) || Math.abs(next) > divergenceBound) {
      return { value: next, isConverged: false, isDivergent: true, iterations: iteration };
    }
    const step = next - current;
    const tolerance = (x: number): number => Math.max(relativeTolerance * Math.abs(x), absoluteTolerance);
    if (Math.abs(step) <= tolerance(next)) return converged(next, iteration);
    const ratio = step / previousStep;
    previousStep = step;
    const isSlow = slope ? ratio > SLOW_RATIO : ratio > SLOW_RATIO && ratio < 1;
    if (!isSlow) {
      current = next;
      continue;
    }
    const unclamped = slope ? current - step / (slope(current) - 1) : next + (step * ratio) / (1 - ratio);
    const proposal = Math.min(upperBound, Math.max(lowerBound, unclamped));
    // A proposal must move the way the iteration moves and stay in bounds: with slope ~1 and a
    // constant step (linear growth, no fixed point) Newton would leap to 1e15 and look settled.
    if (!Number.isFinite(proposal) || Math.abs(proposal) > divergenceBound || (proposal - current) * step <= 0) {
      current = next;
      continue;
    }
    const residual = map(proposal) - proposal;
    if (residual === 0) return converged(proposal, iteration);
    if (Math.sign(residual) !== Math.sign(step)) {
      // F(current) = step and F(proposal) differ in sign: a fixed point lies between them.
      return converged(findRoot((x) => map(x) - x, current, proposal, tolerance(proposal)), iteration);
    }
    current = (proposal - next) * step > 0 ? proposal : next;
    previousStep = Number.NaN;
  }
  return { value: current, isConverged: false, isDivergent: false, iterations: maxIterations };
}
