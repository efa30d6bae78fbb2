import type { InitContext, Initializer } from '../initializer.js';
import { normalInitializer, uniformInitializer } from './distribution-initializer.js';

const REFERENCE =
  'Glorot & Bengio 2010, "Understanding the difficulty of training deep feedforward neural' +
  ' networks"; as PyTorch xavier_uniform_ / xavier_normal_ (gain 1, untruncated normal)';

/** sqrt(2 / (fan_in + fan_out)): the std that balances forward and backward variance. */
function glorotStd(context: InitContext): number {
  return Math.sqrt(2 / (context.shape.fanIn + context.shape.fanOut));
}

/** Glorot uniform: U(-a, a), a = sqrt(6 / (fan_in + fan_out)). */
export const xavierUniform: Initializer = uniformInitializer(
  {
    name: 'xavier-uniform',
    label: 'Xavier / Glorot uniform',
    formula:
      'U(-a, a) * scale, a = sqrt(6 / (fan_in + fan_out)); std = sqrt(2 / (fan_in + fan_out))',
    reference: REFERENCE,
    whenToUse: 'tanh/sigmoid/linear nets; keeps forward and backward variance balanced',
  },
  (context) => Math.sqrt(3) * glorotStd(context),
);

/** Glorot normal: N(0, 2 / (fan_in + fan_out)), untruncated as in PyTorch. */
export const xavierNormal: Initializer = normalInitializer(
  {
    name: 'xavier-normal',
    label: 'Xavier / Glorot normal',
    formula: 'N(0, std^2) * scale, std = sqrt(2 / (fan_in + fan_out)) (untruncated, as PyTorch)',
    reference: REFERENCE,
    whenToUse: 'tanh/sigmoid/linear nets; keeps forward and backward variance balanced',
  },
  glorotStd,
  false,
);
