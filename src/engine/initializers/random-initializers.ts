import type { Initializer } from '../initializer.js';
import { normalInitializer, uniformInitializer } from './distribution-initializer.js';

/** U(-scale, scale): `scale` is the half width. */
export const uniform: Initializer = uniformInitializer(
  {
    name: 'uniform',
    label: 'Uniform',
    formula: 'U(-s, s), s = init scale (default 1); std = s / sqrt(3) = 0.577 s',
    reference: 'Plain random init; PyTorch nn.init.uniform_(-s, s)',
    whenToUse: 'Experiments: a fixed spread that ignores layer width, to see why width matters',
  },
  () => 1,
);

/** N(0, scale^2): `scale` is the std. */
export const normal: Initializer = normalInitializer(
  {
    name: 'normal',
    label: 'Normal',
    formula: 'N(0, s^2), s = init scale (default 1); std = s',
    reference: 'Plain random init; PyTorch nn.init.normal_(0, s)',
    whenToUse: 'Experiments: a fixed spread that ignores layer width, to see why width matters',
  },
  () => 1,
  false,
);

/** Normal redrawn beyond 2 std, scaled so the weights' std is `scale`. */
export const truncatedNormal: Initializer = normalInitializer(
  {
    name: 'truncated-normal',
    label: 'Truncated normal',
    formula:
      'N(0, t^2) redrawn where |w| > 2t, t = s / 0.87962566103423978 (s = init scale, default 1),' +
      ' so std = s and |w| <= 2t = 2.274 s',
    reference:
      "Keras VarianceScaling 'truncated_normal' convention (std after truncation = target);" +
      ' Keras TruncatedNormal(stddev) instead truncates N(0, stddev^2), std 0.88 stddev',
    whenToUse: 'Like normal but without rare large weights; std is exactly the init scale',
  },
  () => 1,
  true,
);

/** TensorFlow Playground's weights: a uniform draw on [0, 1) minus 0.5. */
export const playground: Initializer = uniformInitializer(
  {
    name: 'playground',
    label: 'TF Playground',
    formula: 'U(-0.5, 0.5) * scale (default 1); std = 0.5 / sqrt(3) = 0.289',
    reference: 'TensorFlow Playground nn.ts (a uniform [0, 1) draw minus 0.5)',
    whenToUse: 'Small 2-D nets as in Playground; too large for wide layers',
  },
  () => 0.5,
);

/** What nn.Linear does before you touch it. */
export const pytorchDefault: Initializer = uniformInitializer(
  {
    name: 'pytorch-default',
    label: 'PyTorch default (nn.Linear)',
    formula:
      'U(-a, a) * scale, a = 1 / sqrt(fan_in); std = 1 / sqrt(3 fan_in)' +
      ' (kaiming_uniform_ with a = sqrt(5): gain sqrt(1/3))',
    reference: 'PyTorch nn.Linear.reset_parameters (kaiming_uniform_(weight, a=sqrt(5)))',
    whenToUse: 'Baseline matching an untouched PyTorch Linear (biases too with --bias-init pytorch-default); a bit small for deep relu nets',
  },
  (context) => 1 / Math.sqrt(context.shape.fanIn),
);
