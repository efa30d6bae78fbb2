import type { InitContext, Initializer } from '../initializer.js';
import { normalInitializer, uniformInitializer } from './distribution-initializer.js';

const REFERENCE =
  "He et al. 2015; as PyTorch kaiming_uniform_ / kaiming_normal_ (mode 'fan_in'," +
  ' nonlinearity = the network activation, gain = calculate_gain)';

/** gain / sqrt(fan_in), gain from the network's activation (PyTorch calculate_gain). */
function kaimingStd(context: InitContext): number {
  return context.activation.gain / Math.sqrt(context.shape.fanIn);
}

/** PyTorch kaiming_uniform_: U(-bound, bound), bound = sqrt(3) * gain / sqrt(fan_in). */
export const kaimingUniform: Initializer = uniformInitializer(
  {
    name: 'kaiming-uniform',
    label: 'Kaiming uniform (gain of activation)',
    formula:
      'U(-b, b) * scale, b = sqrt(3) * gain / sqrt(fan_in); std = gain / sqrt(fan_in)' +
      ' (gain: linear/sigmoid 1, tanh 5/3, relu sqrt(2), selu 3/4)',
    reference: REFERENCE,
    whenToUse: 'Any activation: scales He init by that activation gain (relu gives He)',
  },
  (context) => Math.sqrt(3) * kaimingStd(context),
);

/** PyTorch kaiming_normal_: N(0, gain^2 / fan_in), untruncated. */
export const kaimingNormal: Initializer = normalInitializer(
  {
    name: 'kaiming-normal',
    label: 'Kaiming normal (gain of activation)',
    formula:
      'N(0, std^2) * scale, std = gain / sqrt(fan_in), untruncated' +
      ' (gain: linear/sigmoid 1, tanh 5/3, relu sqrt(2), selu 3/4)',
    reference: REFERENCE,
    whenToUse: 'Any activation: scales He init by that activation gain (relu gives He)',
  },
  kaimingStd,
  false,
);
