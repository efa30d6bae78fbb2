import { Adam } from './adam.js';
import { Momentum } from './momentum.js';
import type { Optimizer, OptimizerName } from './optimizer.js';
import { optimizerNames } from './optimizer.js';
import { Sgd } from './sgd.js';

export { Adam } from './adam.js';
export { Momentum } from './momentum.js';
export { Sgd } from './sgd.js';
export { optimizerNames, type Optimizer, type OptimizerName } from './optimizer.js';

/** What menus and `init-tui list optimizers` show of each optimizer. */
export const optimizerDescriptions: Readonly<Record<OptimizerName, string>> = {
  sgd: 'p <- p - lr g (plain gradient descent)',
  momentum: 'v <- 0.9 v + g; p <- p - lr v (PyTorch SGD momentum 0.9)',
  adam: 'Adam, b1 0.9, b2 0.999, eps 1e-8 (Kingma & Ba 2015)',
};

/** A fresh optimizer of the named kind. */
export function createOptimizer(name: OptimizerName, learningRate: number): Optimizer {
  if (!(typeof learningRate === 'number' && Number.isFinite(learningRate) && learningRate > 0)) {
    throw new RangeError(`createOptimizer: learningRate must be a finite number > 0, got ${String(learningRate)}`);
  }
  switch (name) {
    case 'sgd':
      return new Sgd(learningRate);
    case 'momentum':
      return new Momentum(learningRate);
    case 'adam':
      return new Adam(learningRate);
    default:
      throw new RangeError(`createOptimizer: unknown optimizer '${String(name)}'; valid: ${optimizerNames.join(', ')}`);
  }
}

/** True if `name` is one of {@link optimizerNames}. */
export function isOptimizerName(name: string): name is OptimizerName {
  return (optimizerNames as readonly string[]).includes(name);
}
