import type { ActivationName } from '../engine/activations.js';
import { meanSquaredSlope } from './activation-moments.js';
import { checkActivation, checkNonNegative } from './input-checks.js';

/**
 * chi1 = sigmaW2 E[phi'(sqrt(q) z)^2], z ~ N(0, 1) (Poole et al. 2016, eq. 7): the mean squared
 * singular value of one layer's Jacobian at pre-activation variance q, so the factor by which
 * a small perturbation (or a back-propagated gradient) grows per layer. 1 on the critical line.
 * Throws RangeError for an unknown activation or a negative, NaN or infinite number.
 */
export function chi1Of(activation: ActivationName, sigmaW2: number, q: number): number {
  checkActivation(activation);
  checkNonNegative(sigmaW2, 'sigmaW2');
  checkNonNegative(q, 'q');
  return chi1Step(activation, sigmaW2, q);
}

/** {@link chi1Of} without the checks, for inner loops. */
export function chi1Step(activation: ActivationName, sigmaW2: number, q: number): number {
  return sigmaW2 * meanSquaredSlope(activation, q);
}
