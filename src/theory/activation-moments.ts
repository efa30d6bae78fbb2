import type { ActivationName } from '../engine/activations.js';
import { activations } from '../engine/activations.js';
import { piecewiseGaussianExpectation } from './piecewise-gaussian-expectation.js';

/**
 * q below which q counts as 0 in {@link meanSquaredSlope} and {@link scaledCrossMoment}: there
 * the limit q -> 0+ is taken at q = 1e-300 (sqrt = 1e-150), where phi(sqrt(q) z) =
 * phi(0) + phi'(0+-) sqrt(q) z to rounding. The limit, not phi'(0): at a kink phi'(0) is one
 * side's slope, while E[phi'(sqrt(q) z)^2] -> (phi'(0-)^2 + phi'(0+)^2) / 2 (relu: 1/2).
 */
const SMALLEST_VARIANCE = 1e-300;

/**
 * E[phi(sqrt(q) z)^2], z ~ N(0, 1): the mean squared activation of a pre-activation of variance
 * q. Split at z = 0, where every activation here has its kink (see
 * {@link piecewiseGaussianExpectation}). Trusts its inputs.
 */
export function meanSquaredActivation(name: ActivationName, q: number): number {
  const { output } = activations[name];
  const root = Math.sqrt(q);
  return piecewiseGaussianExpectation(
    (z) => {
      const y = output(root * z);
      return y * y;
    },
    { scale: root },
  );
}

/** E[phi'(sqrt(q) z)^2], z ~ N(0, 1): the mean squared slope; at q = 0 the q -> 0+ limit. Trusts its inputs. */
export function meanSquaredSlope(name: ActivationName, q: number): number {
  const { output, derivative } = activations[name];
  const root = Math.sqrt(Math.max(q, SMALLEST_VARIANCE));
  return piecewiseGaussianExpectation(
    (z) => {
      const x = root * z;
      const slope = derivative(x, output(x));
      return slope * slope;
    },
    { scale: root },
  );
}

/**
 * E[z phi(sqrt(q) z) phi'(sqrt(q) z)] / sqrt(q) = d/dq E[phi(sqrt(q) z)^2] (differentiate under
 * the expectation: d/dq phi(sqrt(q) z)^2 = phi phi' z / sqrt(q)). At q = 0 the q -> 0+ limit,
 * taken at q = 1e-300. Trusts its inputs.
 */
export function scaledCrossMoment(name: ActivationName, q: number): number {
  const { output, derivative } = activations[name];
  const root = Math.sqrt(Math.max(q, SMALLEST_VARIANCE));
  return (
    piecewiseGaussianExpectation(
      (z) => {
        const x = root * z;
        const y = output(x);
        return z * y * derivative(x, y);
      },
      { scale: root },
    ) / root
  );
}
