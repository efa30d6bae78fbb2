import type { InitContext, Initializer } from '../initializer.js';
import { partialIdentity, partialIdentityRootMeanSquare } from './identity.js';

/** Smallest m with 2^m >= count. */
function ceilLog2(count: number): number {
  let exponent = 0;
  while (2 ** exponent < count) exponent++;
  return exponent;
}

/** Entry (row, column) of the Sylvester Hadamard matrix H_m: (-1)^popcount(row & column). */
export function hadamardEntry(row: number, column: number): number {
  let bits = row & column;
  let parity = 0;
  while (bits !== 0) {
    parity ^= bits & 1;
    bits >>>= 1;
  }
  return parity === 0 ? 1 : -1;
}

/** The factor c = 2^(-(m-1)/2), m = ceil(log2(fan_out)), for a widening layer. */
export function zeroHadamardFactor(fanOut: number): number {
  return 2 ** (-(ceilLog2(fanOut) - 1) / 2);
}

/**
 * ZerO (Zhao et al. 2022, Algorithm 1) on PyTorch's fanOut x fanIn weight, times the init
 * scale: identity if fanOut = fanIn, partial identity if fanOut < fanIn, and if fanOut > fanIn
 * c * I*(fanOut x 2^m) H_m I*(2^m x fanIn), i.e. the top-left fanOut x fanIn block of c H_m
 * with m = ceil(log2(fanOut)), c = 2^(-(m-1)/2). Stored transposed (our fanIn x fanOut):
 * W[i][j] = c * H_m[j][i]; H_m is symmetric so this is c * H_m[i][j]. Unit j's incoming
 * weights are row j of H_m cut to its first fanIn entries. Those are pairwise distinct exactly
 * when fanIn > 2^(m-1); otherwise units j and j + 2^(m-1) are identical (2 inputs -> 4 units:
 * units 0 and 2, 1 and 3).
 */
function zeroHadamardWeights(context: InitContext): Float64Array {
  const { fanIn, fanOut } = context.shape;
  if (fanOut <= fanIn) return partialIdentity(context.shape, context.scale);
  const value = context.scale * zeroHadamardFactor(fanOut);
  const weights = new Float64Array(fanIn * fanOut);
  for (let input = 0; input < fanIn; input++) {
    for (let unit = 0; unit < fanOut; unit++) {
      weights[input * fanOut + unit] = value * hadamardEntry(unit, input);
    }
  }
  return weights;
}

/** ZerO: deterministic identity / Hadamard init; `std` is the RMS about 0. */
export const zeroHadamard: Initializer = {
  name: 'zero-hadamard',
  label: 'ZerO (identity + Hadamard)',
  formula:
    'fan_out <= fan_in: partial identity; fan_out > fan_in: W[i][j] = c * H[j][i] with H the' +
    ' 2^m Sylvester Hadamard matrix (+-1), m = ceil(log2(fan_out)), c = 2^(-(m-1)/2)' +
    ' (paper; the authors\' code uses 2^(-m/2)); times scale; std (RMS) = c * scale when' +
    ' widening, else scale * sqrt(min / (fan_in * fan_out))',
  reference:
    'Zhao, Schafer & Anandkumar 2022, "ZerO Initialization: Initializing Neural Networks with' +
    ' only Zeros and Ones", Algorithm 1',
  whenToUse:
    'Deterministic init for deep (residual) nets; reproducible runs; widening layers repeat units',
  init: (_rng, context) => zeroHadamardWeights(context),
  std: (context) =>
    context.shape.fanOut > context.shape.fanIn
      ? Math.abs(context.scale) * zeroHadamardFactor(context.shape.fanOut)
      : partialIdentityRootMeanSquare(context),
};
