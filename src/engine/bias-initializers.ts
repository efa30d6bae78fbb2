import type { Rng } from './rng.js';
import { sampleNormal, sampleUniform } from './initializers/sampling.js';

/** The bias initializers, in menu order. */
export const biasInitNames = ['constant', 'uniform', 'normal', 'pytorch-default'] as const;

/** The name of one bias initializer. */
export type BiasInitName = (typeof biasInitNames)[number];

/** Whether `name` is a bias initializer's name. */
export function isBiasInitName(name: string): name is BiasInitName {
  return (biasInitNames as readonly string[]).includes(name);
}

/**
 * How one layer's biases start, keyed by name as the weight initializers are. `value` is
 * `--bias`: the constant, the half width of a uniform or the std of a normal; pytorch-default
 * ignores it.
 */
export type BiasInitializer = {
  readonly name: BiasInitName;
  readonly label: string;
  /** The rule as plain text. */
  readonly formula: string;
  /** Paper or library the rule follows. */
  readonly reference: string;
  /** `fanOut` biases of a layer with `fanIn` inputs. */
  init(rng: Rng, fanIn: number, fanOut: number, value: number): Float64Array;
  /** E[b^2] of one bias: the sigma_b^2 of mean-field theory. */
  secondMoment(fanIn: number, value: number): number;
};

/** Every bias initializer by name. */
export const biasInitializers: Readonly<Record<BiasInitName, BiasInitializer>> = Object.freeze({
  constant: {
    name: 'constant',
    label: 'Constant',
    formula: 'b = B (--bias, default 0)',
    reference: 'PyTorch nn.init.constant_ / zeros_; Keras Dense bias_initializer="zeros"',
    init: (_rng, _fanIn, fanOut, value) => new Float64Array(fanOut).fill(value),
    secondMoment: (_fanIn, value) => value * value,
  },
  uniform: {
    name: 'uniform',
    label: 'Uniform',
    formula: 'b ~ U(-B, B), B = --bias (half width)',
    reference: 'PyTorch nn.init.uniform_(bias, -B, B)',
    init: (rng, _fanIn, fanOut, value) => sampleUniform(rng, fanOut, Math.abs(value)),
    secondMoment: (_fanIn, value) => (value * value) / 3,
  },
  normal: {
    name: 'normal',
    label: 'Normal',
    formula: 'b ~ N(0, B^2), B = --bias (std)',
    reference: 'PyTorch nn.init.normal_(bias, 0, B); Poole et al. 2016 (sigma_b)',
    init: (rng, _fanIn, fanOut, value) => sampleNormal(rng, fanOut, Math.abs(value)),
    secondMoment: (_fanIn, value) => value * value,
  },
  'pytorch-default': {
    name: 'pytorch-default',
    label: 'PyTorch default (nn.Linear)',
    formula: 'b ~ U(-a, a), a = 1 / sqrt(fan_in)',
    reference: 'PyTorch nn.Linear.reset_parameters (init.uniform_(bias, -1/sqrt(fan_in), 1/sqrt(fan_in)))',
    init: (rng, fanIn, fanOut) => sampleUniform(rng, fanOut, 1 / Math.sqrt(fanIn)),
    secondMoment: (fanIn) => 1 / (3 * fanIn),
  },
});
