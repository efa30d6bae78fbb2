import type { ActivationName } from '../engine/activations.js';
import { iterateToFixedPoint } from './fixed-point.js';
import { varianceSlope, varianceStep } from './variance-map.js';

/** Iterations of the variance map before giving up (q still moving, e.g. growing linearly). */
export const MAX_MAP_ITERATIONS = 10_000;
/** q above this counts as growing without bound. */
export const DIVERGENCE_BOUND = 1e12;

/** Where the variance map goes from q0. */
export type VarianceFixedPoint = {
  /** The fixed point q*, or null when q grows past 1e12 or still moves after 10 000 layers. */
  readonly qStar: number | null;
  /** q*, or the last q reached when there is none (large: where large-q limits are read). */
  readonly lastVariance: number;
};

/**
 * Iterates q_{l+1} = sigmaW2 E[phi(sqrt(q_l) z)^2] + sigmaB2 from q0 to its fixed point
 * (relative tolerance 1e-12; Newton steps near marginal points, see
 * {@link iterateToFixedPoint}). With sigmaB2 = 0 and phi(0) = 0, q may settle at exactly 0.
 * Trusts its inputs.
 */
export function varianceFixedPoint(activation: ActivationName, sigmaW2: number, sigmaB2: number, q0: number): VarianceFixedPoint {
  const result = iterateToFixedPoint((q) => varianceStep(activation, sigmaW2, sigmaB2, q), q0, {
    maxIterations: MAX_MAP_ITERATIONS,
    divergenceBound: DIVERGENCE_BOUND,
    lowerBound: 0,
    slope: (q) => varianceSlope(activation, sigmaW2, q),
  });
  if (result.isConverged) return { qStar: result.value, lastVariance: result.value };
  return { qStar: null, lastVariance: Number.isFinite(result.value) ? Math.min(result.value, DIVERGENCE_BOUND) : DIVERGENCE_BOUND };
}
