import type { Initializer } from '../initializer.js';

/** Every weight 0; `scale` is ignored. Hidden units stay identical (the symmetry problem). */
export const zeros: Initializer = {
  name: 'zeros',
  label: 'Zeros',
  formula: 'w = 0 (init scale ignored); std 0',
  reference: 'Baseline; shows the symmetry problem (every hidden unit gets the same gradient)',
  whenToUse: 'Never for hidden weights; only to watch identical units stay identical',
  init: (_rng, context) => new Float64Array(context.shape.fanIn * context.shape.fanOut),
  std: () => 0,
};

/** Every weight 1 * scale. */
export const ones: Initializer = {
  name: 'ones',
  label: 'Ones',
  formula: 'w = 1 * scale (default 1); std 0 about the mean',
  reference: 'Baseline; constant weights keep hidden units symmetric',
  whenToUse: 'Never for training; shows that any constant, not just 0, keeps units identical',
  init: (_rng, context) =>
    new Float64Array(context.shape.fanIn * context.shape.fanOut).fill(context.scale),
  std: () => 0,
};

/** Every weight equal to `scale` (the value). */
export const constant: Initializer = {
  name: 'constant',
  label: 'Constant',
  formula: 'w = scale (the init scale is the value, default 1); std 0 about the mean',
  reference: 'PyTorch nn.init.constant_',
  whenToUse: 'Experiments only: pick the constant and watch the units stay identical',
  init: (_rng, context) =>
    new Float64Array(context.shape.fanIn * context.shape.fanOut).fill(context.scale),
  std: () => 0,
};
