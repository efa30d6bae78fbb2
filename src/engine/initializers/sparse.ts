import type { InitContext, Initializer } from '../initializer.js';
import { sampleNormal } from './sampling.js';

/** Fraction of each input's weights set to 0 (PyTorch `sparse_(tensor, sparsity=0.1)`). */
export const SPARSITY = 0.1;
/** Std of the non-zero weights at scale 1 (PyTorch `sparse_`'s default `std=0.01`). */
export const SPARSE_STD = 0.01;

/** How many of each input's fanOut weights are zeroed: ceil(0.1 * fanOut), as PyTorch. */
export function zerosPerInput(fanOut: number): number {
  return Math.ceil(SPARSITY * fanOut);
}

/**
 * PyTorch `sparse_(weight, sparsity=0.1, std=0.01)` times the init scale. PyTorch's weight is
 * fanOut x fanIn and it zeroes ceil(0.1 * rows) distinct random rows in every column; a
 * PyTorch column is one input, which is a row of our fanIn x fanOut layout. So every input
 * is cut from ceil(0.1 * fanOut) randomly chosen units (W[i][j] = 0), the rest N(0, 0.01^2).
 */
export const sparse: Initializer = {
  name: 'sparse',
  label: 'Sparse (Martens)',
  formula:
    'N(0, 0.01^2) * scale, then in each input row ceil(0.1 * fan_out) random units set to 0;' +
    ' std = 0.01 * scale * sqrt(1 - zeros / fan_out)',
  reference:
    'Martens 2010, "Deep learning via Hessian-free optimization"; as PyTorch' +
    ' nn.init.sparse_(w, sparsity=0.1, std=0.01)',
  whenToUse: 'Deep nets trained with second-order methods; tiny weights, slow with plain SGD',
  init: (rng, context) => {
    const { fanIn, fanOut } = context.shape;
    const weights = sampleNormal(rng, fanIn * fanOut, SPARSE_STD * context.scale);
    const zeroCount = zerosPerInput(fanOut);
    const units = Int32Array.from({ length: fanOut }, (_unused, index) => index);
    for (let input = 0; input < fanIn; input++) {
      // Partial Fisher-Yates: the first zeroCount slots become a uniform random set of units.
      for (let slot = 0; slot < zeroCount; slot++) {
        const pick = slot + rng.integer(fanOut - slot);
        const unit = units[pick];
        units[pick] = units[slot];
        units[slot] = unit;
        weights[input * fanOut + unit] = 0;
      }
    }
    return weights;
  },
  std: (context: InitContext) => {
    const { fanOut } = context.shape;
    const keptFraction = (fanOut - zerosPerInput(fanOut)) / fanOut;
    return SPARSE_STD * Math.abs(context.scale) * Math.sqrt(keptFraction);
  },
};
