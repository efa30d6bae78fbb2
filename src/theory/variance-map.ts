import type { ActivationName } from '../engine/activations.js';
import { meanSquaredActivation, scaledCrossMoment } from './activation-moments.js';
import { checkActivation, checkNonNegative } from './input-checks.js';

/**
 * One step of the variance map (Poole et al. 2016, eq. 3): the pre-activation variance of the
 * next layer, sigmaW2 * E[phi(sqrt(q) z)^2] + sigmaB2, z ~ N(0, 1), for a layer with
 * sigmaW2 = fanIn Var(W) and sigmaB2 = Var(b) fed pre-activations of variance `q`.
 * Throws RangeError for an unknown activation or a negative, NaN or infinite number.
 */
export function varianceMap(activation: ActivationName, sigmaW2: number, sigmaB2: number, q: number): number {
  checkActivation(activation);
  checkNonNegative(sigmaW2, 'sigmaW2');
  checkNonNegative(sigmaB2, 'sigmaB2');
  checkNonNegative(q, 'q');
  return varianceStep(activation, sigmaW2, sigmaB2, q);
}

/**
 * The slope dq_{l+1}/dq_l of the variance map at `q`: sigmaW2 E[z phi phi'] / sqrt(q), which
 * by Gaussian integration by parts is Schoenholz et al.'s chi1 + sigmaW2 E[phi'' phi]
 * (2017, eq. 5). Below 1 at a stable fixed point. Throws RangeError as {@link varianceMap}.
 */
export function varianceMapSlope(activation: ActivationName, sigmaW2: number, q: number): number {
  checkActivation(activation);
  checkNonNegative(sigmaW2, 'sigmaW2');
  checkNonNegative(q, 'q');
  return varianceSlope(activation, sigmaW2, q);
}

/** {@link varianceMap} without the checks, for inner loops. */
export function varianceStep(activation: ActivationName, sigmaW2: number, sigmaB2: number, q: number): number {
  return sigmaW2 * meanSquaredActivation(activation, q) + sigmaB2;
}

/** {@link varianceMapSlope} without the checks, for inner loops. */
export function varianceSlope(activation: ActivationName, sigmaW2: number, q: number): number {
  return sigmaW2 * scaledCrossMoment(activation, q);
}
