import type { Initializer } from '../initializer.js';
import { normalInitializer, uniformInitializer } from './distribution-initializer.js';

const REFERENCE =
  'LeCun et al. 1998, "Efficient BackProp"; as Keras lecun_uniform / lecun_normal' +
  " (VarianceScaling scale 1, mode fan_in; lecun_normal is 'truncated_normal')";

/** LeCun uniform (Keras): U(-a, a), a = sqrt(3 / fan_in). */
export const lecunUniform: Initializer = uniformInitializer(
  {
    name: 'lecun-uniform',
    label: 'LeCun uniform',
    formula: 'U(-a, a) * scale, a = sqrt(3 / fan_in); std = sqrt(1 / fan_in)',
    reference: REFERENCE,
    whenToUse: 'selu (self-normalizing) and linear/tanh nets; unit-variance pre-activations',
  },
  (context) => Math.sqrt(3 / context.shape.fanIn),
);

/** LeCun normal (Keras): truncated normal with std sqrt(1 / fan_in) after truncation. */
export const lecunNormal: Initializer = normalInitializer(
  {
    name: 'lecun-normal',
    label: 'LeCun normal',
    formula:
      'truncated normal * scale, std = sqrt(1 / fan_in) after truncation:' +
      ' N(0, t^2) redrawn beyond 2t, t = sqrt(1 / fan_in) / 0.87962566103423978 (as Keras)',
    reference: REFERENCE,
    whenToUse: 'selu (self-normalizing) and linear/tanh nets; unit-variance pre-activations',
  },
  (context) => Math.sqrt(1 / context.shape.fanIn),
  true,
);
