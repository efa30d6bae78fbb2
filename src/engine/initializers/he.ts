import type { Initializer } from '../initializer.js';
import { normalInitializer, uniformInitializer } from './distribution-initializer.js';

const REFERENCE =
  'He et al. 2015, "Delving deep into rectifiers"; as Keras he_uniform / he_normal' +
  " (VarianceScaling scale 2, mode fan_in; he_normal is 'truncated_normal')";

/** He uniform (Keras): U(-a, a), a = sqrt(6 / fan_in). */
export const heUniform: Initializer = uniformInitializer(
  {
    name: 'he-uniform',
    label: 'He uniform',
    formula: 'U(-a, a) * scale, a = sqrt(6 / fan_in); std = sqrt(2 / fan_in)',
    reference: REFERENCE,
    whenToUse: 'relu nets; doubles the variance to make up for relu zeroing half the signal',
  },
  (context) => Math.sqrt(6 / context.shape.fanIn),
);

/** He normal (Keras): truncated normal with std sqrt(2 / fan_in) after truncation. */
export const heNormal: Initializer = normalInitializer(
  {
    name: 'he-normal',
    label: 'He normal',
    formula:
      'truncated normal * scale, std = sqrt(2 / fan_in) after truncation:' +
      ' N(0, t^2) redrawn beyond 2t, t = sqrt(2 / fan_in) / 0.87962566103423978 (as Keras)',
    reference: REFERENCE,
    whenToUse: 'relu nets; doubles the variance to make up for relu zeroing half the signal',
  },
  (context) => Math.sqrt(2 / context.shape.fanIn),
  true,
);
