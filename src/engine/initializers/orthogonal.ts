import type { InitContext, Initializer } from '../initializer.js';
import type { Rng } from '../rng.js';
import type { WeightShape } from '../shape.js';
import { householderQr, transpose } from './qr.js';

/**
 * A (semi-)orthogonal fanIn x fanOut matrix times `gain`, exactly as PyTorch `orthogonal_`
 * builds its fanOut x fanIn weight: fill it with N(0, 1) (drawn row by row in PyTorch's
 * layout), transpose it if it has fewer rows than columns, take the reduced QR, multiply
 * column c of Q by sign(R[c][c]) (Mezzadri 2007: makes Q Haar-distributed), transpose back.
 * In our layout (the transpose of PyTorch's): fanIn >= fanOut gives orthonormal columns
 * (W^T W = I), fanIn <= fanOut orthonormal rows (W W^T = I).
 */
export function orthogonalWeights(rng: Rng, shape: WeightShape, gain: number): Float64Array {
  const { fanIn, fanOut } = shape;
  const gaussian = new Float64Array(fanOut * fanIn); // PyTorch layout: [unit][input]
  for (let index = 0; index < gaussian.length; index++) gaussian[index] = rng.normal();

  // PyTorch transposes when rows (fanOut) < cols (fanIn); the transpose is our layout.
  const isTransposed = fanOut < fanIn;
  const tall = isTransposed ? transpose(gaussian, fanOut, fanIn) : gaussian;
  const tallRows = isTransposed ? fanIn : fanOut;
  const tallCols = isTransposed ? fanOut : fanIn;

  const { q, r } = householderQr(tall, tallRows, tallCols);
  for (let column = 0; column < tallCols; column++) {
    // sign(0) would zero a column (PyTorch's d.sign()); it has probability 0, keep the column.
    const sign = r[column * tallCols + column] < 0 ? -gain : gain;
    for (let row = 0; row < tallRows; row++) q[row * tallCols + column] *= sign;
  }
  // Transposed: PyTorch's weight is Q^T, ours is Q. Otherwise PyTorch's is Q, ours Q^T.
  return isTransposed ? q : transpose(q, tallRows, tallCols);
}

/**
 * Root mean square of a semi-orthogonal fanIn x fanOut matrix: its squares sum to
 * min(fanIn, fanOut), so RMS = sqrt(min / (fanIn fanOut)) = 1 / sqrt(max(fanIn, fanOut)).
 */
export function orthogonalRootMeanSquare(context: InitContext): number {
  return context.scale / Math.sqrt(Math.max(context.shape.fanIn, context.shape.fanOut));
}

/** PyTorch `orthogonal_(weight, gain=1)`, times the init scale. */
export const orthogonal: Initializer = {
  name: 'orthogonal',
  label: 'Orthogonal',
  formula:
    'QR of a N(0,1) fan_out x fan_in matrix (transposed first if fan_out < fan_in), Q columns' +
    ' times sign(diag R), gain 1, times scale; std (RMS) = 1 / sqrt(max(fan_in, fan_out))',
  reference:
    'Saxe et al. 2014, "Exact solutions to the nonlinear dynamics of learning in deep linear' +
    ' neural networks"; as PyTorch nn.init.orthogonal_',
  whenToUse: 'Deep or recurrent nets; every singular value is 1, so signals neither grow nor fade',
  init: (rng, context) => orthogonalWeights(rng, context.shape, context.scale),
  std: orthogonalRootMeanSquare,
};
