import type { ActivationName } from '../engine/activations.js';
import { activations } from '../engine/activations.js';
import { iterateToFixedPoint } from './fixed-point.js';
import { checkActivation, checkNonNegative } from './input-checks.js';
import { piecewiseGaussianExpectation } from './piecewise-gaussian-expectation.js';

/**
 * E[f(u1) g(u2)] for the pre-activations of two inputs with equal variance q and correlation c:
 * u1 = sqrt(q) z1, u2 = sqrt(q) (c z1 + sqrt(1 - c^2) z2), z1, z2 ~ N(0, 1) independent. As
 * nested 1-D integrals: the inner one over z2 is split where u2 = 0 (z2 = -c z1 / sqrt(1 - c^2)),
 * the outer one over z1 where u1 = 0, so kinks of f and g never straddle a panel.
 * Trusts its inputs (|c| <= 1).
 */
export function bivariateExpectation(f: (u: number) => number, g: (u: number) => number, q: number, c: number): number {
  const root = Math.sqrt(q);
  const spread = Math.sqrt(Math.max(0, 1 - c * c));
  return piecewiseGaussianExpectation(
    (z1) => {
      const first = f(root * z1);
      if (first === 0) return 0;
      const mean = root * c * z1;
      if (spread === 0) return first * g(mean);
      const inner = piecewiseGaussianExpectation((z2) => g(mean + root * spread * z2), {
        breakpoint: -mean / (root * spread),
        scale: root * spread,
      });
      return first * inner;
    },
    { scale: root },
  );
}

/**
 * One step of the correlation map (Poole et al. 2016, eq. 5): the correlation of two inputs'
 * pre-activations at the next layer, (sigmaW2 E[phi(u1) phi(u2)] + sigmaB2) / q, for two inputs
 * whose pre-activations both have variance `q` (the fixed point q*) and correlation `c`.
 * Throws RangeError for an unknown activation, negative or non-finite sigmaW2, sigmaB2, q
 * (q must be > 0), or c outside [-1, 1].
 */
export function correlationMap(activation: ActivationName, sigmaW2: number, sigmaB2: number, q: number, c: number): number {
  checkActivation(activation);
  checkNonNegative(sigmaW2, 'sigmaW2');
  checkNonNegative(sigmaB2, 'sigmaB2');
  checkNonNegative(q, 'q');
  if (q === 0) throw new RangeError('q must be > 0 for a correlation; got 0');
  if (!(c >= -1 && c <= 1)) throw new RangeError(`c must be a correlation in [-1, 1]; got ${String(c)}`);
  return correlationStep(activation, sigmaW2, sigmaB2, q, c);
}

/** {@link correlationMap} without the checks, for inner loops. */
export function correlationStep(activation: ActivationName, sigmaW2: number, sigmaB2: number, q: number, c: number): number {
  const { output } = activations[activation];
  return (sigmaW2 * bivariateExpectation(output, output, q, c) + sigmaB2) / q;
}

/**
 * chi_c = sigmaW2 E[phi'(u1) phi'(u2)]: the slope of the correlation map at c (Schoenholz et
 * al. 2017, eq. 9); equal to chi1 at c = 1. Trusts its inputs.
 */
export function correlationSlope(activation: ActivationName, sigmaW2: number, q: number, c: number): number {
  const { output, derivative } = activations[activation];
  const slope = (x: number): number => derivative(x, output(x));
  return sigmaW2 * bivariateExpectation(slope, slope, q, c);
}

/**
 * The correlation c* < 1 that two uncorrelated inputs (c = 0) reach, iterating the correlation
 * map at q = qStar (tolerance 1e-12). In the chaotic phase c = 1 repels and c* is the stable
 * point below it; in the ordered phase the iteration would crawl to 1, which callers set
 * directly. Trusts its inputs.
 */
export function correlationFixedPoint(activation: ActivationName, sigmaW2: number, sigmaB2: number, qStar: number): number {
  const result = iterateToFixedPoint((c) => Math.min(1, Math.max(-1, correlationStep(activation, sigmaW2, sigmaB2, qStar, c))), 0, {
    absoluteTolerance: 1e-12,
    lowerBound: -1,
    upperBound: 1,
    maxIterations: 1_000,
    // dC/dc = sigmaW2 / q * d/dc E[phi(u1) phi(u2)] = sigmaW2 E[phi'(u1) phi'(u2)] (Price's theorem, Cov = q c).
    slope: (c) => correlationSlope(activation, sigmaW2, qStar, c),
  });
  return result.value;
}
