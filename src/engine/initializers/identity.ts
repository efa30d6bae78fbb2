import type { InitContext, Initializer } from '../initializer.js';
import type { WeightShape } from '../shape.js';

/**
 * `value` on the diagonal of a fanIn x fanOut matrix, 0 elsewhere: W[i][i] = value for
 * i < min(fanIn, fanOut). PyTorch's `eye_` puts ones on the diagonal of its fanOut x fanIn
 * weight; the transpose has the same diagonal.
 */
export function partialIdentity(shape: WeightShape, value: number): Float64Array {
  const weights = new Float64Array(shape.fanIn * shape.fanOut);
  const diagonalLength = Math.min(shape.fanIn, shape.fanOut);
  for (let index = 0; index < diagonalLength; index++) {
    weights[index * shape.fanOut + index] = value;
  }
  return weights;
}

/**
 * Root mean square (std about 0) of a partial identity: min(fanIn, fanOut) entries equal
 * scale out of fanIn * fanOut.
 */
export function partialIdentityRootMeanSquare(context: InitContext): number {
  const { fanIn, fanOut } = context.shape;
  return Math.abs(context.scale) * Math.sqrt(Math.min(fanIn, fanOut) / (fanIn * fanOut));
}

/** PyTorch `eye_`, times the init scale. Deterministic; `std` is the RMS about 0. */
export const identity: Initializer = {
  name: 'identity',
  label: 'Identity',
  formula:
    'W[i][i] = scale for i < min(fan_in, fan_out), 0 elsewhere (partial identity);' +
    ' std (RMS) = scale * sqrt(min / (fan_in * fan_out))',
  reference: 'PyTorch nn.init.eye_ (Le et al. 2015 IRNN for the square case)',
  whenToUse:
    'Deep linear or residual-style nets; units past min(fan_in, fan_out) start as identical zeros',
  init: (_rng, context) => partialIdentity(context.shape, context.scale),
  std: partialIdentityRootMeanSquare,
};
